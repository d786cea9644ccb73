package com.getmaito.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Each key's request budget: {@code limit} requests per fixed window that starts with the key's
 * first request after the previous window ended; and the {@code RateLimit-*} headers that describe
 * it, {@code RateLimit-Policy: <limit>;w=<window seconds>} included (a window under a second, or
 * not whole seconds, is rounded up). A key's window lives in its {@link KeyRow}, guarded by the
 * store's lock.
 */
final class RateBudget {
  private final Store store;
  private final int limit;
  private final Duration window;

  RateBudget(Store store, int limit, Duration window) {
    this.store = store;
    this.limit = limit;
    this.window = window;
  }

  /**
   * Spends one request of the key's budget; caller holds the lock.
   *
   * @throws ApiError 429 with {@code Retry-After} if the window's budget is spent
   */
  void spend(KeyRow key, Instant now) {
    if (key.windowStart == null || !now.isBefore(key.windowStart.plus(window))) {
      key.windowStart = now;
      key.windowCount = 0;
    }
    if (key.windowCount >= limit) {
      Duration wait = Duration.between(now, key.windowStart.plus(window));
      throw new ApiError(429, "RATE_LIMITED", "Rate limit exceeded; retry later.")
          .header("Retry-After", String.valueOf(Math.max(1, ceilSeconds(wait))));
    }
    key.windowCount++;
  }

  /** The rate-limit headers for {@code key} (null: a request without a valid key). */
  Map<String, String> headers(KeyRow key, Instant now) {
    long remaining = limit;
    long reset = ceilSeconds(window);
    synchronized (store.lock) {
      if (key != null && key.windowStart != null) {
        Instant end = key.windowStart.plus(window);
        if (now.isBefore(end)) {
          remaining = Math.max(0, limit - key.windowCount);
          reset = ceilSeconds(Duration.between(now, end));
        }
      }
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("RateLimit-Limit", String.valueOf(limit));
    headers.put("RateLimit-Remaining", String.valueOf(remaining));
    headers.put("RateLimit-Reset", String.valueOf(Math.max(0, reset)));
    headers.put("RateLimit-Policy", limit + ";w=" + Math.max(1, ceilSeconds(window)));
    return headers;
  }

  /** The budget in requests per minute, as an API key's {@code rateLimit} shows it. */
  long perMinute() {
    return Math.round(limit * 60_000.0 / window.toMillis());
  }

  /** Whole seconds, rounded up; 0 for a zero or negative duration. */
  static long ceilSeconds(Duration duration) {
    long millis = duration.toMillis();
    return millis <= 0 ? 0 : (millis + 999) / 1000;
  }
}
