package com.getmaito.client;

import static com.getmaito.client.testing.ResilienceFixtures.codeFor;
import static com.getmaito.client.testing.ResilienceFixtures.createdTag;
import static com.getmaito.client.testing.ResilienceFixtures.deleted;
import static com.getmaito.client.testing.ResilienceFixtures.disconnectAfterRequest;
import static com.getmaito.client.testing.ResilienceFixtures.error;
import static com.getmaito.client.testing.ResilienceFixtures.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.errors.MaitoApiException;
import com.getmaito.client.errors.MaitoIoException;
import com.getmaito.client.errors.RateLimitException;
import com.getmaito.client.errors.ServerException;
import com.getmaito.client.model.Tag;
import com.getmaito.client.model.TagCreateParams;
import com.getmaito.client.model.TagUpdateParams;
import com.getmaito.client.testing.FakeClock;
import com.getmaito.client.testing.FakeSleeper;
import com.getmaito.client.testing.ResilienceFixtures;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sync retry rules of issue #3, on the wire (MockWebServer) with a fake clock and sleeper. */
class RetryTest {
  private final FakeClock clock = new FakeClock();
  private final FakeSleeper sleeper = new FakeSleeper(clock);
  @StartStop private final MockWebServer server = new MockWebServer();

  private MaitoClient.Builder client() {
    return ResilienceFixtures.client(server, clock, sleeper);
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(1, TimeUnit.SECONDS);
    assertNotNull(r, "expected another request");
    return r;
  }

  private static void assertBackoff(int retry, Duration wait) {
    long base = Math.min(500L << (retry - 1), 8000L);
    long ms = wait.toMillis();
    assertTrue(
        ms >= (long) (base * 0.75) && ms <= base,
        "retry " + retry + " waited " + ms + " ms, outside [0.75, 1.0] x " + base + " ms");
  }

  @Test
  void retriesOn429HonouringRetryAfterSecondsWithTheSameIdempotencyKey() throws Exception {
    server.enqueue(error(429, "RATE_LIMITED").addHeader("Retry-After", "2").build());
    server.enqueue(createdTag().build());
    try (MaitoClient client = client().build()) {
      Tag tag = client.tags().create(TagCreateParams.of("vip"));
      assertEquals("tag_1", tag.id());
    }
    assertEquals(List.of(Duration.ofSeconds(2)), sleeper.durations());
    assertEquals(Duration.ofSeconds(2), clock.elapsedSince(FakeClock.DEFAULT_START));
    RecordedRequest first = take();
    RecordedRequest second = take();
    assertEquals("POST", first.getMethod());
    String key = first.getHeaders().get("Idempotency-Key");
    assertNotNull(key, "a POST gets a generated Idempotency-Key");
    assertTrue(!key.isBlank() && key.length() <= 255, key);
    assertEquals(key, second.getHeaders().get("Idempotency-Key"));
    assertEquals(first.getBody(), second.getBody());
  }

  @Test
  void eachPostGetsItsOwnIdempotencyKey() throws Exception {
    server.enqueue(createdTag().build());
    server.enqueue(createdTag().build());
    try (MaitoClient client = client().build()) {
      client.tags().create(TagCreateParams.of("a"));
      client.tags().create(TagCreateParams.of("b"));
    }
    String a = take().getHeaders().get("Idempotency-Key");
    String b = take().getHeaders().get("Idempotency-Key");
    assertNotNull(a);
    assertNotNull(b);
    assertTrue(!a.equals(b), "two calls must not share a key");
  }

