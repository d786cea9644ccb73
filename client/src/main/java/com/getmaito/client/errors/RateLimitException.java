package com.getmaito.client.errors;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * 429 ({@code RATE_LIMITED}): the key's budget is spent. Retried after the server's wait before it
 * reaches the caller, unless retries are exhausted or the wait is longer than the client's {@code
 * maxRetryWait}; {@link #retryAfter()} says how long to wait before trying again.
 */
public class RateLimitException extends MaitoApiException {
  /**
   * Creates the exception for an error response; the SDK throws these, tests may create them.
   *
   * @param error what the SDK read from the response
   * @param attempts how many HTTP attempts the call made
   */
  public RateLimitException(ErrorResponse error, int attempts) {
    super(error, attempts);
  }

  /**
   * Returns how long the server asked to wait: {@code Retry-After}, else the rate-limit reset
   * header.
   *
   * @return the wait, or null when the server gave neither
   */
  public @Nullable Duration retryAfter() {
    if (retryAfterHeader() != null) {
      return retryAfterHeader();
    }
    return rateLimit() != null ? rateLimit().reset() : null;
  }
}
