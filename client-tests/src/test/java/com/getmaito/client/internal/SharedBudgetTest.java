package com.getmaito.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.model.RateLimitInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The shared budget's own logic over a fake store and a fake clock: slot spacing with its slack,
 * the server's rate and pauses passed to the store, and the fallback to the process's share when
 * the store fails (one warning per outage, one probe per interval, sharing resumed on success).
 */
class SharedBudgetTest {
  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

  /** Records what it is asked; answers {@link #wait} or throws while {@link #down}. */
  private static final class FakeStore implements SharedStore {
    final List<long[]> reserves = new ArrayList<>();
    final List<Long> pauses = new ArrayList<>();
    boolean down;
    long wait;

    @Override
    public long reserve(long own, long server) {
      reserves.add(new long[] {own, server});
      if (down) {
        throw new IllegalStateException("Redis is down");
      }
      return wait;
    }

    @Override
    public void pause(long micros) {
      pauses.add(micros);
      if (down) {
        throw new IllegalStateException("Redis is down");
      }
    }

    @Override
    public void close() {}
  }

  private final FakeStore store = new FakeStore();

  private SharedBudget budget(int limit, Duration window, int processes) {
    return new SharedBudget(
        store, "test", limit, window, processes, Duration.ofSeconds(1), nanos::get);
  }

  @Test
  void slotsAreSpacedOneWindowOverTheLimitPlusTwoPercent() {
    // 60 per 10 s: 10.2 s / 60.
    assertEquals(170_000, budget(60, Duration.ofSeconds(10), 4).ownIntervalMicros());
    assertEquals(510_000, budget(120, Duration.ofMinutes(1), 1).ownIntervalMicros());
    assertEquals(145_715, budget(7, Duration.ofSeconds(1), 1).ownIntervalMicros(), "rounded up");
  }

  @Test
  void theStoresWaitIsTheCallersWait() {
    SharedBudget budget = budget(60, Duration.ofSeconds(10), 4);
    store.wait = 123_456;
    assertEquals(Duration.ofNanos(123_456_000), budget.reserve());
    assertEquals(170_000, store.reserves.get(0)[0]);
    assertEquals(0, store.reserves.get(0)[1], "no server rate seen yet");
  }

  @Test
  void theServersReportedRateTravelsWithTheNextReservation() {
    SharedBudget budget = budget(60, Duration.ofSeconds(10), 4);
    budget.onResponse(new RateLimitInfo(30, 29, Duration.ofSeconds(10), Duration.ofSeconds(10)));
    budget.reserve();
    assertEquals(340_000, store.reserves.get(0)[1], "10.2 s / 30, so the store keeps it for all");
    assertEquals(List.of(), store.pauses, "budget not spent: nothing to pause");
  }

  @Test
  void aSpentWindowPausesEveryProcessUntilTheReset() {
    SharedBudget budget = budget(60, Duration.ofSeconds(10), 4);
    budget.onResponse(new RateLimitInfo(60, 0, Duration.ofSeconds(3), Duration.ofSeconds(10)));
    assertEquals(List.of(3_000_000L), store.pauses);
  }

  @Test
  void aRetryAfterPausesTheStoreAndTheLocalShare() {
    SharedBudget budget = budget(60, Duration.ofSeconds(10), 4);
    budget.onRetryAfter(Duration.ofSeconds(7));
    assertEquals(List.of(7_000_000L), store.pauses);
    store.down = true;
    assertEquals(Duration.ofSeconds(7), budget.reserve(), "the fallback waits it out too");
  }

  @Test
  void aPauseForEveryProcessIsAtMostAnHour() {
    budget(60, Duration.ofSeconds(10), 4).onRetryAfter(Duration.ofDays(2));
    assertEquals(List.of(3_600_000_000L), store.pauses, "as the local limiter's");
  }

  @Test
  void aFailingStoreFallsBackToTheProcessShareWithOneWarningAndOneProbePerInterval() {
    SharedBudget budget = budget(60, Duration.ofSeconds(10), 4);
    store.down = true;
    // 60 per 10 s over 4 processes: 15 per 10 s each, plus the slack: 680 ms apart.
    assertEquals(Duration.ZERO, budget.reserve());
    assertEquals(Duration.ofMillis(680), budget.reserve());
    for (int i = 0; i < 50; i++) {
      budget.reserve();
    }
    budget.onResponse(new RateLimitInfo(60, 0, Duration.ofSeconds(3), Duration.ofSeconds(10)));
    assertTrue(budget.degraded());
    assertEquals(1, store.reserves.size(), "no store call until the probe interval has passed");
    assertEquals(List.of(), store.pauses);
    assertEquals(1, budget.outages(), "one warning for the outage, not one per call");

    nanos.addAndGet(Duration.ofSeconds(1).toNanos());
    budget.reserve();
    budget.reserve();
    assertEquals(2, store.reserves.size(), "one probe per interval, the other callers stay local");
    assertEquals(1, budget.outages(), "the same outage");

    store.down = false;
    nanos.addAndGet(Duration.ofSeconds(1).toNanos());
    store.wait = 5;
    assertEquals(Duration.ofNanos(5_000), budget.reserve());
    assertFalse(budget.degraded(), "sharing resumed");
    budget.reserve();
    assertEquals(4, store.reserves.size(), "every call shares again");

    store.down = true;
    budget.reserve();
    assertEquals(2, budget.outages(), "a new outage warns again");
  }

  @Test
  void theFallbackFollowsALowerServerRate() {
    SharedBudget budget = budget(60, Duration.ofSeconds(10), 4);
    budget.onResponse(new RateLimitInfo(6, 5, Duration.ofSeconds(10), Duration.ofSeconds(10)));
    assertEquals(Duration.ofSeconds(10).toNanos() / 6, budget.fallbackIntervalNanos());
  }
}
