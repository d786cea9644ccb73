package com.getmaito.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.testing.FakeSleeper;
import com.getmaito.client.testing.ResilienceFixtures;
import com.getmaito.emulator.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * The client-side limiter ({@code rateLimit(n, window)}): one permit per {@code window / n} on the
 * injected clock, shared by threads and the async API, adapting to the server's headers.
 */
class RateLimiterTest {
  private final MutableClock clock = ResilienceFixtures.clock();
  private final FakeSleeper sleeper = new FakeSleeper(clock);
  private final List<Instant> arrivals = Collections.synchronizedList(new ArrayList<>());
  @StartStop private final MockWebServer server = new MockWebServer();

  /** Answers every request with a tag, the headers {@code headers} gives for the n-th (0-based). */
  private void answer(Function<Integer, MockResponse.Builder> response) {
    AtomicInteger n = new AtomicInteger();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            arrivals.add(clock.instant());
            return response.apply(n.getAndIncrement()).build();
          }
        });
  }

  private List<Duration> gaps() {
    List<Duration> gaps = new ArrayList<>();
    for (int i = 1; i < arrivals.size(); i++) {
      gaps.add(Duration.between(arrivals.get(i - 1), arrivals.get(i)));
    }
    return gaps;
  }

  /** A client limited to {@code permits} per {@code window}, on the fake clock and sleeper. */
  private MaitoClient limited(int permits, Duration window) {
    return ResilienceFixtures.client(server, clock, sleeper).rateLimit(permits, window).build();
  }

  /** Makes {@code calls} blocking calls, one after another, through {@link #limited}. */
  private void retrieveSequentially(int calls, int permits, Duration window) {
    try (MaitoClient client = limited(permits, window)) {
      for (int i = 0; i < calls; i++) {
        client.tags().retrieve("tag_1");
      }
    }
  }

  private static List<Duration> times(int n, Duration d) {
    return Collections.nCopies(n, d);
  }

  @Test
  void sequentialCallsAreSpacedEvenlyOverTheWindow() {
    answer(i -> ResilienceFixtures.tag());
    retrieveSequentially(5, 10, Duration.ofSeconds(1));
    assertEquals(times(4, Duration.ofMillis(100)), gaps());
    assertEquals(times(4, Duration.ofMillis(100)), sleeper.syncDurations());
  }

  @Test
  void withoutALimiterCallsAreNotDelayed() {
    answer(i -> ResilienceFixtures.tag());
    try (MaitoClient client = ResilienceFixtures.client(server, clock, sleeper).build()) {
      for (int i = 0; i < 5; i++) {
        client.tags().retrieve("tag_1");
      }
    }
    assertTrue(sleeper.waits().isEmpty());
    assertEquals(times(4, Duration.ZERO), gaps());
  }

  @Test
  void aLowerServerLimitSlowsThePace() {
    answer(
        i ->
            ResilienceFixtures.tag()
                .addHeader("RateLimit-Limit", "5")
                .addHeader("RateLimit-Policy", "5;w=1"));
    retrieveSequentially(5, 10, Duration.ofSeconds(1));
    // After the first response says 5 per 1 s window, calls go one per 200 ms: never 2 at once.
    assertEquals(times(4, Duration.ofMillis(200)), gaps());
  }

  @Test
  void aLowerCompatServerLimitWithoutAPolicyCountsPerSixtySeconds() {
    // compat X-RateLimit-* may come without a policy: the contract's window, 60 s, applies.
    answer(i -> ResilienceFixtures.tag().addHeader("X-RateLimit-Limit", "4"));
    retrieveSequentially(3, 10, Duration.ofSeconds(1));
    assertEquals(times(2, Duration.ofSeconds(15)), gaps());
  }

  @Test
  void aServerRateIsComparedAsARateNotACount() {
    // 1000 per 10 min is 100/min, slower than the server's 120 per 60 s: the pace stays 600 ms
    // (comparing counts, 120 < 1000, slowed it to 12/min).
    answer(
        i ->
            ResilienceFixtures.tag()
                .addHeader("RateLimit-Limit", "120")
                .addHeader("RateLimit-Remaining", "100")
                .addHeader("RateLimit-Reset", "30")
                .addHeader("RateLimit-Policy", "120;w=60"));
    retrieveSequentially(3, 1000, Duration.ofMinutes(10));
    assertEquals(times(2, Duration.ofMillis(600)), gaps());
  }

  @Test
  void aFasterOwnRateIsLoweredToTheServersRate() {
    // rateLimit(5, 1s) is 300/min; the server allows 120 per 60 s, one per 500 ms.
    answer(
        i ->
            ResilienceFixtures.tag()
                .addHeader("RateLimit-Limit", "120")
                .addHeader("RateLimit-Policy", "120;w=60"));
    retrieveSequentially(3, 5, Duration.ofSeconds(1));
    assertEquals(times(2, Duration.ofMillis(500)), gaps());
  }

  @Test
  void aHigherServerLimitDoesNotRaiseThePace() {
    answer(
        i ->
            ResilienceFixtures.tag()
                .addHeader("RateLimit-Limit", "50")
                .addHeader("RateLimit-Policy", "50;w=1"));
    retrieveSequentially(4, 10, Duration.ofSeconds(1));
    assertEquals(times(3, Duration.ofMillis(100)), gaps());
  }

  @Test
  void remainingZeroPausesTheNextCallUntilTheReset() {
    answer(
        i ->
            ResilienceFixtures.tag()
                .addHeader("RateLimit-Limit", "10")
                .addHeader("RateLimit-Remaining", i == 0 ? "0" : "9")
                .addHeader("RateLimit-Reset", "3")
                .addHeader("RateLimit-Policy", "10;w=1"));
    retrieveSequentially(3, 10, Duration.ofSeconds(1));
    assertEquals(List.of(Duration.ofSeconds(3), Duration.ofMillis(100)), gaps());
    assertEquals(List.of(Duration.ofSeconds(3), Duration.ofMillis(100)), sleeper.durations());
  }

  @Test
  void callsWaitingOutAPauseResumeEvenlySpacedNotAllAtOnce() throws Exception {
    answer(
        i ->
            ResilienceFixtures.tag()
                .addHeader("RateLimit-Remaining", i == 0 ? "0" : "5")
                .addHeader("RateLimit-Reset", "3"));
    try (MaitoClient client = limited(10, Duration.ofSeconds(1))) {
      client.tags().retrieve("tag_1");
      sleeper.holdAsyncWaits();
      List<CompletableFuture<?>> calls = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        calls.add(client.async().tags().retrieve("tag_1"));
      }
      assertEquals(
          List.of(Duration.ofMillis(3000), Duration.ofMillis(3100), Duration.ofMillis(3200)),
          sleeper.asyncDurations());
      sleeper.releaseAsyncWaits();
      CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).get(5, TimeUnit.SECONDS);
    }
    assertEquals(4, server.getRequestCount());
  }

  @Test
  void theAsyncApiSharesTheLimiterAndWaitsWithoutBlocking() throws Exception {
    answer(i -> ResilienceFixtures.tag());
    try (MaitoClient client = limited(10, Duration.ofSeconds(1))) {
      client.tags().retrieve("tag_1");
      client.async().tags().retrieve("tag_1").get(5, TimeUnit.SECONDS);
      client.tags().retrieve("tag_1");
      client.async().tags().retrieve("tag_1").get(5, TimeUnit.SECONDS);
    }
    assertEquals(times(3, Duration.ofMillis(100)), gaps());
    List<FakeSleeper.Wait> waits = sleeper.waits();
    assertEquals(3, waits.size());
    assertTrue(waits.get(0).async(), "the async call waited through sleepAsync");
    assertTrue(!waits.get(1).async(), "the sync call slept");
    assertTrue(waits.get(2).async());
  }

  @Test
  void concurrentAsyncCallsAreSpacedBySuccessiveReservations() throws Exception {
    answer(i -> ResilienceFixtures.tag());
    sleeper.holdAsyncWaits();
    try (MaitoClient client = limited(10, Duration.ofSeconds(1))) {
      List<CompletableFuture<?>> calls = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        calls.add(client.async().tags().retrieve("tag_1"));
      }
      // Reserved at the same instant: each waits one more slot than the one before.
      assertEquals(
          List.of(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(300)),
          sleeper.asyncDurations());
      sleeper.releaseAsyncWaits();
      CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).get(5, TimeUnit.SECONDS);
    }
    assertEquals(4, server.getRequestCount());
    assertTrue(sleeper.syncDurations().isEmpty());
  }

  @Test
  void rejectsAnEmptyBudget() {
    MaitoClient.Builder builder = ResilienceFixtures.client(server);
    assertThrows(IllegalArgumentException.class, () -> builder.rateLimit(0, Duration.ofMinutes(1)));
    assertThrows(IllegalArgumentException.class, () -> builder.rateLimit(10, Duration.ZERO));
  }

  /**
   * Real clock, short window: 8 threads sending 60 requests stay within 20 per 500 ms (plus a
   * little slack for scheduling) as the server sees them; the same load without the limiter does
   * not, so the assertion has teeth. (At 200 ms a machine with a load of 12 stalled threads long
   * enough for 26 to land in one window.)
   */
  @Test
  void threadsSharingAClientStayWithinTheBudget() throws Exception {
    Duration window = Duration.ofMillis(500);
    int budget = 20;
    int slack = 5; // scheduling: a thread that wakes late can share a window with the next one
    ConcurrentLinkedQueue<Long> seen = new ConcurrentLinkedQueue<>();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            seen.add(System.nanoTime());
            return ResilienceFixtures.tag().build();
          }
        });

    try (MaitoClient unlimited = ResilienceFixtures.client(server).build()) {
      hammer(unlimited, 8, 24); // warm up: connections, class loading, JIT
      seen.clear();
      hammer(unlimited, 8, 60);
    }
    int unlimitedPeak = peak(seen, window);
    assertTrue(
        unlimitedPeak > budget + slack,
        "without a limiter the load must exceed the budget, or this test proves nothing: "
            + unlimitedPeak);

    seen.clear();
    long start = System.nanoTime();
    try (MaitoClient limited =
        ResilienceFixtures.client(server).rateLimit(budget, window).build()) {
      hammer(limited, 8, 60);
    }
    long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertEquals(60, seen.size());
    int limitedPeak = peak(seen, window);
    assertTrue(
        limitedPeak <= budget + slack,
        limitedPeak
            + " requests reached the server within "
            + window
            + " (budget "
            + budget
            + ", run took "
            + tookMillis
            + " ms, unlimited peak "
            + unlimitedPeak
            + ")");
  }

  private static void hammer(MaitoClient client, int threads, int requests) throws Exception {
    AtomicInteger left = new AtomicInteger(requests);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  while (left.getAndDecrement() > 0) {
                    client.tags().retrieve("tag_1");
                  }
                  return null;
                }));
      }
      for (Future<?> w : workers) {
        w.get(10, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The most arrivals within any sliding {@code window}. */
  private static int peak(ConcurrentLinkedQueue<Long> arrivals, Duration window) {
    List<Long> t = new ArrayList<>(arrivals);
    Collections.sort(t);
    long w = window.toNanos();
    int peak = 0;
    int start = 0;
    for (int end = 0; end < t.size(); end++) {
      while (t.get(end) - t.get(start) >= w) {
        start++;
      }
      peak = Math.max(peak, end - start + 1);
    }
    return peak;
  }
}
