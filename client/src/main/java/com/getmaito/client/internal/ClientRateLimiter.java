package com.getmaito.client.internal;

import com.getmaito.client.RateBudget;
import com.getmaito.client.model.RateLimitInfo;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The client-side limiter, shared by every thread and the async API: a "next free slot" scheduler
 * that hands out one send time per {@code interval} on the injected clock, so no burst can overrun
 * a server window, however long the queue of waiting callers grows.
 *
 * <p>It adapts to the server by comparing rates: {@code RateLimit-Limit} counts requests per the
 * server's window ({@code RateLimit-Policy: 120;w=60}, else 60 s), and the pace is the slower of
 * the configured rate and the server's last reported one; {@code RateLimit-Remaining: 0} holds
 * every caller until the reported reset, after which they go one interval apart. A {@link
 * #serverPaced server-paced} limiter has no rate of its own and paces at the server's rate once a
 * response has reported one.
 */
final class ClientRateLimiter implements RateBudget {
  /** The server's window when {@code RateLimit-Policy} does not say (the contract's default). */
  static final Duration DEFAULT_SERVER_WINDOW = Duration.ofSeconds(60);

  /** The longest pause a reset header can impose. */
  private static final long MAX_PAUSE_NANOS = Duration.ofHours(1).toNanos();

  private final Supplier<Long> nanoTime;

  /** The configured interval between sends, in nanos; 0 when server-paced. */
  private final long ownInterval;

  /** The interval in force: the longer of the own one and the server's last reported. */
  private long interval;

  /** Whether a slot was handed out yet; before that, {@link #lastSlot} means nothing. */
  private boolean granted;

  /** The send time handed out last, on {@link #nanoTime}. */
  private long lastSlot;

  /** No slot before this instant (a {@code Remaining: 0} pause), on {@link #nanoTime}. */
  private long pausedUntil = Long.MIN_VALUE;

  /**
   * A limiter of {@code limit} requests per {@code window}, spread evenly: one every {@code window
   * / limit}.
   *
   * @throws IllegalArgumentException if {@code limit} is below 1 or {@code window} is not positive
   */
  ClientRateLimiter(int limit, Duration window, Supplier<Long> nanoTime) {
    this(intervalOf(checkLimit(limit), checkWindow(window)), nanoTime);
  }

  private ClientRateLimiter(long ownInterval, Supplier<Long> nanoTime) {
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime == null");
    this.ownInterval = ownInterval;
    this.interval = ownInterval;
  }

  /**
   * A limiter with no rate of its own: it lets every call through until a response reports the
   * server's rate, then paces at it, following it as it changes, and pauses at {@code Remaining: 0}
   * until the reset.
   */
  static ClientRateLimiter serverPaced(Supplier<Long> nanoTime) {
    return new ClientRateLimiter(0, nanoTime);
  }

  /** Reserves the next free slot and returns how long the caller must wait before sending. */
  @Override
  public Duration reserve() {
    long now = nanoTime.get();
    long at;
    synchronized (this) {
      at = now;
      if (granted) {
        at = Math.max(at, saturatedAdd(lastSlot, interval));
      }
      at = Math.max(at, pausedUntil);
      lastSlot = at;
      granted = true;
    }
    return Duration.ofNanos(at - now);
  }

  /** Adapts to what the server reported; null (no rate-limit headers) changes nothing. */
  @Override
  public void onResponse(@Nullable RateLimitInfo info) {
    if (info == null) {
      return;
    }
    Integer limit = info.limit();
    Duration window = info.window() != null ? info.window() : DEFAULT_SERVER_WINDOW;
    if (limit != null && limit >= 1 && !window.isNegative() && !window.isZero()) {
      long serverInterval = intervalOf(limit, window);
      synchronized (this) {
        // The next slot is the last one plus the new interval: changing the pace makes no burst.
        interval = Math.max(ownInterval, serverInterval);
      }
    }
    Integer remaining = info.remaining();
    Duration reset = info.reset();
    if (remaining != null && remaining <= 0 && reset != null) {
      pause(reset);
    }
  }

  /** Holds every slot until {@code wait} from now (capped at an hour); a shorter pause is kept. */
  void pause(Duration wait) {
    long pause = Math.min(Math.max(0, saturatedNanos(wait)), MAX_PAUSE_NANOS);
    long until = saturatedAdd(nanoTime.get(), pause);
    synchronized (this) {
      // Callers that reserve during the pause get successive slots after it, not one instant.
      pausedUntil = Math.max(pausedUntil, until);
    }
  }

  /** The interval in force, in nanos (0: unlimited); for tests and diagnostics. */
  synchronized long intervalNanos() {
    return interval;
  }

  private static long intervalOf(int limit, Duration window) {
    return Math.max(1, saturatedNanos(window) / limit);
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? (a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : sum;
  }

  private static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException tooLong) {
      return Long.MAX_VALUE;
    }
  }

  private static int checkLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("rate limit must be 1 or more (was " + limit + ")");
    }
    return limit;
  }

  private static Duration checkWindow(Duration window) {
    if (window.isZero() || window.isNegative()) {
      throw new IllegalArgumentException("rate-limit window must be positive (was " + window + ")");
    }
    return window;
  }
}
