package com.getmaito.client.model;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The key's rate-limit budget as the server reported it in {@code RateLimit-*} (or compat {@code
 * X-RateLimit-*}) headers. A field is null when its header was absent.
 *
 * @param limit requests allowed per window
 * @param remaining requests left in the current window
 * @param reset time until the window resets
 * @param window how long the server's window is, from {@code RateLimit-Policy:
 *     <limit>;w=<seconds>}; null when the server sent no policy, which the contract reads as 60
 *     seconds
 */
public record RateLimitInfo(
    @Nullable Integer limit,
    @Nullable Integer remaining,
    @Nullable Duration reset,
    @Nullable Duration window) {

  /**
   * A budget without a window (no {@code RateLimit-Policy}).
   *
   * @param limit requests allowed per window
   * @param remaining requests left in the current window
   * @param reset time until the window resets
   */
  public RateLimitInfo(
      @Nullable Integer limit, @Nullable Integer remaining, @Nullable Duration reset) {
    this(limit, remaining, reset, null);
  }
}
