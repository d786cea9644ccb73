package com.getmaito.client;

/** Told of each retry before the client waits for it; called on the thread that retries. */
@FunctionalInterface
public interface RetryListener {
  void onRetry(RetryEvent event);
}
