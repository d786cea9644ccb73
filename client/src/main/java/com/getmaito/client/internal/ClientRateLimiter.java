package com.getmaito.client.internal;

import com.getmaito.client.model.RateLimitInfo;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The client-side limiter, shared by every thread and the async API: a Resilience4j {@link
 * RateLimiter} that spreads {@code limit} requests evenly over each {@code window} (one permit per
 * {@code window / limit}, so no burst can overrun a server window). It adapts to the server: a
 * lower {@code RateLimit-Limit} lowers the pace, and {@code RateLimit-Remaining: 0} pauses every
 * caller until the reported reset.
 */
public final class ClientRateLimiter {
  private final Duration window;
  private final Supplier<Long> nanoTime;
  private final AtomicLong pausedUntil;
  private volatile RateLimiter limiter;
  private volatile int limit;

  public ClientRateLimiter(int limit, Duration window, Supplier<Long> nanoTime) {
    if (limit < 1) {
      throw new IllegalArgumentException("rate limit must be 1 or more (was " + limit + ")");
    }
    if (window.isZero() || window.isNegative()) {
      throw new IllegalArgumentException("rate-limit window must be positive (was " + window + ")");
    }
    this.window = window;
    this.nanoTime = nanoTime;
    this.pausedUntil = new AtomicLong(nanoTime.get());
    this.limit = limit;
    this.limiter = create(limit);
  }

  private RateLimiter create(int limit) {
    RateLimiterConfig config =
        RateLimiterConfig.custom()
            .limitForPeriod(1)
            .limitRefreshPeriod(window.dividedBy(limit))
            .timeoutDuration(Duration.ofDays(1))
            .build();
    return new AtomicRateLimiter("maito-client", config, nanoTime);
  }

  /** Reserves a permit and returns how long the caller must wait before sending. */
  public Duration reserve() {
    long wait = Math.max(0, limiter.reservePermission());
    long pause = pausedUntil.get() - nanoTime.get();
    return Duration.ofNanos(Math.max(wait, pause));
  }

  /** The requests per window the limiter currently allows. */
  public int limit() {
    return limit;
  }

  /** Adapts to what the server reported. */
  public void onResponse(@Nullable RateLimitInfo info) {
    if (info == null) {
      return;
    }
    Integer reported = info.limit();
    if (reported != null && reported >= 1 && reported < limit) {
      synchronized (this) {
        if (reported < limit) {
          limit = reported;
          limiter = create(reported);
        }
      }
    }
    if (info.remaining() != null && info.remaining() <= 0 && info.reset() != null) {
      long until = nanoTime.get() + info.reset().toNanos();
      pausedUntil.accumulateAndGet(until, Math::max);
    }
  }
}
