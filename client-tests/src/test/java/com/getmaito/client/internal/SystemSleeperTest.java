package com.getmaito.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The real sleeper: no thread kept while idle, and close() cuts every wait short. */
class SystemSleeperTest {
  @Test
  void theSchedulerThreadTimesOutWhenIdleSoANeverClosedClientKeepsNoThread() throws Exception {
    SystemSleeper sleeper = new SystemSleeper(Duration.ofMillis(1));
    sleeper.sleepAsync(Duration.ofMillis(1)).get(5, TimeUnit.SECONDS);
    ScheduledThreadPoolExecutor scheduler = sleeper.schedulerIfStarted();
    assertNotNull(scheduler);
    assertTrue(scheduler.allowsCoreThreadTimeOut());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (scheduler.getPoolSize() > 0 && System.nanoTime() < deadline) {
      Thread.yield();
    }
    assertEquals(0, scheduler.getPoolSize(), "the idle scheduler thread ended");
    // And a later wait starts a thread again.
    sleeper.sleepAsync(Duration.ofMillis(1)).get(5, TimeUnit.SECONDS);
    sleeper.close();
  }

  @Test
  void theDefaultSchedulerAlsoTimesOut() throws Exception {
    SystemSleeper sleeper = new SystemSleeper();
    sleeper.sleepAsync(Duration.ofMillis(1)).get(5, TimeUnit.SECONDS);
    ScheduledThreadPoolExecutor scheduler = sleeper.schedulerIfStarted();
    assertNotNull(scheduler);
    assertTrue(scheduler.allowsCoreThreadTimeOut());
    assertEquals(
        SystemSleeper.DEFAULT_KEEP_ALIVE.toNanos(),
        scheduler.getKeepAliveTime(TimeUnit.NANOSECONDS));
    sleeper.close();
  }

  @Test
  void closeCutsASyncWaitShort() throws Exception {
    SystemSleeper sleeper = new SystemSleeper();
    Thread waiting =
        new Thread(
            () -> {
              try {
                sleeper.sleep(Duration.ofMinutes(10));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    waiting.start();
    sleeper.close();
    waiting.join(TimeUnit.SECONDS.toMillis(10));
    assertFalse(waiting.isAlive(), "the ten-minute wait ended when the sleeper closed");
  }
}
