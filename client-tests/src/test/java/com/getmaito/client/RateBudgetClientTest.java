package com.getmaito.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.getmaito.client.model.RateLimitInfo;
import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.client.model.SubscriberListParams;
import com.getmaito.client.testing.FakeSleeper;
import com.getmaito.client.testing.ResilienceFixtures;
import com.getmaito.emulator.MaitoEmulator;
import com.getmaito.emulator.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * {@link MaitoClient.Builder#rateBudget(RateBudget)}: every call (sync, async, importer) reserves
 * its slot from the budget and reports the response's rate-limit headers to it, a 429's {@code
 * Retry-After} reaches it, and it replaces {@code rateLimit} (and back).
 */
class RateBudgetClientTest {
  @StartStop private final MockWebServer server = new MockWebServer();

  /** Hands out {@link #wait} per slot and records what it is told. */
  private static final class RecordingBudget implements RateBudget {
    final AtomicInteger reserved = new AtomicInteger();
    final List<RateLimitInfo> responses = new CopyOnWriteArrayList<>();
    final List<Duration> retryAfters = new CopyOnWriteArrayList<>();
    Duration wait = Duration.ZERO;

    @Override
    public Duration reserve() {
      reserved.incrementAndGet();
      return wait;
    }

    @Override
    public void onResponse(RateLimitInfo info) {
      responses.add(info);
    }

    @Override
    public void onRetryAfter(Duration retryAfter) {
      retryAfters.add(retryAfter);
    }
  }

  @Test
  void everyCallAsyncCallAndImporterCallDrawsFromTheBudget() {
    RecordingBudget budget = new RecordingBudget();
    try (MaitoEmulator emulator =
            MaitoEmulator.builder().rateLimit(10_000, Duration.ofSeconds(60)).start();
        MaitoClient client =
            MaitoClient.builder()
                .apiKey(emulator.bootstrapKey())
                .baseUrl(emulator.baseUrl())
                .rateBudget(budget)
                .build()) {
      client.subscribers().create(SubscriberCreateParams.builder().email("a@example.com").build());
      client.async().subscribers().list(SubscriberListParams.ofDefaults()).join();
      client
          .subscribers()
          .importer()
          .run(
              IntStream.range(0, 250)
                  .mapToObj(
                      i ->
                          SubscriberCreateParams.builder()
                              .email("r" + i + "@example.com")
                              .build()));

      assertEquals(251, emulator.storedSubscribers().size());
      assertEquals(emulator.totalRequests(), budget.reserved.get(), "one slot per request");
      assertEquals(5, budget.reserved.get(), "create, list and three bulk calls");
      assertEquals(5, budget.responses.size(), "told every response's headers");
      assertEquals(Integer.valueOf(10_000), budget.responses.get(0).limit());
    }
  }

  @Test
  void theBudgetsWaitIsTakenBeforeSending() {
    MutableClock clock = ResilienceFixtures.clock();
    FakeSleeper sleeper = new FakeSleeper(clock);
    RecordingBudget budget = new RecordingBudget();
    budget.wait = Duration.ofMillis(250);
    server.enqueue(ResilienceFixtures.tag().build());
    try (MaitoClient client =
        ResilienceFixtures.client(server, clock, sleeper).rateBudget(budget).build()) {
      client.tags().retrieve("tag_1");
    }
    assertEquals(List.of(Duration.ofMillis(250)), sleeper.durations());
  }

  @Test
  void a429sRetryAfterIsToldToTheBudgetBeforeTheRetry() {
    MutableClock clock = ResilienceFixtures.clock();
    FakeSleeper sleeper = new FakeSleeper(clock);
    RecordingBudget budget = new RecordingBudget();
    server.enqueue(
        ResilienceFixtures.error(429, "RATE_LIMITED").addHeader("Retry-After", "3").build());
    server.enqueue(ResilienceFixtures.tag().build());
    try (MaitoClient client =
        ResilienceFixtures.client(server, clock, sleeper).rateBudget(budget).build()) {
      client.tags().retrieve("tag_1");
    }
    assertEquals(List.of(Duration.ofSeconds(3)), budget.retryAfters);
    assertEquals(2, budget.reserved.get(), "the retry reserves a slot too");
  }

  @Test
  void rateLimitAndRateBudgetReplaceEachOther() {
    MutableClock clock = ResilienceFixtures.clock();
    FakeSleeper sleeper = new FakeSleeper(clock);
    RecordingBudget budget = new RecordingBudget();
    for (int i = 0; i < 4; i++) {
      server.enqueue(ResilienceFixtures.tag().build());
    }
    try (MaitoClient client =
        ResilienceFixtures.client(server, clock, sleeper)
            .rateBudget(budget)
            .rateLimit(10, Duration.ofSeconds(1))
            .build()) {
      client.tags().retrieve("tag_1");
      client.tags().retrieve("tag_1");
    }
    assertEquals(0, budget.reserved.get(), "rateLimit replaced the budget");
    assertEquals(List.of(Duration.ofMillis(100)), sleeper.durations());

    try (MaitoClient client =
        ResilienceFixtures.client(server, clock, sleeper)
            .rateLimit(10, Duration.ofSeconds(1))
            .rateBudget(budget)
            .build()) {
      client.tags().retrieve("tag_1");
      client.tags().retrieve("tag_1");
    }
    assertEquals(2, budget.reserved.get(), "the budget replaced rateLimit");
  }
}
