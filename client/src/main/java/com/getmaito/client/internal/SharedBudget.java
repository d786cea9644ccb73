package com.getmaito.client.internal;

import com.getmaito.client.RateBudget;
import com.getmaito.client.model.RateLimitInfo;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rate budget shared through a {@link SharedStore}, with a local fallback: one slot schedule for
 * every process that names the same store, spaced {@code window / limit} apart plus {@link
 * #SLACK_PERCENT}% (so that jitter between processes cannot put one request too many into a server
 * window), slowed to the server's reported rate and paused by its {@code Remaining: 0} and {@code
 * Retry-After} for every process.
 *
 * <p>When the store fails or does not answer within its timeout, the process goes on under a local
 * limiter of its share ({@code limit / processes} per window, same slack), logs one warning for the
 * outage rather than one per call, and retries the store once per {@code probeInterval}; the first
 * success resumes sharing and logs it. Unsupported API.
 */
public final class SharedBudget implements RateBudget {
  /**
   * Extra spacing of slots, in percent: 60 per 10 s are handed out 10.2 s / 60 apart. A server
   * window opens with its first request, so a request that reaches the server late (a slow thread
   * wake-up, a GC pause) shifts the window; the slack absorbs up to 2% of the window of such delay.
   */
  public static final int SLACK_PERCENT = 2;

  /** The longest pause a header can impose on every process, as for the local limiter. */
  private static final long MAX_PAUSE_MICROS = Duration.ofHours(1).toNanos() / 1000;

  private static final Logger LOG = LoggerFactory.getLogger("com.getmaito.client.RateBudget");

  private final SharedStore store;
  private final String name;
  private final long ownIntervalMicros;
  private final ClientRateLimiter fallback;
  private final Supplier<Long> nanoTime;
  private final long probeIntervalNanos;
  private final AtomicBoolean degraded = new AtomicBoolean();
  private final AtomicLong nextProbe = new AtomicLong();
  private final AtomicLong outages = new AtomicLong();
  private volatile long serverIntervalMicros;

  /**
   * A budget of {@code limit} requests per {@code window} for all processes that share {@code
   * store}.
   *
   * @param store the shared state
   * @param name the budget's name, for log messages
   * @param limit requests per window, 1 or more
   * @param window positive
   * @param processes how many processes share the budget: each one's fallback is this share of it
   * @param probeInterval how often a process in fallback tries the store again
   * @param nanoTime the local monotonic clock (the fallback's and the probe's)
   */
  public SharedBudget(
      SharedStore store,
      String name,
      int limit,
      Duration window,
      int processes,
      Duration probeInterval,
      Supplier<Long> nanoTime) {
    this.store = Objects.requireNonNull(store, "store == null");
    this.name = Objects.requireNonNull(name, "name == null");
    this.ownIntervalMicros = intervalMicros(limit, window);
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime == null");
    this.probeIntervalNanos = probeInterval.toNanos();
    // The share as a rate: limit / processes per window is limit per (window * processes).
    this.fallback =
        new ClientRateLimiter(limit, withSlack(window.multipliedBy(processes)), nanoTime);
  }

  /** {@code window / limit}, plus the slack, in microseconds; at least 1. */
  static long intervalMicros(int limit, Duration window) {
    return Math.max(1, ceilDiv(withSlack(window).toNanos(), 1000L * limit));
  }

  private static Duration withSlack(Duration window) {
    return window.plus(window.multipliedBy(SLACK_PERCENT).dividedBy(100));
  }

  @Override
  public Duration reserve() {
    if (sharing()) {
      try {
        long micros = store.reserve(ownIntervalMicros, serverIntervalMicros);
        resumed();
        return Duration.ofNanos(Math.max(0, micros) * 1000);
      } catch (RuntimeException e) {
        failed(e);
      }
    }
    return fallback.reserve();
  }

  @Override
  public void onResponse(RateLimitInfo info) {
    fallback.onResponse(info);
    Integer limit = info.limit();
    Duration window =
        info.window() != null ? info.window() : ClientRateLimiter.DEFAULT_SERVER_WINDOW;
    if (limit != null && limit >= 1 && !window.isNegative() && !window.isZero()) {
      // Sent along with the next reservation, which stores it for the processes that saw none.
      serverIntervalMicros = intervalMicros(limit, window);
    }
    Integer remaining = info.remaining();
    Duration reset = info.reset();
    if (remaining != null && remaining <= 0 && reset != null) {
      pauseShared(reset);
    }
  }

  @Override
  public void onRetryAfter(Duration retryAfter) {
    fallback.pause(retryAfter);
    pauseShared(retryAfter);
  }

  private void pauseShared(Duration wait) {
    if (!sharing()) {
      return;
    }
    try {
      store.pause(Math.min(Math.max(0, wait.toNanos() / 1000), MAX_PAUSE_MICROS));
      resumed();
    } catch (RuntimeException e) {
      failed(e);
    }
  }

  /** Whether to use the store now: always while it works, else one caller per probe interval. */
  private boolean sharing() {
    if (!degraded.get()) {
      return true;
    }
    long now = nanoTime.get();
    long next = nextProbe.get();
    return now - next >= 0 && nextProbe.compareAndSet(next, now + probeIntervalNanos);
  }

  private void failed(RuntimeException e) {
    nextProbe.set(nanoTime.get() + probeIntervalNanos);
    if (degraded.compareAndSet(false, true)) {
      outages.incrementAndGet();
      LOG.warn(
          "Rate budget '{}': the shared store failed ({}); going on under this process's share"
              + " until it answers again",
          name,
          describe(e));
    }
  }

  private void resumed() {
    if (degraded.get() && degraded.compareAndSet(true, false)) {
      LOG.info("Rate budget '{}': the shared store answers again; sharing resumed", name);
    }
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  /** Whether the budget is on its local fallback now. */
  public boolean degraded() {
    return degraded.get();
  }

  /** How many outages (fallback episodes, each warned once) the budget has been through. */
  public long outages() {
    return outages.get();
  }

  /** The interval of slots this budget asks for, in microseconds, before any server report. */
  public long ownIntervalMicros() {
    return ownIntervalMicros;
  }

  /** The server's interval from the latest headers, in microseconds; 0 before any. */
  long serverIntervalMicros() {
    return serverIntervalMicros;
  }

  /** The fallback's interval in force, in nanos; for tests. */
  long fallbackIntervalNanos() {
    return fallback.intervalNanos();
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }

  @Override
  public String toString() {
    return "SharedBudget[" + name + (degraded.get() ? ", on local fallback" : "") + "]";
  }
}
