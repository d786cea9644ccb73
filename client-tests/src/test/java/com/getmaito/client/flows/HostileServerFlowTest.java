package com.getmaito.client.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.MaitoClient;
import com.getmaito.client.RetryEvent;
import com.getmaito.client.model.BulkCreateResult;
import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.client.testing.FakeSleeper;
import com.getmaito.emulator.EmulatedSubscriber;
import com.getmaito.emulator.FaultPlan;
import com.getmaito.emulator.MaitoEmulator;
import com.getmaito.emulator.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A batch push through a hostile server: random 503s, 429s and dropped connections (half of them
 * after the server applied the request). Retries with one Idempotency-Key per batch must leave
 * every row created exactly once.
 */
class HostileServerFlowTest {
  private static final int ROWS = 3_000;

  private static List<SubscriberCreateParams> batch(int from) {
    return IntStream.range(from, Math.min(ROWS, from + 100))
        .mapToObj(i -> SubscriberCreateParams.builder().email("row" + i + "@example.com").build())
        .collect(Collectors.toList());
  }

  @Test
  void everyRowIsCreatedExactlyOnceThroughRandomFaults() {
    MutableClock clock = MutableClock.at(Instant.parse("2026-11-22T10:00:00Z"));
    FakeSleeper sleeper = new FakeSleeper(clock);
    List<RetryEvent> retries = new CopyOnWriteArrayList<>();
    try (MaitoEmulator emulator =
            MaitoEmulator.builder()
                .clock(clock)
                .seed(7)
                .rateLimit(100_000, Duration.ofSeconds(60))
                .start();
        MaitoClient client =
            MaitoClient.builder()
                .apiKey(emulator.bootstrapKey())
                .baseUrl(emulator.baseUrl())
                .clock(clock)
                .sleeper(sleeper)
                .maxRetries(10)
                .retryListener(retries::add)
                .build()) {
      emulator
          .faults()
          .random(FaultPlan.builder().rate5xx(0.10).rate429(0.10).disconnectRate(0.08).build());

      int created = 0;
      for (int from = 0; from < ROWS; from += 100) {
        BulkCreateResult r = client.subscribers().bulkCreate(batch(from));
        assertEquals(List.of(), r.failed(), "batch at " + from);
        created += r.created().size();
      }
      List<CompletableFuture<BulkCreateResult>> more =
          IntStream.range(0, 5)
              .mapToObj(i -> client.async().subscribers().bulkCreate(batch(i * 100)))
              .collect(Collectors.toList());
      for (CompletableFuture<BulkCreateResult> f : more) {
        assertEquals(100, f.join().failed().size(), "re-sent rows are duplicates, not new rows");
      }

      assertEquals(ROWS, created);
      List<EmulatedSubscriber> stored = emulator.storedSubscribers();
      assertEquals(ROWS, stored.size(), "nothing lost, nothing duplicated");
      Set<String> emails =
          stored.stream().map(EmulatedSubscriber::email).collect(Collectors.toSet());
      assertEquals(ROWS, emails.size());
      long faults =
          emulator.requestCountByStatus(0)
              + emulator.requestCountByStatus(429)
              + IntStream.of(500, 502, 503, 504).mapToLong(emulator::requestCountByStatus).sum();
      assertTrue(faults >= 3, "the faults really happened: " + faults);
      assertEquals(faults, retries.size(), "each fault was retried once");
    }
  }
}
