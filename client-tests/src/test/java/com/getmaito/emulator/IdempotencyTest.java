package com.getmaito.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IdempotencyTest {
  static final MutableClock CLOCK = MutableClock.at(Instant.parse("2026-07-01T08:00:00Z"));

  @RegisterExtension
  static final MaitoEmulatorExtension EMULATOR =
      MaitoEmulatorExtension.create(b -> b.clock(CLOCK).rateLimit(100_000, Duration.ofMinutes(1)));

  MaitoEmulator emu;
  Api api;

  @BeforeEach
  void reset() {
    emu = EMULATOR.emulator();
    emu.reset();
    api = new Api(emu);
  }

  @Test
  void sameKeyAndBodyReplaysTheFirstResponseByteForByte() {
    Map<String, Object> body = Map.of("email", "i@example.com");
    Api.Res first = api.post("/newsletter/subscribers", body, "key-1");
    assertEquals(201, first.status());
    assertNull(first.header("Idempotent-Replayed"));
    CLOCK.advance(Duration.ofHours(23));
    Api.Res replay = api.post("/newsletter/subscribers", body, "key-1");
    assertEquals(201, replay.status());
    assertEquals(first.body(), replay.body());
    assertEquals("true", replay.header("Idempotent-Replayed"));
    assertNotEquals(first.header("X-Request-Id"), replay.header("X-Request-Id"));
    assertEquals(1, emu.storedSubscribers().size());
  }

  @Test
  void sameKeyWithADifferentBodyIs422() {
    api.post("/newsletter/tags", Map.of("name", "a"), "key-2");
    Api.Res res = api.post("/newsletter/tags", Map.of("name", "b"), "key-2");
    assertEquals(422, res.status());
    assertEquals("IDEMPOTENCY_KEY_REUSED", res.errorCode());
    assertEquals(1, emu.storedTags().size());
  }

  @Test
  void theSameJsonSpelledDifferentlyIsTheSameBody() {
    Api.Res first =
        api.post(
            "/newsletter/subscribers",
            "{\"email\":\"c@example.com\",\"firstName\":\"C\"}",
            "key-canon");
    Api.Res replay =
        api.post(
            "/newsletter/subscribers",
            "{ \"firstName\": \"C\",\n  \"email\": \"c@example.com\" }",
            "key-canon");
    assertEquals(201, first.status());
    assertEquals(first.body(), replay.body());
    assertEquals("true", replay.header("Idempotent-Replayed"));
    Api.Res changed =
        api.post(
            "/newsletter/subscribers",
            "{\"email\":\"c@example.com\",\"firstName\":\"D\"}",
            "key-canon");
    assertEquals(422, changed.status());
    assertEquals(1, emu.storedSubscribers().size());
  }

  @Test
  void errorsAreReplayedToo() {
    Api.Res first = api.post("/newsletter/subscribers", Map.of("email", "bad"), "key-3");
    assertEquals(400, first.status());
    Api.Res replay = api.post("/newsletter/subscribers", Map.of("email", "bad"), "key-3");
    assertEquals(first.body(), replay.body());
    assertEquals("true", replay.header("Idempotent-Replayed"));
  }

  @Test
  void keysAreScopedPerApiKeyAndExpireAfter24Hours() {
    Map<String, Object> body = Map.of("email", "s@example.com");
    assertEquals(201, api.post("/newsletter/subscribers", body, "k").status());
    Api other = api.withKey(emu.createKey("other", "full", null));
    Api.Res otherKey = other.post("/newsletter/subscribers", body, "k");
    assertEquals(409, otherKey.status(), "processed anew for another API key");
    assertNull(otherKey.header("Idempotent-Replayed"));
    CLOCK.advance(Duration.ofHours(24));
    Api.Res expired = api.post("/newsletter/subscribers", body, "k");
    assertEquals(409, expired.status(), "processed anew after 24 h");
  }

  @Test
  void keyOver255CharactersIs400() {
    Api.Res res = api.post("/newsletter/tags", Map.of("name", "x"), "k".repeat(256));
    assertEquals(400, res.status());
    assertEquals("Idempotency-Key", res.details().get(0).get("field"));
    assertEquals(201, api.post("/newsletter/tags", Map.of("name", "x"), "k".repeat(255)).status());
  }

  @Test
  void concurrentRequestsWithOneKeyCreateOnce() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Api.Res>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(
            pool.submit(
                () -> {
                  go.await();
                  return api.post(
                      "/newsletter/subscribers", Map.of("email", "race@example.com"), "race");
                }));
      }
      go.countDown();
      List<String> bodies = new ArrayList<>();
      for (Future<Api.Res> future : futures) {
        Api.Res res = future.get();
        assertEquals(201, res.status(), res::toString);
        bodies.add(res.body());
      }
      assertEquals(1, bodies.stream().distinct().count());
      assertEquals(1, emu.storedSubscribers().size());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRetryAfterALostResponseIsReplayedNotCreatedTwice() {
    emu.faults().nextDisconnectAfterProcessing(1);
    Api api = this.api.noRetry();
    Map<String, Object> body = Map.of("email", "lost@example.com");
    assertThrows(
        UncheckedIOException.class, () -> api.post("/newsletter/subscribers", body, "lost"));
    assertEquals(1, emu.storedSubscribers().size(), "applied before the connection dropped");
    Api.Res retry = api.post("/newsletter/subscribers", body, "lost");
    assertEquals(201, retry.status());
    assertEquals("true", retry.header("Idempotent-Replayed"));
    assertEquals(1, emu.storedSubscribers().size());
    assertEquals(1, emu.requestCountByStatus(0));
  }

  @Test
  void theStoreKeepsToItsByteBudgetEvictingTheOldestFirst() {
    // A bulk reply of 10 subscribers is 3.5 to 4.5 KB: two fit in 10,000 bytes, three do not.
    try (MaitoEmulator small =
        MaitoEmulator.builder()
            .rateLimit(100_000, Duration.ofMinutes(1))
            .idempotencyBudget(10_000)
            .start()) {
      Api smallApi = new Api(small);
      List<Map<String, Object>> batches = new ArrayList<>();
      for (int b = 0; b < 3; b++) {
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
          rows.add(Map.of("email", "b" + b + "-" + i + "@example.com"));
        }
        batches.add(Map.of("subscribers", rows));
        Api.Res res = smallApi.post("/newsletter/subscribers/bulk", batches.get(b), "batch-" + b);
        assertEquals(200, res.status(), res::toString);
        assertTrue(res.body().length() > 3_500 && res.body().length() < 4_500, res::toString);
      }
      for (int b = 1; b < 3; b++) {
        Api.Res replay =
            smallApi.post("/newsletter/subscribers/bulk", batches.get(b), "batch-" + b);
        assertEquals("true", replay.header("Idempotent-Replayed"), "batch " + b + " kept");
      }
      Api.Res evicted = smallApi.post("/newsletter/subscribers/bulk", batches.get(0), "batch-0");
      assertNull(evicted.header("Idempotent-Replayed"), "the oldest was evicted");
      assertEquals(10, ((List<?>) evicted.data().get("failed")).size(), "processed again");
      assertEquals(30, small.storedSubscribers().size());
    }
  }

  @Test
  void theBudgetMustNotBeNegative() {
    assertThrows(
        IllegalArgumentException.class, () -> MaitoEmulator.builder().idempotencyBudget(-1));
  }
}
