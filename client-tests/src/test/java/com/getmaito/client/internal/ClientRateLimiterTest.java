package com.getmaito.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.model.RateLimitInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** {@link ClientRateLimiter} on a fake nano clock: slots, adapting by rate, pauses, server pace. */
class ClientRateLimiterTest {
  /** Any start value: nanoTime has no epoch, and may be negative. */
  private final AtomicLong nanos = new AtomicLong(-5_000_000_000L);

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
}
