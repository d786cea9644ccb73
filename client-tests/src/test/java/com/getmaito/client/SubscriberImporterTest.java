package com.getmaito.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.client.testing.FakeSleeper;
import com.getmaito.client.testing.ResilienceFixtures;
import com.getmaito.emulator.MutableClock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * The importer against a strict server that refuses a whole batch for one bad row (400) or for more
 * rows than it takes (413): only the bad rows are marked, after splitting.
 */
class SubscriberImporterTest {
  private static final Pattern EMAIL = Pattern.compile("\"email\":\"([^\"]+)\"");

  @StartStop private final MockWebServer server = new MockWebServer();

  /** Refuses whole batches: 413 above {@code cap} rows, 400 when any email starts with "bad". */
  private static final class StrictServer extends Dispatcher {
    final int cap;
    final Set<String> keys = ConcurrentHashMap.newKeySet();
    final AtomicInteger calls = new AtomicInteger();

    StrictServer(int cap) {
      this.cap = cap;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      calls.incrementAndGet();
      keys.add(request.getHeaders().get("Idempotency-Key"));
      List<String> emails = new ArrayList<>();
      Matcher m = EMAIL.matcher(request.getBody().utf8());
      while (m.find()) {
        emails.add(m.group(1));
      }
      if (emails.size() > cap) {
        return error(413, "PAYLOAD_TOO_LARGE", "at most " + cap + " rows");
      }
      if (emails.stream().anyMatch(e -> e.startsWith("bad"))) {
        return error(400, "VALIDATION_FAILED", "a row is invalid");
      }
      String created =
          emails.stream().map(e -> subscriber(e)).collect(Collectors.joining(",", "[", "]"));
      return json(200, "{\"ok\":true,\"data\":{\"created\":" + created + ",\"failed\":[]}}");
    }

    private static String subscriber(String email) {
      return "{\"id\":\"sub_"
          + email.hashCode()
          + "\",\"email\":\""
          + email
          + "\",\"emailNormalized\":\""
          + email
          + "\",\"status\":\"subscribed\",\"confirmed\":false,\"tags\":[],\"customFields\":{},"
          + "\"createdAt\":\"2026-11-22T10:00:00Z\",\"updatedAt\":\"2026-11-22T10:00:00Z\"}";
    }

    private static MockResponse error(int status, String code, String message) {
      return json(
          status,
          "{\"ok\":false,\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}");
    }

    private static MockResponse json(int status, String body) {
      return new MockResponse.Builder()
          .code(status)
          .addHeader("Content-Type", "application/json")
          .body(body)
          .build();
    }
  }

  private MaitoClient client() {
    MutableClock clock = ResilienceFixtures.clock();
    return MaitoClient.builder()
        .apiKey("sk_test_importer")
        .baseUrl(server.url("/v1").toString())
        .clock(clock)
        .sleeper(new FakeSleeper(clock))
        .build();
  }

  private static Stream<SubscriberCreateParams> rows(int n, Set<Integer> bad) {
    return IntStream.rangeClosed(1, n)
        .mapToObj(
            i ->
                SubscriberCreateParams.builder()
                    .email((bad.contains(i) ? "bad" : "ok") + i + "@example.com")
                    .build());
  }

  @Test
  void oneBadRowInABatchRefusedWholeMarksOnlyThatRow() {
    StrictServer strict = new StrictServer(100);
    server.setDispatcher(strict);
    try (MaitoClient client = client()) {
      ImportReport r = client.subscribers().importer().run(rows(250, Set.of(17, 230)));

      assertEquals(248, r.created());
      assertEquals(2, r.invalid());
      assertEquals(
          Set.of(17L, 230L),
          r.failures().stream().map(ImportFailure::rowNumber).collect(Collectors.toSet()));
      assertEquals("VALIDATION_FAILED", r.failures().get(0).code());
      assertEquals(strict.calls.get(), strict.keys.size(), "every part has a key of its own");
    }
  }

