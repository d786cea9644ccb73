package com.getmaito.client.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.testing.Bucket4jBudget;
import com.getmaito.client.testing.TestRedis;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Bucket4j-backed budget that {@code flows.BucketComparison} measures against the SDK's script
 * is correct, so the comparison compares two working budgets: budgets of one name hand out one
 * schedule of slots {@code window / limit} (plus 2%) apart, a 429's wait holds every process's
 * slots, and a budget of another name is apart. Correctness only: the slots are an hour apart, so
 * no assertion depends on how fast the machine is.
 */
class Bucket4jBudgetTest {
  private static final Duration WINDOW = Duration.ofHours(1);
  private static final Duration INTERVAL = Duration.ofSeconds(3600 * 102 / 100);

  private static TestRedis redis;

  @BeforeAll
  static void startRedis() {
    redis = TestRedis.start();
  }

  @AfterAll
  static void stopRedis() {
    redis.close();
  }

  @Test
  void budgetsOfOneNameShareOneScheduleOfSlotsWithTheScriptsSpacing() {
    String name = "maito:test:bucket4j:" + System.nanoTime();
    try (Bucket4jBudget a = Bucket4jBudget.open(redis.uri(), name, 1, WINDOW, 2);
        Bucket4jBudget b = Bucket4jBudget.open(redis.uri(), name, 1, WINDOW, 2);
        Bucket4jBudget other = Bucket4jBudget.open(redis.uri(), name + ":other", 1, WINDOW, 2)) {
      assertEquals(Duration.ZERO, a.reserve());
      assertNear(INTERVAL, b.reserve());
      assertNear(INTERVAL.multipliedBy(2), a.reserve());
      assertEquals(Duration.ZERO, other.reserve());
      assertTrue(a.isShared() && b.isShared() && other.isShared());
    }
  }

  @Test
  void aRetryAfterSeenByOneHoldsTheOthersSlots() {
    String name = "maito:test:bucket4j:pause:" + System.nanoTime();
    try (Bucket4jBudget a = Bucket4jBudget.open(redis.uri(), name, 1, WINDOW, 2);
        Bucket4jBudget b = Bucket4jBudget.open(redis.uri(), name, 1, WINDOW, 2)) {
      a.onRetryAfter(Duration.ofMinutes(50));
      // At least the pause: 50 minutes hold the one slot of 61.2 min, and b takes the next.
      Duration wait = b.reserve();
      assertTrue(wait.compareTo(Duration.ofMinutes(50)) >= 0, wait.toString());
      assertNear(INTERVAL, wait);
    }
  }

  /** Within a minute below {@code expected}: the time the calls themselves took. */
  private static void assertNear(Duration expected, Duration actual) {
    assertTrue(
        actual.compareTo(expected.minusMinutes(1)) >= 0 && actual.compareTo(expected) <= 0,
        actual + " not within a minute below " + expected);
  }
}
