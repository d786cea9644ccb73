package com.getmaito.client;

import static com.getmaito.client.testing.ResilienceFixtures.error;
import static com.getmaito.client.testing.ResilienceFixtures.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.errors.ServerException;
import com.getmaito.client.testing.FakeSleeper;
import com.getmaito.client.testing.ResilienceFixtures;
import com.getmaito.emulator.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * {@code close()} releases the dispatcher, the connection pool and the retry scheduler: a program
 * that closes its client can exit. These tests use the real {@code SystemSleeper} (waits of a few
 * milliseconds, or long ones that close() must cut short).
 */
class LifecycleTest {
  @StartStop private final MockWebServer server = new MockWebServer();

  /** Threads alive now that were not in {@code before} and match {@code filter}. */
  private static List<Thread> newThreads(Set<Thread> before, Predicate<Thread> filter) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> !before.contains(t) && t.isAlive())
        .filter(t -> !t.getName().startsWith("MockWebServer"))
        .filter(filter)
        .toList();
  }

  /** Polls (no fixed sleep) until no new thread matches, or two seconds pass. */
  private static List<Thread> awaitNoNewThreads(Set<Thread> before, Predicate<Thread> filter) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    List<Thread> left = newThreads(before, filter);
    while (!left.isEmpty() && System.nanoTime() < deadline) {
      Thread.yield();
      left = newThreads(before, filter);
    }
    return left;
  }

  @Test
  void closeLeavesNoNonDaemonThreadTheClientStarted() throws Exception {
    Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
    server.enqueue(tag().build());
    server.enqueue(error(503, "UNAVAILABLE").addHeader("Retry-After", "0.01").build());
    server.enqueue(tag().build());
    MaitoClient client = ResilienceFixtures.client(server).build();
    client.tags().retrieve("tag_1");
    // An async call that retries: its 10 ms wait runs on the client's scheduler.
    client.async().tags().retrieve("tag_1").get(5, TimeUnit.SECONDS);
    assertEquals(3, server.getRequestCount());
    assertFalse(
        newThreads(before, t -> t.getName().startsWith("maito-dispatcher")).isEmpty(),
        "the async call ran on a dispatcher thread, which close() must end");
    assertFalse(newThreads(before, t -> t.getName().equals("maito-scheduler")).isEmpty());

    client.close();

    List<Thread> left = awaitNoNewThreads(before, t -> !t.isDaemon());
    assertTrue(left.isEmpty(), "non-daemon threads left after close(): " + left);
    List<Thread> dispatcher =
        awaitNoNewThreads(before, t -> t.getName().startsWith("maito-dispatcher"));
    assertTrue(dispatcher.isEmpty(), "dispatcher threads left after close(): " + dispatcher);
    List<Thread> scheduler = awaitNoNewThreads(before, t -> t.getName().equals("maito-scheduler"));
    assertTrue(scheduler.isEmpty(), "the retry scheduler outlived close()");
  }

  @Test
  void closeIsIdempotent() {
    server.enqueue(tag().build());
    MaitoClient client = ResilienceFixtures.client(server).build();
    client.tags().retrieve("tag_1");
    client.close();
    client.close();
    try (MaitoClient other = ResilienceFixtures.client(server).build()) {
      other.close();
    }
  }

  @Test
  void closeEndsAnAsyncCallWaitingForARetryInsteadOfLeavingItPending() throws Exception {
    server.enqueue(error(503, "UNAVAILABLE").addHeader("Retry-After", "30").build());
    server.enqueue(tag().build());
    CountDownLatch retrying = new CountDownLatch(1);
    MaitoClient client =
        ResilienceFixtures.client(server).retryListener(e -> retrying.countDown()).build();
    CompletableFuture<?> call = client.async().tags().retrieve("tag_1");
    assertTrue(retrying.await(5, TimeUnit.SECONDS), "the call is about to wait 30 s");
    client.close();
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> call.get(2, TimeUnit.SECONDS));
    IllegalStateException closed = assertInstanceOf(IllegalStateException.class, e.getCause());
    assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
    ServerException last = assertInstanceOf(ServerException.class, closed.getSuppressed()[0]);
    assertEquals(503, last.statusCode());
    assertEquals(1, server.getRequestCount());
  }

  /** A sleeper that closes the client when a call starts to wait (sync or async). */
  private static Sleeper closingOnWait(AtomicReference<MaitoClient> client, FakeSleeper waits) {
    return new Sleeper() {
      @Override
      public void sleep(Duration duration) throws InterruptedException {
        client.get().close();
        waits.sleep(duration);
      }

      @Override
      public CompletableFuture<Void> sleepAsync(Duration duration) {
        return waits.sleepAsync(duration);
      }
    };
  }

  @Test
  void aSyncCallWaitingForARetryWhenTheClientClosesFailsAsClosedWithoutSending() {
    server.enqueue(error(503, "UNAVAILABLE").build());
    server.enqueue(tag().build());
    AtomicReference<MaitoClient> client = new AtomicReference<>();
    MutableClock clock = ResilienceFixtures.clock();
    client.set(
        ResilienceFixtures.client(server, clock, new FakeSleeper(clock))
            .sleeper(closingOnWait(client, new FakeSleeper(clock)))
            .build());
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> client.get().tags().retrieve("tag_1"));
    assertTrue(e.getMessage().contains("closed"), e.getMessage());
    assertInstanceOf(ServerException.class, e.getSuppressed()[0], "the 503 is kept");
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aSyncCallWaitingInTheLimiterWhenTheClientClosesFailsAsClosedWithoutSending() {
    server.enqueue(tag().build());
    server.enqueue(tag().build());
    AtomicReference<MaitoClient> client = new AtomicReference<>();
    MutableClock clock = ResilienceFixtures.clock();
    client.set(
        ResilienceFixtures.client(server, clock, new FakeSleeper(clock))
            .sleeper(closingOnWait(client, new FakeSleeper(clock)))
            .rateLimit(1, Duration.ofMinutes(1))
            .build());
    client.get().tags().retrieve("tag_1");
    assertThrows(IllegalStateException.class, () -> client.get().tags().retrieve("tag_1"));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void anAsyncCallWaitingForARetryWhenTheClientClosesFailsAsClosedWithoutSending()
      throws Exception {
    server.enqueue(error(503, "UNAVAILABLE").build());
    server.enqueue(tag().build());
    MutableClock clock = ResilienceFixtures.clock();
    FakeSleeper sleeper = new FakeSleeper(clock);
    sleeper.holdAsyncWaits();
    MaitoClient client = ResilienceFixtures.client(server, clock, sleeper).build();
    CompletableFuture<?> call = client.async().tags().retrieve("tag_1");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (sleeper.heldCount() == 0 && System.nanoTime() < deadline) {
      Thread.yield();
    }
    assertEquals(1, sleeper.heldCount(), "the call waits to retry");
    client.close();
    sleeper.releaseAsyncWaits();
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> call.get(5, TimeUnit.SECONDS));
    assertInstanceOf(IllegalStateException.class, e.getCause());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void anAsyncCallAfterCloseFailsInsteadOfHanging() {
    MaitoClient client = ResilienceFixtures.client(server).build();
    client.close();
    CompletableFuture<?> call = client.async().tags().retrieve("tag_1");
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> call.get(2, TimeUnit.SECONDS));
    assertInstanceOf(IllegalStateException.class, e.getCause());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aSyncCallAfterCloseFailsClearlyWithoutSending() {
    MaitoClient client = ResilienceFixtures.client(server).build();
    client.close();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> client.tags().retrieve("tag_1"));
    assertTrue(e.getMessage().contains("closed"), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void closingADerivedClientLeavesTheSharedDispatcherToTheOriginal() throws Exception {
    server.enqueue(tag().build());
    server.enqueue(tag().build());
    try (MaitoClient original = ResilienceFixtures.client(server).build()) {
      MaitoClient derived = original.newBuilder().build();
      derived.tags().retrieve("tag_1");
      derived.close();
      assertFalse(original.pipeline().http().dispatcher().executorService().isShutdown());
      original.async().tags().retrieve("tag_1").get(5, TimeUnit.SECONDS);
      assertTrue(!original.pipeline().http().dispatcher().executorService().isShutdown());
    }
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void closeShutsTheDispatcherDown() {
    MaitoClient client = ResilienceFixtures.client(server).build();
    client.close();
    assertTrue(client.pipeline().http().dispatcher().executorService().isShutdown());
    assertEquals(0, client.pipeline().http().connectionPool().connectionCount());
  }
}
