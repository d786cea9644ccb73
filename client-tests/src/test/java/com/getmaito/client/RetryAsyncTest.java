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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.errors.MaitoApiException;
import com.getmaito.client.errors.MaitoIoException;
import com.getmaito.client.errors.RateLimitException;
import com.getmaito.client.errors.ServerException;
import com.getmaito.client.model.TagCreateParams;
import com.getmaito.client.model.TagUpdateParams;
import com.getmaito.client.testing.FakeClock;
import com.getmaito.client.testing.FakeSleeper;
import com.getmaito.client.testing.ResilienceFixtures;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Dispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The retry rules through {@code client.async()}: same decisions as the sync path, and every wait
 * goes through {@link Sleeper#sleepAsync} so no thread is blocked.
 */
class RetryAsyncTest {
  private final FakeClock clock = new FakeClock();
  private final FakeSleeper sleeper = new FakeSleeper(clock);
  @StartStop private final MockWebServer server = new MockWebServer();

  private MaitoClient.Builder client() {
    return ResilienceFixtures.client(server, clock, sleeper);
  }

  private static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(5, TimeUnit.SECONDS);
  }

  /** The exception the future failed with (unwrapped from {@link ExecutionException}). */
  private static <E extends Throwable> E failure(Class<E> type, CompletableFuture<?> future) {
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS));
    return assertInstanceOf(type, e.getCause());
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(1, TimeUnit.SECONDS);
    assertNotNull(r, "expected another request");
    return r;
  }

  private void assertNoThreadBlocked() {
    assertTrue(sleeper.syncDurations().isEmpty(), "Sleeper.sleep was called: " + sleeper.waits());
  }

  @Test
  void retriesOn429WaitingThroughSleepAsyncWithTheSameIdempotencyKey() throws Exception {
    server.enqueue(error(429, "RATE_LIMITED").addHeader("Retry-After", "2").build());
    server.enqueue(createdTag().build());
    try (MaitoClient client = client().build()) {
      assertEquals("tag_1", await(client.async().tags().create(TagCreateParams.of("vip"))).id());
    }
    assertEquals(List.of(Duration.ofSeconds(2)), sleeper.asyncDurations());
    assertNoThreadBlocked();
    String key = take().getHeaders().get("Idempotency-Key");
    assertNotNull(key);
    assertEquals(key, take().getHeaders().get("Idempotency-Key"));
  }

  @Test
  void backsOffOn503sThroughSleepAsync() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(error(503, "UNAVAILABLE").build());
    }
    server.enqueue(tag().build());
    try (MaitoClient client = client().maxRetries(3).build()) {
      await(client.async().tags().retrieve("tag_1"));
    }
    List<Duration> waits = sleeper.asyncDurations();
    assertEquals(3, waits.size());
    for (int i = 0; i < 3; i++) {
      long base = 500L << i;
      long ms = waits.get(i).toMillis();
      assertTrue(ms >= base * 3 / 4 && ms <= base, "wait " + i + ": " + ms + " ms");
    }
    assertNoThreadBlocked();
  }

  @Test
  void retriesGetAfterTheConnectionDrops() throws Exception {
    server.enqueue(disconnectAfterRequest().build());
    server.enqueue(tag().build());
    try (MaitoClient client = client().build()) {
      await(client.async().tags().retrieve("tag_1"));
    }
    assertEquals(2, server.getRequestCount());
    assertNoThreadBlocked();
  }

  @Test
  void doesNotRetryAPostWithoutIdempotencyKeyAfterTheConnectionDrops() {
    server.enqueue(disconnectAfterRequest().build());
    server.enqueue(createdTag().build());
    try (MaitoClient client = client().autoIdempotencyKeys(false).build()) {
      MaitoIoException e =
          failure(MaitoIoException.class, client.async().tags().create(TagCreateParams.of("x")));
      assertEquals(1, e.attempts());
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void a429OnAPostWithoutIdempotencyKeyIsRetriedBecauseNothingWasProcessed() throws Exception {
    server.enqueue(error(429, "RATE_LIMITED").addHeader("Retry-After", "1").build());
    server.enqueue(createdTag().build());
    try (MaitoClient client = client().autoIdempotencyKeys(false).build()) {
      assertEquals("tag_1", await(client.async().tags().create(TagCreateParams.of("x"))).id());
    }
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void anAsyncCallCompletesWhenTheRetryListenerThrowsAnError() {
    server.enqueue(disconnectAfterRequest().build());
    server.enqueue(tag().build());
    try (MaitoClient client =
        client()
            .retryListener(
                e -> {
                  throw new AssertionError("listener failed");
                })
            .build()) {
      AssertionError e = failure(AssertionError.class, client.async().tags().retrieve("tag_1"));
      assertEquals("listener failed", e.getMessage());
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void reusesTheCallersIdempotencyKeyOnRetries() throws Exception {
    server.enqueue(error(500, "INTERNAL").build());
    server.enqueue(createdTag().build());
    try (MaitoClient client = client().autoIdempotencyKeys(false).build()) {
      await(
          client
              .async()
              .tags()
              .create(
                  TagCreateParams.of("vip"),
                  RequestOptions.builder().idempotencyKey("batch-7").build()));
    }
    assertEquals("batch-7", take().getHeaders().get("Idempotency-Key"));
    assertEquals("batch-7", take().getHeaders().get("Idempotency-Key"));
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 413, 422})
  void neverRetriesOtherClientErrors(int status) {
    server.enqueue(error(status, codeFor(status)).build());
    server.enqueue(tag().build());
    try (MaitoClient client = client().build()) {
      MaitoApiException e =
          failure(MaitoApiException.class, client.async().tags().retrieve("tag_1"));
      assertEquals(status, e.statusCode());
      assertEquals(1, e.attempts());
    }
    assertEquals(1, server.getRequestCount());
    assertTrue(sleeper.waits().isEmpty());
  }

  @Test
  void exhaustedRetriesCompleteWithTheLastErrorAttemptsAndEarlierOnesSuppressed() {
    server.enqueue(error(503, "UNAVAILABLE").addHeader("X-Request-Id", "req_1").build());
    server.enqueue(disconnectAfterRequest().build());
    server.enqueue(error(504, "UNAVAILABLE").addHeader("X-Request-Id", "req_3").build());
    try (MaitoClient client = client().build()) {
      ServerException e = failure(ServerException.class, client.async().tags().retrieve("tag_1"));
      assertEquals(3, e.attempts());
      assertEquals(504, e.statusCode());
      assertEquals("req_3", e.requestId());
      assertTrue(e.getMessage().contains("after 3 attempts"), e.getMessage());
      assertEquals(2, e.getSuppressed().length);
      assertInstanceOf(ServerException.class, e.getSuppressed()[0]);
      assertInstanceOf(MaitoIoException.class, e.getSuppressed()[1]);
    }
    assertEquals(3, server.getRequestCount());
    assertEquals(2, sleeper.asyncDurations().size());
    assertNoThreadBlocked();
  }

  @Test
  void retryAfterLongerThanMaxRetryWaitFailsAtOnce() {
    server.enqueue(error(429, "RATE_LIMITED").addHeader("Retry-After", "120").build());
    server.enqueue(tag().build());
    try (MaitoClient client = client().build()) {
      RateLimitException e =
          failure(RateLimitException.class, client.async().tags().retrieve("tag_1"));
      assertEquals(Duration.ofSeconds(120), e.retryAfter());
    }
    assertEquals(1, server.getRequestCount());
    assertTrue(sleeper.waits().isEmpty());
  }

  @Test
  void maxRetriesZeroTurnsRetryingOff() {
    server.enqueue(error(503, "UNAVAILABLE").build());
    server.enqueue(error(503, "UNAVAILABLE").build());
    server.enqueue(tag().build());
    try (MaitoClient client = client().build()) {
      failure(
          ServerException.class,
          client.async().tags().retrieve("tag_1", RequestOptions.builder().maxRetries(0).build()));
    }
    try (MaitoClient client = client().maxRetries(0).build()) {
      failure(ServerException.class, client.async().tags().retrieve("tag_1"));
    }
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void retryListenerIsToldOfEachRetry() throws Exception {
    List<RetryEvent> events = new CopyOnWriteArrayList<>();
    server.enqueue(error(429, "RATE_LIMITED").addHeader("Retry-After", "3").build());
    server.enqueue(tag().build());
    try (MaitoClient client = client().retryListener(events::add).build()) {
      await(client.async().tags().retrieve("tag_1"));
    }
    assertEquals(1, events.size());
    assertEquals(1, events.get(0).attempt());
    assertEquals(Duration.ofSeconds(3), events.get(0).delay());
    assertInstanceOf(RateLimitException.class, events.get(0).cause());
  }

  @Test
  void retriesPutAndDelete() throws Exception {
    server.enqueue(error(502, "UNAVAILABLE").build());
    server.enqueue(tag().build());
    server.enqueue(error(503, "UNAVAILABLE").build());
    server.enqueue(deleted().build());
    try (MaitoClient client = client().build()) {
      await(client.async().tags().update("tag_1", TagUpdateParams.builder().name("x").build()));
      assertTrue(await(client.async().tags().delete("tag_1")).deleted());
    }
    assertEquals(4, server.getRequestCount());
    assertNoThreadBlocked();
  }

  @Test
  void cancellingTheFutureCancelsTheInFlightCall() throws Exception {
    server.enqueue(tag().headersDelay(10, TimeUnit.SECONDS).build());
    server.enqueue(tag().build());
    try (MaitoClient client = client().build()) {
      Dispatcher dispatcher = client.pipeline().http().dispatcher();
      CompletableFuture<?> future = client.async().tags().retrieve("tag_1");
      assertNotNull(take(), "the request reached the server");
      assertEquals(1, dispatcher.runningCallsCount());
      assertTrue(future.cancel(true));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
      while (dispatcher.runningCallsCount() > 0 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertEquals(0, dispatcher.runningCallsCount(), "the HTTP call was cancelled");
      assertThrows(CancellationException.class, future::join);
    }
    assertEquals(1, server.getRequestCount(), "a cancelled call is not retried");
    assertTrue(sleeper.waits().isEmpty());
  }

  @Test
  void cancellingDuringTheRetryWaitSendsNoFurtherAttempt() throws Exception {
    server.enqueue(error(503, "UNAVAILABLE").build());
    server.enqueue(tag().build());
    sleeper.holdAsyncWaits();
    try (MaitoClient client = client().build()) {
      CompletableFuture<?> future = client.async().tags().retrieve("tag_1");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
      while (sleeper.heldCount() == 0 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertEquals(1, sleeper.heldCount(), "the retry is waiting");
      future.cancel(true);
      sleeper.releaseAsyncWaits();
      assertThrows(CancellationException.class, future::join);
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aFailedWaitCompletesTheFutureWithTheLastErrorInsteadOfHanging() {
    server.enqueue(error(503, "UNAVAILABLE").build());
    server.enqueue(tag().build());
    Sleeper broken =
        new Sleeper() {
          @Override
          public void sleep(Duration duration) {
            throw new AssertionError("async calls must not block");
          }

          @Override
          public CompletableFuture<Void> sleepAsync(Duration duration) {
            return CompletableFuture.failedFuture(new IllegalStateException("scheduler closed"));
          }
        };
    try (MaitoClient client = client().sleeper(broken).build()) {
      ServerException e = failure(ServerException.class, client.async().tags().retrieve("tag_1"));
      assertEquals(503, e.statusCode());
      assertEquals(1, e.attempts());
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aThrowingWaitCompletesTheFutureInsteadOfEscaping() {
    server.enqueue(error(503, "UNAVAILABLE").build());
    server.enqueue(tag().build());
    Sleeper broken =
        new Sleeper() {
          @Override
          public void sleep(Duration duration) {
            throw new AssertionError("async calls must not block");
          }

          @Override
          public CompletableFuture<Void> sleepAsync(Duration duration) {
            throw new IllegalStateException("the client is closed");
          }
        };
    try (MaitoClient client = client().sleeper(broken).build()) {
      ServerException e = failure(ServerException.class, client.async().tags().retrieve("tag_1"));
      assertEquals(503, e.statusCode());
    }
    assertEquals(1, server.getRequestCount());
  }
}
