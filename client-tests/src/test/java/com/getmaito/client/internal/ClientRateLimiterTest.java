package com.getmaito.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.model.RateLimitInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** {@link ClientRateLimiter} on a fake nano clock: slots, adapting by rate, pauses, server pace. */
class ClientRateLimiterTest {
  /** Any start value: nanoTime has no epoch, and may be negative. */
  private static final long START = -5_000_000_000L;

  private final AtomicLong nanos = new AtomicLong(START);

  /** Sets the fake clock to {@code ms} after the start. */
  private void at(long ms) {
    nanos.set(START + Duration.ofMillis(ms).toNanos());
  }

  /** An answer of a server at {@code limit} per {@code windowSeconds} (its policy sent). */
  private static RateLimitInfo answer(int limit, int remaining, int resetSeconds, int window) {
    return new RateLimitInfo(
        limit, remaining, Duration.ofSeconds(resetSeconds), Duration.ofSeconds(window));
  }

  /**
   * A thread of its own, as each importer worker is: it reserves a slot, sends, and reads the
   * answer; tasks run one at a time, each to its end, so tests stay deterministic.
   */
  private static final class Worker implements AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor();

    <T> T run(Callable<T> task) throws Exception {
      return thread.submit(task).get();
    }

    @Override
    public void close() {
      thread.shutdownNow();
    }
  }

  private ClientRateLimiter limiter(int limit, Duration window) {
    return new ClientRateLimiter(limit, window, nanos::get);
  }

  private static RateLimitInfo limitPer(int limit, Duration window) {
    return new RateLimitInfo(limit, null, null, window);
  }

  /** Reserves {@code n} slots at the current instant and returns their waits. */
  private static List<Duration> reserve(ClientRateLimiter limiter, int n) {
    List<Duration> waits = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      waits.add(limiter.reserve());
    }
    return waits;
  }

  private static List<Duration> millis(long... values) {
    List<Duration> list = new ArrayList<>();
    for (long v : values) {
      list.add(Duration.ofMillis(v));
    }
    return list;
  }

  @Test
  void handsOutOneSlotPerIntervalFromTheFirstCall() {
    ClientRateLimiter limiter = limiter(10, Duration.ofSeconds(1));
    assertEquals(millis(0, 100, 200, 300), reserve(limiter, 4));
  }

  @Test
  void anIdleLimiterLetsTheNextCallGoAtOnceButNoBurst() {
    ClientRateLimiter limiter = limiter(10, Duration.ofSeconds(1));
    limiter.reserve();
    nanos.addAndGet(Duration.ofSeconds(5).toNanos());
    assertEquals(millis(0, 100, 200), reserve(limiter, 3));
  }

  @Test
  void keepsLimitingHoweverLongTheQueue() {
    // 120/min with 200,000 callers queued at once: Resilience4j's one-day reservation horizon
    // turned the 172,801st and later into "send now" (27,199 at once).
    ClientRateLimiter limiter = limiter(120, Duration.ofMinutes(1));
    Duration previous = limiter.reserve();
    assertEquals(Duration.ZERO, previous);
    for (int i = 1; i < 200_000; i++) {
      Duration wait = limiter.reserve();
      assertEquals(previous.plusMillis(500), wait, "reservation " + i);
      previous = wait;
    }
    assertEquals(Duration.ofMillis(500L * 199_999), previous);
  }

  @Test
  void aServerRateSlowerThanTheOwnOneLowersThePace() {
    // rateLimit(5, 1s) is 300/min; the server's 120 per 60 s is 120/min.
    ClientRateLimiter limiter = limiter(5, Duration.ofSeconds(1));
    assertEquals(Duration.ZERO, limiter.reserve());
    limiter.onResponse(limitPer(120, Duration.ofSeconds(60)));
    assertEquals(millis(500, 1000), reserve(limiter, 2));
  }

  @Test
  void aServerLimitWithoutAPolicyCountsPerSixtySeconds() {
    ClientRateLimiter limiter = limiter(5, Duration.ofSeconds(1));
    limiter.reserve();
    limiter.onResponse(new RateLimitInfo(120, 100, Duration.ofSeconds(30)));
    assertEquals(millis(500, 1000), reserve(limiter, 2));
  }

  @Test
  void aSmallerCountOverALongerOwnWindowIsNotMistakenForASlowerRate() {
    // 1000 per 10 min is 100/min: the server's 120 per 60 s is faster, so nothing changes (the
    // old count comparison slowed this client to 12/min).
    ClientRateLimiter limiter = limiter(1000, Duration.ofMinutes(10));
    limiter.reserve();
    limiter.onResponse(limitPer(120, Duration.ofSeconds(60)));
    limiter.onResponse(new RateLimitInfo(120, 119, Duration.ofSeconds(60)));
    assertEquals(millis(600, 1200), reserve(limiter, 2));
  }

  @Test
  void aServerWindowShorterThanAMinuteIsReadAsSuch() {
    ClientRateLimiter limiter = limiter(10, Duration.ofSeconds(1));
    limiter.reserve();
    limiter.onResponse(limitPer(5, Duration.ofSeconds(1)));
    assertEquals(millis(200, 400), reserve(limiter, 2));
  }

  @Test
  void slowingDownCountsFromTheLastSlotSoNoBurstFollows() {
    ClientRateLimiter limiter = limiter(10, Duration.ofSeconds(1));
    assertEquals(millis(0, 100, 200), reserve(limiter, 3));
    limiter.onResponse(limitPer(2, Duration.ofSeconds(1)));
    assertEquals(millis(700, 1200), reserve(limiter, 2));
  }

  @Test
  void neverGoesFasterThanItsOwnRateAndFollowsTheServerBackUpToIt() {
    ClientRateLimiter limiter = limiter(10, Duration.ofSeconds(1));
    limiter.reserve();
    limiter.onResponse(limitPer(1000, Duration.ofSeconds(1)));
    assertEquals(Duration.ofMillis(100).toNanos(), limiter.intervalNanos());
    limiter.onResponse(limitPer(2, Duration.ofSeconds(1)));
    assertEquals(Duration.ofMillis(500).toNanos(), limiter.intervalNanos());
    limiter.onResponse(limitPer(20, Duration.ofSeconds(1)));
    assertEquals(Duration.ofMillis(100).toNanos(), limiter.intervalNanos());
  }

  @Test
  void remainingZeroHoldsEveryCallerUntilTheResetThenSpacesThem() {
    ClientRateLimiter limiter = limiter(10, Duration.ofSeconds(1));
    limiter.reserve();
    limiter.onResponse(new RateLimitInfo(null, 0, Duration.ofSeconds(3)));
    assertEquals(millis(3000, 3100, 3200), reserve(limiter, 3));
  }

  @Test
  void aResetIsCappedAtAnHour() {
    ClientRateLimiter limiter = limiter(10, Duration.ofSeconds(1));
    limiter.onResponse(new RateLimitInfo(null, 0, Duration.ofDays(3)));
    assertEquals(Duration.ofHours(1), limiter.reserve());
  }

  @Test
  void infoWithoutLimitOrPauseChangesNothing() {
    ClientRateLimiter limiter = limiter(10, Duration.ofSeconds(1));
    limiter.onResponse(null);
    limiter.onResponse(new RateLimitInfo(null, 5, Duration.ofSeconds(3)));
    limiter.onResponse(new RateLimitInfo(0, 0, null));
    assertEquals(millis(0, 100), reserve(limiter, 2));
  }

  @Test
  void rejectsAnEmptyBudget() {
    assertThrows(IllegalArgumentException.class, () -> limiter(0, Duration.ofSeconds(1)));
    assertThrows(IllegalArgumentException.class, () -> limiter(1, Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> limiter(1, Duration.ofSeconds(-1)));
  }

  // --- server-paced -----------------------------------------------------------------------------

  @Test
  void aServerPacedLimiterLetsEverythingThroughUntilTheServerReportsARate() {
    ClientRateLimiter limiter = ClientRateLimiter.serverPaced(nanos::get);
    assertEquals(millis(0, 0, 0, 0), reserve(limiter, 4));
    limiter.onResponse(new RateLimitInfo(null, 50, Duration.ofSeconds(10)));
    assertEquals(millis(0, 0), reserve(limiter, 2));
  }

  @Test
  void aServerPacedLimiterPacesAtTheServersRatePerItsWindow() {
    ClientRateLimiter limiter = ClientRateLimiter.serverPaced(nanos::get);
    limiter.reserve();
    limiter.onResponse(limitPer(20, Duration.ofSeconds(1)));
    assertEquals(millis(50, 100, 150), reserve(limiter, 3));
  }

  @Test
  void aServerPacedLimiterAssumesSixtySecondsWithoutAPolicy() {
    ClientRateLimiter limiter = ClientRateLimiter.serverPaced(nanos::get);
    limiter.reserve();
    limiter.onResponse(new RateLimitInfo(120, 119, Duration.ofSeconds(60)));
    assertEquals(millis(500, 1000), reserve(limiter, 2));
  }

  @Test
  void aServerPacedLimiterFollowsTheServersRateUpAndDown() {
    ClientRateLimiter limiter = ClientRateLimiter.serverPaced(nanos::get);
    limiter.reserve();
    limiter.onResponse(limitPer(2, Duration.ofSeconds(1)));
    assertEquals(millis(500), reserve(limiter, 1));
    limiter.onResponse(limitPer(10, Duration.ofSeconds(1)));
    assertEquals(millis(600, 700), reserve(limiter, 2));
  }

  @Test
  void aServerPacedLimiterPausesAtRemainingZeroUntilTheReset() {
    ClientRateLimiter limiter = ClientRateLimiter.serverPaced(nanos::get);
    limiter.reserve();
    limiter.onResponse(new RateLimitInfo(120, 0, Duration.ofSeconds(7), Duration.ofSeconds(60)));
    assertEquals(millis(7000, 7500, 8000), reserve(limiter, 3));
    nanos.addAndGet(Duration.ofSeconds(20).toNanos());
    Duration next = limiter.reserve();
    assertTrue(next.isZero(), "after the queue has gone, the next call goes at once: " + next);
  }

  // --- server-paced: following the server's current window -------------------------------------

  @Test
  void atRemainingZeroItWaitsForTheEndNarrowedByEveryAnswerInTheWindow() {
    // The server's window runs from 50 ms to 10,050 ms; it rounds its whole-second reset up.
    ClientRateLimiter limiter = ClientRateLimiter.serverPaced(nanos::get);
    limiter.reserve();
    at(100);
    limiter.onResponse(answer(10, 9, 10, 10)); // 9.95 s left: "10", so it ends by 10,100 ms
    at(1_000);
    assertEquals(Duration.ZERO, limiter.reserve());
    at(1_060);
    limiter.onResponse(answer(10, 8, 9, 10)); // 8.99 s left: "9", so by 10,060 ms
    at(5_000);
    assertEquals(Duration.ZERO, limiter.reserve());
    limiter.onResponse(answer(10, 0, 6, 10)); // spent (other callers too): "6" alone says 11,000

    assertEquals(millis(5_060, 6_060), reserve(limiter, 2));
  }

  @Test
  void slotsTakenLateAreMadeUpWithinTheWindowsBudget() {
    ClientRateLimiter limiter = ClientRateLimiter.serverPaced(nanos::get);
    limiter.reserve();
    limiter.onResponse(answer(10, 9, 10, 10)); // one send per second; the window ends at 10 s
    at(5_000); // the sender comes back late: half the window gone, 9 sends left
    assertEquals(Duration.ZERO, limiter.reserve());
    limiter.onResponse(answer(10, 8, 5, 10));

    List<Duration> waits = reserve(limiter, 9);

    // The 8 sends left go in the 5 s left, evenly (one per second would fit only 4 of them) ...
    for (int i = 0; i < 8; i++) {
      assertTrue(waits.get(i).compareTo(Duration.ofSeconds(5)) < 0, "slot " + i + ": " + waits);
      Duration gap = waits.get(i).minus(i == 0 ? Duration.ZERO : waits.get(i - 1));
      assertTrue(gap.compareTo(Duration.ofMillis(555)) >= 0, "slot " + i + ": " + waits);
    }
    // ... and the next waits for the window's end, as the budget is spent.
    assertTrue(waits.get(8).compareTo(Duration.ofSeconds(5)) >= 0, waits.toString());
  }

  @Test
  void sendsStillInFlightCountAsSpent() throws Exception {
    ClientRateLimiter limiter = ClientRateLimiter.serverPaced(nanos::get);
    try (Worker a = new Worker();
        Worker b = new Worker()) {
      limiter.reserve();
      a.run(limiter::reserve); // sent, no answer yet
      b.run(limiter::reserve);
      at(100);
      limiter.onResponse(answer(10, 5, 10, 10)); // the two in flight may not be counted in the 5

      assertEquals(millis(900, 1_900, 2_900, 10_000), reserve(limiter, 4));
    }
  }

  @Test
  void aLateAnswerFromAWindowAlreadyOverDoesNotHoldTheNextOne() throws Exception {
    ClientRateLimiter limiter = ClientRateLimiter.serverPaced(nanos::get);
    try (Worker late = new Worker()) {
      limiter.reserve();
      limiter.onResponse(answer(10, 9, 10, 10)); // ends at 10 s
      at(9_900);
      assertEquals(Duration.ZERO, late.run(limiter::reserve)); // the old window's last send
      at(10_000);
      assertEquals(Duration.ofMillis(900), limiter.reserve()); // the first of the new window
      at(10_950);
      limiter.onResponse(answer(10, 9, 10, 10));
      at(11_000);
      late.run(
          () -> {
            limiter.onResponse(answer(10, 0, 1, 10)); // its answer, read late
            return null;
          });

      assertEquals(Duration.ofMillis(900), limiter.reserve());
    }
  }

  @Test
  void withoutAPolicyItPacesByWhatIsLeftWhateverTheWindow() {
    // Compat headers, no policy: 600 is read as per 60 s (one send per 100 ms), but the reset
    // shows a 10 s window: what is left is spread over what is left of it.
    ClientRateLimiter limiter = ClientRateLimiter.serverPaced(nanos::get);
    limiter.reserve();
    limiter.onResponse(new RateLimitInfo(600, 599, Duration.ofSeconds(10)));

    List<Duration> waits = reserve(limiter, 3);

    for (int i = 0; i < 3; i++) {
      Duration gap = waits.get(i).minus(i == 0 ? Duration.ZERO : waits.get(i - 1));
      assertTrue(gap.compareTo(Duration.ofMillis(17)) < 0, waits.toString());
      assertTrue(gap.compareTo(Duration.ofMillis(16)) > 0, waits.toString());
    }
  }

  @Test
  void aServerThatRoundsItsResetDownIsCaughtOnceThenGivenASecondMore() {
    // 100 per 10 s; the server's windows run 0-10 s and 10.5-20.5 s; it rounds its reset down.
    ClientRateLimiter limiter = ClientRateLimiter.serverPaced(nanos::get);
    limiter.reserve();
    at(500);
    limiter.onResponse(answer(100, 99, 9, 10)); // 9.5 s left: "9", read as ending by 9.5 s
    at(8_000);
    limiter.reserve();
    limiter.onResponse(answer(100, 0, 2, 10));
    assertEquals(Duration.ofMillis(1_500), limiter.reserve()); // sent at 9.5 s: too early ...
    at(9_500);
    limiter.onResponse(answer(100, 0, 0, 10)); // ... a 429 (the importer waits it out)
    assertEquals(Duration.ofMillis(1_000), limiter.reserve()); // now a second more: 10.5 s
    at(10_500);
    limiter.onResponse(answer(100, 99, 10, 10)); // the new window
    at(19_000);
    limiter.reserve();
    limiter.onResponse(answer(100, 0, 1, 10)); // 1.5 s left: "1"

    Duration wait = limiter.reserve();

    assertTrue(wait.compareTo(Duration.ofMillis(1_500)) >= 0, "not before 20.5 s: " + wait);
  }
}
