package com.getmaito.client;

import static com.getmaito.client.testing.ResilienceFixtures.error;
import static com.getmaito.client.testing.ResilienceFixtures.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.errors.MaitoIoException;
import com.getmaito.client.errors.ServerException;
import com.getmaito.client.testing.FakeSleeper;
import com.getmaito.client.testing.ResilienceFixtures;
import com.getmaito.emulator.MutableClock;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Dispatcher;
import org.junit.jupiter.api.Test;

/**
 * A retrying call cut short, where each path has its own way: an interrupt during a blocking wait;
 * a cancelled future (in flight or during the wait) and an async wait that fails or throws. The
 * retry rules both paths share are in {@link RetryTest}.
 */
class RetryInterruptionTest {
  private final MutableClock clock = ResilienceFixtures.clock();
  private final FakeSleeper sleeper = new FakeSleeper(clock);
  @StartStop private final MockWebServer server = new MockWebServer();

  private MaitoClient.Builder client() {
    return ResilienceFixtures.client(server, clock, sleeper);
  }

  /** The exception the future failed with (unwrapped from {@link ExecutionException}). */
  private static <E extends Throwable> E failure(Class<E> type, CompletableFuture<?> future) {
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS));
    return assertInstanceOf(type, e.getCause());
  }

  /** A sleeper whose blocking wait is interrupted; an async wait is a bug here. */
  private static Sleeper interrupted() {
    return new Sleeper() {
      @Override
      public void sleep(Duration duration) throws InterruptedException {
        throw new InterruptedException();
      }

      @Override
      public CompletableFuture<Void> sleepAsync(Duration duration) {
        throw new AssertionError();
      }
    };
  }

  /** A sleeper whose async wait is {@code wait}; a blocking wait is a bug here. */
  private static Sleeper asyncWait(Supplier<CompletableFuture<Void>> wait) {
    return new Sleeper() {
      @Override
      public void sleep(Duration duration) {
        throw new AssertionError("async calls must not block");
      }

      @Override
      public CompletableFuture<Void> sleepAsync(Duration duration) {
        return wait.get();
      }
    };
  }

  @Test
  void interruptedWhileWaitingKeepsTheFailuresThatCausedTheRetry() {
    server.enqueue(error(503, "UNAVAILABLE").build());
    server.enqueue(tag().build());
    try (MaitoClient client = client().sleeper(interrupted()).build()) {
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
    try (MaitoClient client = client().sleeper(interrupted()).build()) {
      MaitoIoException e =
          assertThrows(MaitoIoException.class, () -> client.tags().retrieve("tag_1"));
      assertTrue(Thread.interrupted(), "the interrupt flag is kept");
      assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
    } finally {
      Thread.interrupted();
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void cancellingTheFutureCancelsTheInFlightCall() throws Exception {
    server.enqueue(tag().headersDelay(10, TimeUnit.SECONDS).build());
    server.enqueue(tag().build());
    try (MaitoClient client = client().build()) {
      Dispatcher dispatcher = client.pipeline().http().dispatcher();
      CompletableFuture<?> future = client.async().tags().retrieve("tag_1");
      assertNotNull(server.takeRequest(1, TimeUnit.SECONDS), "the request reached the server");
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
        asyncWait(
            () -> CompletableFuture.failedFuture(new IllegalStateException("scheduler closed")));
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
        asyncWait(
            () -> {
              throw new IllegalStateException("the client is closed");
            });
    try (MaitoClient client = client().sleeper(broken).build()) {
      ServerException e = failure(ServerException.class, client.async().tags().retrieve("tag_1"));
      assertEquals(503, e.statusCode());
    }
    assertEquals(1, server.getRequestCount());
  }
}
