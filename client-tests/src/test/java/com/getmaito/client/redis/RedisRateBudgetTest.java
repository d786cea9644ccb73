package com.getmaito.client.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.model.RateLimitInfo;
import com.getmaito.client.testing.TestRedis;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link RedisRateBudget} against a real Redis that the test starts: budgets of the same name (one
 * per process, in production) hand out one schedule of slots; what one learns from the server (a
 * lower limit, a spent window, a 429's wait) reaches the others; and when Redis is down or does not
 * answer, calls go on at the process's share within the timeout, then share again once Redis is
 * back.
 */
class RedisRateBudgetTest {
  private static TestRedis redis;
  private final List<RedisRateBudget> budgets = new ArrayList<>();

  @BeforeAll
  static void startRedis() {
    redis = TestRedis.start();
  }

  @AfterAll
  static void stopRedis() {
    redis.close();
  }

  @AfterEach
  void closeBudgets() {
    budgets.forEach(RedisRateBudget::close);
  }

  private RedisRateBudget budget(String name, int limit, Duration window, int processes) {
    return budget(redis.uri(), name, limit, window, processes);
  }

  private RedisRateBudget budget(
      String uri, String name, int limit, Duration window, int processes) {
    RedisRateBudget b =
        RedisRateBudget.builder()
            .uri(uri)
            .name(name)
            .limit(limit, window)
            .processes(processes)
            .timeout(Duration.ofMillis(300))
            .build();
    budgets.add(b);
    return b;
  }

  private static String uniqueName(String test) {
    return "maito:test:" + test + ":" + System.nanoTime();
  }

  @Test
  void budgetsOfOneNameShareOneScheduleOfSlots() {
    String name = uniqueName("share");
    RedisRateBudget a = budget(name, 1, Duration.ofSeconds(10), 2);
    RedisRateBudget b = budget(name, 1, Duration.ofSeconds(10), 2);
    RedisRateBudget other = budget(uniqueName("other"), 1, Duration.ofSeconds(10), 2);

    assertEquals(Duration.ZERO, a.reserve());
    Duration second = b.reserve();
    // One per 10 s plus 2%: the second slot is 10.2 s after the first, on Redis's clock.
    assertBetween(Duration.ofSeconds(9), Duration.ofMillis(10_200), second);
    Duration third = a.reserve();
    assertBetween(Duration.ofSeconds(19), Duration.ofMillis(20_400), third);
    assertEquals(Duration.ZERO, other.reserve(), "another name is another budget");
    assertTrue(a.isShared() && b.isShared());
  }

  @Test
  void aLowerLimitReportedToOneProcessSlowsTheOthers() {
    String name = uniqueName("lower");
    RedisRateBudget a = budget(name, 100, Duration.ofSeconds(1), 2);
    RedisRateBudget b = budget(name, 100, Duration.ofSeconds(1), 2);
    a.onResponse(new RateLimitInfo(1, 0 + 1, Duration.ofSeconds(10), Duration.ofSeconds(10)));
    assertEquals(Duration.ZERO, a.reserve());
    assertBetween(Duration.ofSeconds(9), Duration.ofMillis(10_200), b.reserve());
  }

  @Test
  void aWindowSpentForOneProcessPausesTheOthersUntilTheReset() {
    String name = uniqueName("spent");
    RedisRateBudget a = budget(name, 100, Duration.ofSeconds(1), 2);
    RedisRateBudget b = budget(name, 100, Duration.ofSeconds(1), 2);
    a.onResponse(new RateLimitInfo(100, 0, Duration.ofSeconds(5), Duration.ofSeconds(1)));
    assertBetween(Duration.ofSeconds(4), Duration.ofSeconds(5), b.reserve());
  }

  @Test
  void aRetryAfterSeenByOneProcessMakesTheOthersWait() {
    String name = uniqueName("retry-after");
    RedisRateBudget a = budget(name, 100, Duration.ofSeconds(1), 2);
    RedisRateBudget b = budget(name, 100, Duration.ofSeconds(1), 2);
    a.onRetryAfter(Duration.ofSeconds(7));
    assertBetween(Duration.ofSeconds(6), Duration.ofSeconds(7), b.reserve());
  }

  @Test
  void redisStoppedMidRunFallsBackToTheShareThenSharesAgainAfterARestart() throws Exception {
    String name = uniqueName("outage");
    // 4 per second over 4 processes: 255 ms apart shared, 1.02 s apart for each on its share.
    RedisRateBudget a = budget(name, 4, Duration.ofSeconds(1), 4);
    RedisRateBudget b = budget(name, 4, Duration.ofSeconds(1), 4);
    assertEquals(Duration.ZERO, a.reserve());
    assertTrue(b.reserve().toMillis() >= 150, "shared: b waits for a's slot");

    redis.stop();
    try {
      long start = System.nanoTime();
      Duration first = a.reserve();
      assertTrue(elapsedMillis(start) < 1_000, "a refused connection fails fast");
      assertFalse(a.isShared());
      assertTrue(first.toMillis() <= 1_020, "the local share, not a hang: " + first);
      Duration next = a.reserve();
      assertBetween(Duration.ofMillis(900), Duration.ofMillis(1_020), next.minus(first));
      for (int i = 0; i < 20; i++) {
        long t = System.nanoTime();
        a.reserve();
        b.reserve();
        assertTrue(elapsedMillis(t) < 600, "no call waits for Redis past its timeout");
      }
      assertFalse(b.isShared());
    } finally {
      redis.restart();
    }

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!a.isShared() || !b.isShared()) {
      assertTrue(System.nanoTime() < deadline, "sharing resumes within the probe interval");
      a.reserve();
      b.reserve();
      Thread.sleep(50);
    }
    // Shared again, on a restarted Redis (its scripts reloaded): b's slot follows a's.
    Duration x = a.reserve();
    Duration y = b.reserve();
    assertTrue(y.minus(x).toMillis() >= 150, "shared slots again: " + x + ", " + y);
  }

  @Test
  void aRedisThatNeverAnswersHoldsNoCallPastTheTimeout() throws Exception {
    try (ServerSocket blackHole = new ServerSocket(0)) {
      List<Socket> accepted = new ArrayList<>();
      Thread acceptor =
          new Thread(
              () -> {
                try {
                  while (true) {
                    accepted.add(blackHole.accept()); // accepts, never answers
                  }
                } catch (IOException closed) {
                  // the test is over
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();

      long built = System.nanoTime();
      RedisRateBudget b =
          budget(
              "redis://127.0.0.1:" + blackHole.getLocalPort(),
              "maito:test:black-hole",
              40,
              Duration.ofSeconds(1),
              4);
      assertTrue(elapsedMillis(built) < 2_000, "build waits at most about the timeout");
      for (int i = 0; i < 10; i++) {
        long t = System.nanoTime();
        Duration wait = b.reserve();
        assertTrue(elapsedMillis(t) < 1_000, "call " + i + " waited for Redis too long");
        // The local share: one slot every 102 ms, handed out back to back.
        assertTrue(wait.toMillis() <= 102 * (i + 1), "the local share: " + wait);
      }
      assertFalse(b.isShared());
      for (Socket s : accepted) {
        s.close();
      }
    }
  }

  @Test
  void buildNamesWhatIsMissingAndNeverShowsTheUri() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> RedisRateBudget.builder().name("x").build());
    assertEquals("uri, name and limit are required (missing: uri, limit)", e.getMessage());
    IllegalArgumentException bad =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                RedisRateBudget.builder()
                    .uri("http://:s3cret@host")
                    .name("x")
                    .limit(1, Duration.ofSeconds(1))
                    .build());
    assertFalse(bad.getMessage().contains("s3cret"));
    RedisRateBudget b =
        budget(
            "redis://:s3cret@127.0.0.1:" + redis.port(), "maito:x", 60, Duration.ofMinutes(1), 2);
    assertEquals("RedisRateBudget[name=maito:x, limit=60/PT1M, processes=2]", b.toString());
  }

  private static long elapsedMillis(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }

  private static void assertBetween(Duration low, Duration high, Duration actual) {
    assertTrue(
        actual.compareTo(low) >= 0 && actual.compareTo(high) <= 0,
        actual + " not within [" + low + ", " + high + "]");
  }
}
