package com.getmaito.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Waits between retries and for the client-side rate limiter. The default really waits; tests
 * inject one that records the waits and advances a fake clock instead.
 */
public interface Sleeper {
  /**
   * Blocks the calling thread for {@code duration} (sync calls).
   *
   * @param duration how long to wait
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Waits for {@code duration} without blocking a thread (async calls).
   *
   * @param duration how long to wait
   * @return a future that completes when the wait is over
   */
  CompletableFuture<Void> sleepAsync(Duration duration);
}
