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
  /** The longest pause a reset header can impose; the limiter's own timeout is a day. */
  private static final Duration MAX_PAUSE = Duration.ofHours(1);

  private final Duration window;
  private final Supplier<Long> nanoTime;
  private final AtomicLong pausedUntil;
  private volatile AtomicRateLimiter limiter;
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

  private AtomicRateLimiter create(int limit) {
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

  /** Adapts to what the server reported. */
  public void onResponse(@Nullable RateLimitInfo info) {
    if (info == null) {
      return;
    }
    Integer reported = info.limit();
    if (reported != null && reported >= 1 && reported < limit) {
      synchronized (this) {
        if (reported < limit) {
          AtomicRateLimiter old = limiter;
          long oldInterval = interval(limit);
          long newInterval = interval(reported);
          AtomicRateLimiter slower = create(reported);
          // A fresh limiter would grant a permit at once: keep the new pace from the last permit
          // the old one granted (oldNext - oldInterval), so adapting never makes a burst.
          long lastGranted = nanosToWait(old) - oldInterval;
          pushNextPermit(slower, lastGranted + newInterval, newInterval);
          limit = reported;
          limiter = slower;
        }
      }
    }
    if (info.remaining() != null && info.remaining() <= 0 && info.reset() != null) {
      long reset = Math.min(info.reset().toNanos(), MAX_PAUSE.toNanos());
      long until = nanoTime.get() + reset;
      synchronized (this) {
        if (until > pausedUntil.get()) {
          pausedUntil.set(until);
          // Move the limiter's schedule past the reset, so callers that reserve during the pause
          // get successive slots after it instead of all starting at the same instant.
          pushNextPermit(limiter, reset, interval(limit));
        }
      }
    }
  }

  private long interval(int limit) {
    return Math.max(1, window.toNanos() / limit);
  }

  private static long nanosToWait(AtomicRateLimiter limiter) {
    return Math.max(0, limiter.getDetailedMetrics().getNanosToWait());
  }

  /** Reserves the permits before {@code targetNanos} from now, so the next one is no sooner. */
  private static void pushNextPermit(AtomicRateLimiter limiter, long targetNanos, long interval) {
    long next = nanosToWait(limiter);
    if (targetNanos <= next) {
      return;
    }
    long permits = (targetNanos - next + interval - 1) / interval;
    limiter.reservePermission((int) Math.min(permits, Integer.MAX_VALUE));
  }
}
