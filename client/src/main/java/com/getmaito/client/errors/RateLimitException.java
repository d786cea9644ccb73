package com.getmaito.client.errors;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * 429 ({@code RATE_LIMITED}): the key's budget is spent. Retried after the server's wait before it
 * reaches the caller, unless retries are exhausted or the wait is longer than the client's {@code
 * maxRetryWait}; {@link #retryAfter()} says how long to wait before trying again.
 */
public class RateLimitException extends MaitoApiException {
  public RateLimitException(ErrorResponse error, int attempts) {
    super(error, attempts);
  }

  /**
   * How long the server asked to wait: {@code Retry-After}, else the rate-limit reset header; null
   * when it gave neither.
   */
  public @Nullable Duration retryAfter() {
    if (retryAfterHeader() != null) {
      return retryAfterHeader();
    }
    return rateLimit() != null ? rateLimit().reset() : null;
  }
}