  @Test
  void retriesOn429HonouringRetryAfterHttpDateRelativeToTheClock() throws Exception {
    String at =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            FakeClock.DEFAULT_START.plusSeconds(5).atZone(ZoneOffset.UTC));
    server.enqueue(error(429, "RATE_LIMITED").addHeader("Retry-After", at).build());
    server.enqueue(tag().build());
    try (MaitoClient client = client().build()) {
      client.tags().retrieve("tag_1");
    }
    assertEquals(List.of(Duration.ofSeconds(5)), sleeper.durations());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void retriesOn429UsingRateLimitResetWhenThereIsNoRetryAfter() throws Exception {
    server.enqueue(
        error(429, "RATE_LIMITED")
            .addHeader("RateLimit-Limit", "120")
            .addHeader("RateLimit-Remaining", "0")
            .addHeader("RateLimit-Reset", "4")
            .build());
    server.enqueue(
        error(429, "RATE_LIMITED")
            .addHeader("X-RateLimit-Limit", "120")
            .addHeader("X-RateLimit-Remaining", "0")
            .addHeader("X-RateLimit-Reset", "7")
            .build());
    server.enqueue(tag().build());
    try (MaitoClient client = client().build()) {
      client.tags().retrieve("tag_1");
    }
    assertEquals(List.of(Duration.ofSeconds(4), Duration.ofSeconds(7)), sleeper.durations());
  }

  @Test
  void retriesOn429WithNeitherHeaderUsingBackoff() {
    server.enqueue(error(429, "RATE_LIMITED").build());
    server.enqueue(tag().build());
    try (MaitoClient client = client().build()) {
      client.tags().retrieve("tag_1");
    }
    assertEquals(1, sleeper.durations().size());
    assertBackoff(1, sleeper.durations().get(0));
  }

  @Test
  void retriesOn503ThenSucceeds() {
    server.enqueue(error(503, "UNAVAILABLE").build());
    server.enqueue(tag().build());
    try (MaitoClient client = client().build()) {
      assertEquals("vip", client.tags().retrieve("tag_1").name());
    }
    assertEquals(2, server.getRequestCount());
    assertBackoff(1, sleeper.durations().get(0));
  }

