package com.getmaito.client.internal;

import com.getmaito.client.RateBudget;
import com.getmaito.client.model.RateLimitInfo;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
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
 * response has reported one; it also follows the server's current window from the answers to its
 * own sends (see {@link #serverPaced}).
 */
final class ClientRateLimiter implements RateBudget {
  /** The server's window when {@code RateLimit-Policy} does not say (the contract's default). */
  static final Duration DEFAULT_SERVER_WINDOW = Duration.ofSeconds(60);

  /** The longest pause a reset header can impose. */
  private static final long MAX_PAUSE_NANOS = Duration.ofHours(1).toNanos();

  /**
   * Added to every reported reset once the server was seen to end a window later than its {@code
   * RateLimit-Reset} said (it rounds down): whole seconds are off by less than this.
   */
  private static final long ROUNDING_SLACK_NANOS = Duration.ofSeconds(1).toNanos();

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

  /** Whether this limiter follows the server's window from the answers to its own sends. */
  private final boolean tracksWindow;

  /** The server's window in nanos, from the last reported policy (else the 60 s default). */
  private long serverWindow = DEFAULT_SERVER_WINDOW.toNanos();

  /**
   * Slots handed out and not answered yet, each under the thread that sends it and reads its answer
   * (a thread's next reservation ends an earlier one that got no answer). Weak: a worker thread
   * that ends takes its entry along.
   */
  private final Map<Thread, Long> inFlight = new WeakHashMap<>();

  /** Whether {@link #windowEnd} and {@link #budget} describe a window (once an answer has). */
  private boolean windowKnown;

  /** The current window ends no later than this: the least (received + reset) of its answers. */
  private long windowEnd;

  /** Sends the current window still allows (a low estimate: in-flight sends count as spent). */
  private long budget;

  /** Answers to sends slotted before this instant belong to an earlier window. */
  private long windowFrom = Long.MIN_VALUE;

  /** Added to reported resets: 0, or {@link #ROUNDING_SLACK_NANOS} once one proved too short. */
  private long resetSlack;

  /**
   * A limiter of {@code limit} requests per {@code window}, spread evenly: one every {@code window
   * / limit}.
   *
   * @throws IllegalArgumentException if {@code limit} is below 1 or {@code window} is not positive
   */
  ClientRateLimiter(int limit, Duration window, Supplier<Long> nanoTime) {
    this(intervalOf(checkLimit(limit), checkWindow(window)), nanoTime);
  }

  private ClientRateLimiter(long ownInterval, Supplier<Long> nanoTime, boolean tracksWindow) {
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime == null");
    this.ownInterval = ownInterval;
    this.interval = ownInterval;
    this.tracksWindow = tracksWindow;
  }

  private ClientRateLimiter(long ownInterval, Supplier<Long> nanoTime) {
    this(ownInterval, nanoTime, false);
  }

  /**
   * A limiter with no rate of its own: it lets every call through until a response reports the
   * server's rate, then paces at it, following it as it changes.
   *
   * <p>Each send must be made, and its answer read, on the thread that reserved its slot (as the
   * importer's workers do): the answers to its own sends then describe the server's current window.
   * Its end is the least (received + {@code RateLimit-Reset}) over them, since each answer's reset
   * counts from before it was received and whole seconds are rounded up (tight to about one send
   * interval, where one answer's reset can be almost a second long). What the window still allows
   * is its answers' least {@code Remaining} less the sends still in flight, less each slot handed
   * out since. Slots are spread over the time left, never further apart than the server's rate
   * (window / limit), so a slot taken late is made up within the window's own budget; once that is
   * spent, every slot waits for the window's end, then they go one interval apart until an answer
   * describes the new window. An answer to a send slotted after the end that still reports {@code
   * Remaining: 0} shows a server that rounds its reset down: a second is added to every reset from
   * then on. Answers to other calls (other threads) only pause at {@code Remaining: 0} until the
   * reset, as the client's own limiter does.
   */
  static ClientRateLimiter serverPaced(Supplier<Long> nanoTime) {
    return new ClientRateLimiter(0, nanoTime, true);
  }

  /** Reserves the next free slot and returns how long the caller must wait before sending. */
  @Override
  public Duration reserve() {
    long now = nanoTime.get();
    long at;
    synchronized (this) {
      if (windowKnown && now < windowEnd) {
        at = slotInWindow(now);
      } else {
        at = granted ? Math.max(now, saturatedAdd(lastSlot, interval)) : now;
      }
      at = Math.max(at, pausedUntil);
      if (windowKnown && at < windowEnd) {
        budget--;
      }
      if (tracksWindow) {
        inFlight.put(Thread.currentThread(), at);
      }
      lastSlot = at;
      granted = true;
    }
    return Duration.ofNanos(at - now);
  }

  /**
   * The next slot while the current window lasts: what it allows spread over the time it has left
   * (never further apart than the interval), or its end once that is spent.
   */
  private long slotInWindow(long now) {
    if (budget <= 0) {
      return granted ? Math.max(windowEnd, saturatedAdd(lastSlot, interval)) : windowEnd;
    }
    if (!granted) {
      return now;
    }
    // budget + 1 gaps: the last slot the window allows still falls before its end.
    long spread = Math.max(0, windowEnd - lastSlot) / (budget + 1);
    return Math.max(now, saturatedAdd(lastSlot, Math.min(interval, spread)));
  }

  /** Adapts to what the server reported; null (no rate-limit headers) changes nothing. */
  @Override
  public void onResponse(@Nullable RateLimitInfo info) {
    if (info == null) {
      return;
    }
    long now = nanoTime.get();
    Integer limit = info.limit();
    Duration window = info.window() != null ? info.window() : DEFAULT_SERVER_WINDOW;
    Integer remaining = info.remaining();
    Duration reset = info.reset();
    synchronized (this) {
      if (limit != null && limit >= 1 && !window.isNegative() && !window.isZero()) {
        // The next slot is the last one plus the new interval: changing the pace makes no burst.
        interval = Math.max(ownInterval, intervalOf(limit, window));
        serverWindow = saturatedNanos(window);
      }
      Long sentAt = tracksWindow ? inFlight.remove(Thread.currentThread()) : null;
      if (sentAt != null && interval > 0 && remaining != null && reset != null) {
        follow(sentAt, now, remaining, reset);
        return;
      }
    }
    if (remaining != null && remaining <= 0 && reset != null) {
      pause(reset);
    }
  }

  /**
   * Follows the server's window from the answer to a send of this limiter slotted at {@code sentAt}
   * and read at {@code now}; caller holds the lock.
   */
  private void follow(long sentAt, long now, int remaining, Duration reset) {
    if (sentAt < windowFrom) {
      return; // a late answer from a window already over: it says nothing of the current one
    }
    long end = saturatedAdd(now, Math.min(saturatedNanos(reset), MAX_PAUSE_NANOS));
    if (windowKnown && sentAt < windowEnd) {
      windowEnd = Math.min(windowEnd, saturatedAdd(end, resetSlack));
      budget = Math.min(budget, (long) remaining - inFlight.size());
      return;
    }
    if (windowKnown && remaining <= 0 && end < saturatedAdd(windowEnd, serverWindow / 2)) {
      // Sent after the end we worked out, yet the same window still had nothing left: the server
      // rounds its reset down (or is late). Whole seconds err by less than a second.
      resetSlack = ROUNDING_SLACK_NANOS;
    }
    long twoWindowsBack = windowFrom;
    // A send two windows back with no answer yet got none (its thread has not reserved again).
    inFlight.values().removeIf(slot -> slot < twoWindowsBack);
    windowFrom = windowKnown ? windowEnd : Long.MIN_VALUE;
    windowKnown = true;
    windowEnd = saturatedAdd(end, resetSlack);
    budget = (long) remaining - inFlight.size();
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
