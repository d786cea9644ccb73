package com.getmaito.client;

/** Told of each retry before the client waits for it; called on the thread that retries. */
@FunctionalInterface
public interface RetryListener {
  /**
   * Called once per retry, before the client waits for it.
   *
   * @param event the attempt that failed, why, and the wait before the next
   */
  void onRetry(RetryEvent event);
}