  @Test
  void batchOverTheServersCapIsSplitUntilItFits() {
    StrictServer strict = new StrictServer(30);
    server.setDispatcher(strict);
    try (MaitoClient client = client()) {
      ImportReport r = client.subscribers().importer().concurrency(1).run(rows(200, Set.of()));

      assertEquals(200, r.created(), r.toString());
      assertEquals(0, r.failures().size());
    }
  }

  @Test
  void settingsOutOfRangeNameTheSettingAndTheValue() {
    try (MaitoClient client = client()) {
      SubscriberImporter importer = client.subscribers().importer();
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> importer.concurrency(0));
      assertTrue(e.getMessage().contains("concurrency") && e.getMessage().contains("0"));
      e = assertThrows(IllegalArgumentException.class, () -> importer.batchSize(101));
      assertTrue(e.getMessage().contains("batchSize") && e.getMessage().contains("101"));
    }
  }

  @Test
  void anEmptyInputSendsNothing() {
    StrictServer strict = new StrictServer(100);
    server.setDispatcher(strict);
    try (MaitoClient client = client()) {
      ImportReport r = client.subscribers().importer().run(Stream.empty());
      assertEquals(0, r.rowsRead());
      assertEquals(0, strict.calls.get());
      assertTrue(new HashSet<>(r.failures()).isEmpty());
    }
  }

  /** Answers in turn: the given responses, one per request. */
  private static Dispatcher inTurn(MockResponse... responses) {
    AtomicInteger next = new AtomicInteger();
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return responses[Math.min(next.getAndIncrement(), responses.length - 1)];
      }
    };
  }

  @Test
  void rowsCreatedByTheFirstHalfOfASplitBatchStayCreatedWhenTheSecondHalfStopsTheRun() {
    StrictServer created = new StrictServer(100);
    server.setDispatcher(
        new Dispatcher() {
          final AtomicInteger calls = new AtomicInteger();

          @Override
          public MockResponse dispatch(RecordedRequest request) {
            int n = calls.incrementAndGet();
            if (n == 1) {
              return StrictServer.error(400, "VALIDATION_FAILED", "refused whole");
            }
            if (n == 2) {
              return created.dispatch(request);
            }
            return StrictServer.error(401, "UNAUTHORIZED", "key revoked");
          }
        });
    try (MaitoClient client = client()) {
      ImportStoppedException e =
          assertThrows(
              ImportStoppedException.class,
              () -> client.subscribers().importer().concurrency(1).run(rows(100, Set.of())));

      ImportReport r = e.report();
      assertEquals(50, r.created(), "the first half was created: " + r);
      assertEquals(50, r.notAttempted(), r.toString());
      assertEquals(100, r.rowsRead());
    }
  }

  @Test
  void rowsABulkAnswerDoesNotAccountForAreFailedNotCreated() {
    server.setDispatcher(
        inTurn(StrictServer.json(200, "{\"ok\":true,\"data\":{\"created\":[],\"failed\":[]}}")));
    try (MaitoClient client = client()) {
      ImportReport r = client.subscribers().importer().run(rows(10, Set.of()));

      assertEquals(0, r.created());
      assertEquals(10, r.failed());
      assertEquals("INVALID_RESPONSE", r.failures().get(0).code());
    }
  }

  @Test
  void createdRowsAreCountedFromTheAnswerWithoutReadingTheirRecords() {
    // The importer counts what the answer lists as created: a created record missing fields a
    // Subscriber needs (no id, no timestamps) still stands for a created row, and the failed row
    // (compat "reason") is placed by its index.
    server.setDispatcher(
        inTurn(
            StrictServer.json(
                200,
                "{\"ok\":true,\"data\":{\"created\":[{\"email\":\"ok1@example.com\"},"
                    + "{\"email\":\"ok3@example.com\"}],\"failed\":[{\"index\":1,"
                    + "\"code\":\"DUPLICATE\",\"reason\":\"exists\"}]}}")));
    try (MaitoClient client = client()) {
      ImportReport r = client.subscribers().importer().run(rows(3, Set.of()));

      assertEquals(2, r.created());
      assertEquals(1, r.duplicates());
      assertEquals(0, r.failed());
    }
  }
}
