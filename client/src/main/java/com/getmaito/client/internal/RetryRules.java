package com.getmaito.client.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** The client's retry rules, for the importer, which makes its own retries. Unsupported API. */
public final class RetryRules {
  private RetryRules() {}

  /** Whether a failure may be retried: 408, 429, 5xx gateway errors, network failures. */
  public static boolean isRetryable(Throwable t) {
    return RetryPolicy.isRetryable(t);
  }

  /** The wait the server asked for, or null when it named none. */
  public static @Nullable Duration serverWait(Throwable t) {
    return RetryPolicy.serverWait(t);
  }

  /** The jittered exponential backoff before retry number {@code attempt} (from 1). */
  public static Duration backoff(int attempt) {
    return RetryPolicy.backoff(attempt);
  }
}