  @Test
  void honoursRetryAfterOn503() {
    server.enqueue(error(503, "UNAVAILABLE").addHeader("Retry-After", "3").build());
    server.enqueue(tag().build());
    try (MaitoClient client = client().build()) {
      client.tags().retrieve("tag_1");
    }
    assertEquals(List.of(Duration.ofSeconds(3)), sleeper.durations());
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 500, 502, 503, 504})
  void retriesTransientStatuses(int status) {
    server.enqueue(error(status, codeFor(status)).build());
    server.enqueue(tag().build());
    try (MaitoClient client = client().build()) {
      client.tags().retrieve("tag_1");
    }
    assertEquals(2, server.getRequestCount());
    assertEquals(1, sleeper.durations().size());
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 500, 502, 503, 504})
  void retriesTransientStatusesWithHtmlProxyBodies(int status) {
    server.enqueue(
        new mockwebserver3.MockResponse.Builder()
            .code(status)
            .addHeader("Content-Type", "text/html")
            .body("<html><body>Bad gateway</body></html>")
            .build());
    server.enqueue(tag().build());
    try (MaitoClient client = client().build()) {
      client.tags().retrieve("tag_1");
    }
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void backoffDoublesFromHalfASecondCappedAtEightSecondsWithJitter() {
    for (int i = 0; i < 7; i++) {
      server.enqueue(error(503, "UNAVAILABLE").build());
    }
    try (MaitoClient client = client().maxRetries(6).build()) {
      ServerException e =
          assertThrows(ServerException.class, () -> client.tags().retrieve("tag_1"));
      assertEquals(7, e.attempts());
    }
    List<Duration> waits = sleeper.durations();
    assertEquals(6, waits.size(), waits.toString());
    for (int i = 0; i < waits.size(); i++) {
      assertBackoff(i + 1, waits.get(i));
    }
    assertTrue(waits.get(5).toMillis() >= 6000, "capped at 8 s, not 16 s: " + waits);
  }

  @Test
  void retriesGetAfterTheConnectionDrops() {
    server.enqueue(disconnectAfterRequest().build());
    server.enqueue(tag().build());
    try (MaitoClient client = client().build()) {
      assertEquals("tag_1", client.tags().retrieve("tag_1").id());
    }
    assertEquals(2, server.getRequestCount());
    assertEquals(1, sleeper.durations().size());
  }

  @Test
  void retriesKeyedPostAfterTheConnectionDropsWithTheSameKey() throws Exception {
    server.enqueue(disconnectAfterRequest().build());
    server.enqueue(createdTag().build());
    try (MaitoClient client = client().build()) {
      client.tags().create(TagCreateParams.of("vip"));
    }
    String key = take().getHeaders().get("Idempotency-Key");
    assertNotNull(key);
    assertEquals(key, take().getHeaders().get("Idempotency-Key"));
  }

  @Test
  void connectionRefusedIsRetriedThenFailsWithTheAttemptCount() throws Exception {
    int port;
    try (MockWebServer closed = new MockWebServer()) {
      closed.start();
      port = closed.getPort();
    }
    try (MaitoClient client =
        MaitoClient.builder()
            .apiKey(ResilienceFixtures.API_KEY)
            .baseUrl("http://127.0.0.1:" + port + "/v1")
            .clock(clock)
            .sleeper(sleeper)
            .logLevel(LogLevel.NONE)
            .build()) {
      MaitoIoException e =
          assertThrows(MaitoIoException.class, () -> client.tags().retrieve("tag_1"));
      assertEquals(3, e.attempts());
      assertTrue(e.getMessage().contains("after 3 attempts"), e.getMessage());
      assertNotNull(e.getCause());
      assertEquals(2, e.getSuppressed().length);
    }
    assertEquals(2, sleeper.durations().size());
  }

  @Test
  void doesNotRetryAPostWithoutIdempotencyKeyAfterTheConnectionDrops() throws Exception {
    server.enqueue(disconnectAfterRequest().build());
    server.enqueue(createdTag().build());
    try (MaitoClient client = client().autoIdempotencyKeys(false).build()) {
      MaitoIoException e =
          assertThrows(
              MaitoIoException.class, () -> client.tags().create(TagCreateParams.of("vip")));
      assertEquals(1, e.attempts());
    }
    assertEquals(1, server.getRequestCount());
    assertNull(take().getHeaders().get("Idempotency-Key"));
    assertTrue(sleeper.durations().isEmpty());
  }

  @Test
  void a429OnAPostWithoutIdempotencyKeyIsRetriedBecauseNothingWasProcessed() throws Exception {
    server.enqueue(error(429, "RATE_LIMITED").addHeader("Retry-After", "1").build());
    server.enqueue(createdTag().build());
    try (MaitoClient client = client().autoIdempotencyKeys(false).build()) {
      assertEquals("tag_1", client.tags().create(TagCreateParams.of("vip")).id());
    }
    assertEquals(List.of(Duration.ofSeconds(1)), sleeper.durations());
    assertNull(take().getHeaders().get("Idempotency-Key"));
    assertNull(take().getHeaders().get("Idempotency-Key"));
  }

  @Test
  void aRefusedConnectionIsRetriedForAPostWithoutIdempotencyKey() throws Exception {
    int port;
    try (MockWebServer closed = new MockWebServer()) {
      closed.start();
      port = closed.getPort();
    }
    try (MaitoClient client =
        MaitoClient.builder()
            .apiKey(ResilienceFixtures.API_KEY)
            .baseUrl("http://127.0.0.1:" + port + "/v1")
            .clock(clock)
            .sleeper(sleeper)
            .logLevel(LogLevel.NONE)
            .autoIdempotencyKeys(false)
            .build()) {
      MaitoIoException e =
          assertThrows(
              MaitoIoException.class, () -> client.tags().create(TagCreateParams.of("vip")));
      assertEquals(3, e.attempts(), "nothing was sent, so resending cannot create twice");
    }
    assertEquals(2, sleeper.durations().size());
  }

  @Test
  void doesNotRetryAPostWithoutIdempotencyKeyOn503() {
    server.enqueue(error(503, "UNAVAILABLE").build());
    server.enqueue(createdTag().build());
    try (MaitoClient client = client().autoIdempotencyKeys(false).build()) {
      ServerException e =
          assertThrows(
              ServerException.class, () -> client.tags().create(TagCreateParams.of("vip")));
      assertEquals(1, e.attempts());
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void reusesTheCallersIdempotencyKeyOnRetries() throws Exception {
    server.enqueue(error(503, "UNAVAILABLE").build());
    server.enqueue(disconnectAfterRequest().build());
    server.enqueue(createdTag().build());
    RequestOptions options = RequestOptions.builder().idempotencyKey("import-42-batch-7").build();
    try (MaitoClient client = client().autoIdempotencyKeys(false).build()) {
      client.tags().create(TagCreateParams.of("vip"), options);
    }
    for (int i = 0; i < 3; i++) {
      assertEquals("import-42-batch-7", take().getHeaders().get("Idempotency-Key"));
    }
  }

  @Test
  void callerIdempotencyKeyWinsOverTheGeneratedOne() throws Exception {
    server.enqueue(createdTag().build());
    try (MaitoClient client = client().build()) {
      client
          .tags()
          .create(
              TagCreateParams.of("vip"), RequestOptions.builder().idempotencyKey("mine").build());
    }
    assertEquals("mine", take().getHeaders().get("Idempotency-Key"));
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 413, 422})
  void neverRetriesOtherClientErrors(int status) {
    server.enqueue(error(status, codeFor(status)).build());
    server.enqueue(tag().build());
    try (MaitoClient client = client().build()) {
      MaitoApiException e =
          assertThrows(MaitoApiException.class, () -> client.tags().retrieve("tag_1"));
      assertEquals(status, e.statusCode());
      assertEquals(1, e.attempts());
      assertTrue(!e.getMessage().contains("attempts"), e.getMessage());
    }
    assertEquals(1, server.getRequestCount());
    assertTrue(sleeper.durations().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 409, 422})
  void neverRetriesClientErrorsOnKeyedPosts(int status) {
    server.enqueue(error(status, codeFor(status)).build());
    server.enqueue(createdTag().build());
    try (MaitoClient client = client().build()) {
      assertThrows(MaitoApiException.class, () -> client.tags().create(TagCreateParams.of("x")));
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void exhaustedRetriesThrowTheLastErrorWithAttemptsAndEarlierOnesSuppressed() {
    server.enqueue(error(503, "UNAVAILABLE").addHeader("X-Request-Id", "req_1").build());
    server.enqueue(error(502, "UNAVAILABLE").addHeader("X-Request-Id", "req_2").build());
    server.enqueue(error(500, "INTERNAL").addHeader("X-Request-Id", "req_3").build());
    server.enqueue(tag().build());
    try (MaitoClient client = client().build()) {
      ServerException e =
          assertThrows(ServerException.class, () -> client.tags().retrieve("tag_1"));
      assertEquals(3, e.attempts());
      assertEquals(500, e.statusCode());
      assertEquals("req_3", e.requestId());
      assertTrue(e.getMessage().contains("after 3 attempts"), e.getMessage());
      assertTrue(e.getMessage().contains("req_3"), e.getMessage());
      Throwable[] earlier = e.getSuppressed();
      assertEquals(2, earlier.length);
      assertEquals(503, ((MaitoApiException) earlier[0]).statusCode());
      assertEquals(502, ((MaitoApiException) earlier[1]).statusCode());
      assertEquals(1, ((MaitoApiException) earlier[0]).attempts());
      assertEquals(2, ((MaitoApiException) earlier[1]).attempts());
    }
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void retryAfterLongerThanMaxRetryWaitFailsAtOnceWithRetryAfter() {
    server.enqueue(error(429, "RATE_LIMITED").addHeader("Retry-After", "120").build());
    server.enqueue(tag().build());
    try (MaitoClient client = client().build()) {
      RateLimitException e =
          assertThrows(RateLimitException.class, () -> client.tags().retrieve("tag_1"));
      assertEquals(Duration.ofSeconds(120), e.retryAfter());
      assertEquals(1, e.attempts());
    }
    assertEquals(1, server.getRequestCount());
    assertTrue(sleeper.durations().isEmpty());
  }

  @Test
  void rateLimitResetLongerThanMaxRetryWaitFailsAtOnce() {
    server.enqueue(
        error(429, "RATE_LIMITED")
            .addHeader("RateLimit-Remaining", "0")
            .addHeader("RateLimit-Reset", "90")
            .build());
    server.enqueue(tag().build());
    try (MaitoClient client = client().build()) {
      RateLimitException e =
          assertThrows(RateLimitException.class, () -> client.tags().retrieve("tag_1"));
      assertEquals(Duration.ofSeconds(90), e.retryAfter());
    }
    assertEquals(1, server.getRequestCount());
  }

  /** A {@code RATE_LIMITED} failure envelope on a 200, with the reset header and no Retry-After. */
  private static mockwebserver3.MockResponse rateLimitedOn200(String resetSeconds) {
    return error(200, "RATE_LIMITED")
        .addHeader("RateLimit-Limit", "120")
        .addHeader("RateLimit-Remaining", "0")
        .addHeader("RateLimit-Reset", resetSeconds)
        .build();
  }

  @Test
  void aRateLimitedEnvelopeOnA200WaitsForTheResetLikeA429() {
    server.enqueue(rateLimitedOn200("30"));
    server.enqueue(tag().build());
    try (MaitoClient client = client().build()) {
      assertEquals("tag_1", client.tags().retrieve("tag_1").id());
    }
    assertEquals(List.of(Duration.ofSeconds(30)), sleeper.durations());
  }

  @Test
  void aRateLimitedEnvelopeOnA200WaitingLongerThanMaxRetryWaitFailsAtOnceWithTheSameWait() {
    server.enqueue(rateLimitedOn200("90"));
    server.enqueue(tag().build());
    try (MaitoClient client = client().build()) {
      RateLimitException e =
          assertThrows(RateLimitException.class, () -> client.tags().retrieve("tag_1"));
      assertEquals(Duration.ofSeconds(90), e.retryAfter());
      assertEquals(1, e.attempts());
    }
    assertEquals(1, server.getRequestCount());
    assertTrue(sleeper.durations().isEmpty(), "no retry: the server's wait is over maxRetryWait");
  }

  @Test
  void retryAfterOfExactlyMaxRetryWaitIsSlept() {
    server.enqueue(error(429, "RATE_LIMITED").addHeader("Retry-After", "60").build());
    server.enqueue(tag().build());
    try (MaitoClient client = client().build()) {
      client.tags().retrieve("tag_1");
    }
    assertEquals(List.of(Duration.ofSeconds(60)), sleeper.durations());
  }

  @Test
  void longerMaxRetryWaitSleepsThroughTheServersWait() {
    server.enqueue(error(429, "RATE_LIMITED").addHeader("Retry-After", "120").build());
    server.enqueue(tag().build());
    try (MaitoClient client = client().maxRetryWait(Duration.ofMinutes(3)).build()) {
      client.tags().retrieve("tag_1");
    }
    assertEquals(List.of(Duration.ofSeconds(120)), sleeper.durations());
  }

  @Test
  void maxRetriesZeroOnTheBuilderTurnsRetryingOff() {
    server.enqueue(error(503, "UNAVAILABLE").build());
    server.enqueue(tag().build());
    try (MaitoClient client = client().maxRetries(0).build()) {
      ServerException e =
          assertThrows(ServerException.class, () -> client.tags().retrieve("tag_1"));
      assertEquals(1, e.attempts());
    }
    assertEquals(1, server.getRequestCount());
    assertTrue(sleeper.durations().isEmpty());
  }

  @Test
  void maxRetriesZeroPerRequestTurnsRetryingOff() {
    server.enqueue(error(429, "RATE_LIMITED").addHeader("Retry-After", "1").build());
    server.enqueue(tag().build());
    try (MaitoClient client = client().build()) {
      assertThrows(
          RateLimitException.class,
          () -> client.tags().retrieve("tag_1", RequestOptions.builder().maxRetries(0).build()));
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void maxRetriesPerRequestOverridesTheBuilder() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(error(503, "UNAVAILABLE").build());
    }
    server.enqueue(tag().build());
    try (MaitoClient client = client().maxRetries(0).build()) {
      client.tags().retrieve("tag_1", RequestOptions.builder().maxRetries(4).build());
    }
    assertEquals(5, server.getRequestCount());
  }

  @Test
  void retryListenerIsToldOfEachRetryWithAttemptCauseAndWait() {
    List<RetryEvent> events = new CopyOnWriteArrayList<>();
    server.enqueue(error(503, "UNAVAILABLE").build());
    server.enqueue(error(429, "RATE_LIMITED").addHeader("Retry-After", "1").build());
    server.enqueue(tag().build());
    try (MaitoClient client = client().retryListener(events::add).build()) {
      client.tags().retrieve("tag_1");
    }
    assertEquals(2, events.size(), events.toString());
    RetryEvent first = events.get(0);
    assertEquals(1, first.attempt());
    assertEquals("GET /v1/newsletter/tags/tag_1", first.request());
    assertEquals(503, assertInstanceOf(ServerException.class, first.cause()).statusCode());
    assertBackoff(1, first.delay());
    RetryEvent second = events.get(1);
    assertEquals(2, second.attempt());
    assertInstanceOf(RateLimitException.class, second.cause());
    assertEquals(Duration.ofSeconds(1), second.delay());
    assertEquals(List.of(first.delay(), second.delay()), sleeper.durations());
  }

  @Test
  void retryListenerIsNotCalledWithoutRetries() {
    List<RetryEvent> events = new ArrayList<>();
    server.enqueue(error(404, "NOT_FOUND").build());
    try (MaitoClient client = client().retryListener(events::add).build()) {
      assertThrows(MaitoApiException.class, () -> client.tags().retrieve("tag_1"));
    }
    assertTrue(events.isEmpty());
  }

  @Test
  void retriesPut() throws Exception {
    server.enqueue(error(502, "UNAVAILABLE").build());
    server.enqueue(tag().build());
    try (MaitoClient client = client().build()) {
      client.tags().update("tag_1", TagUpdateParams.builder().name("vip").build());
    }
    assertEquals("PUT", take().getMethod());
    assertEquals("PUT", take().getMethod());
  }

  @Test
  void retriesDelete() throws Exception {
    server.enqueue(disconnectAfterRequest().build());
    server.enqueue(error(504, "UNAVAILABLE").build());
    server.enqueue(deleted().build());
    try (MaitoClient client = client().build()) {
      assertTrue(client.tags().delete("tag_1").deleted());
    }
    assertEquals(3, server.getRequestCount());
    assertEquals("DELETE", take().getMethod());
  }

  @Test
  void interruptedWhileWaitingKeepsTheFailuresThatCausedTheRetry() {
    server.enqueue(error(503, "UNAVAILABLE").build());
    server.enqueue(tag().build());
    Sleeper interrupted =
        new Sleeper() {
          @Override
          public void sleep(Duration duration) throws InterruptedException {
            throw new InterruptedException();
          }

          @Override
          public java.util.concurrent.CompletableFuture<Void> sleepAsync(Duration duration) {
            throw new AssertionError();
          }
        };
    try (MaitoClient client = client().sleeper(interrupted).build()) {
      MaitoIoException e =
          assertThrows(MaitoIoException.class, () -> client.tags().retrieve("tag_1"));
      assertEquals(1, e.getSuppressed().length, "the 503 that caused the retry");
      ServerException cause = assertInstanceOf(ServerException.class, e.getSuppressed()[0]);
      assertEquals(503, cause.statusCode());
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void interruptedWhileWaitingStopsRetryingAndKeepsTheInterrupt() {
    server.enqueue(error(503, "UNAVAILABLE").build());
    server.enqueue(tag().build());
    Sleeper interrupted =
        new Sleeper() {
          @Override
          public void sleep(Duration duration) throws InterruptedException {
            throw new InterruptedException();
          }

          @Override
          public java.util.concurrent.CompletableFuture<Void> sleepAsync(Duration duration) {
            throw new AssertionError();
          }
        };
    try (MaitoClient client = client().sleeper(interrupted).build()) {
      MaitoIoException e =
          assertThrows(MaitoIoException.class, () -> client.tags().retrieve("tag_1"));
      assertTrue(Thread.interrupted(), "the interrupt flag is kept");
      assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
    } finally {
      Thread.interrupted();
    }
    assertEquals(1, server.getRequestCount());
  }
}
