package com.getmaito.emulator;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Random;

/**
 * Fault injection for one {@link MaitoEmulator}; thread-safe.
 *
 * <p>Scripted faults apply to the next requests in arrival order, authenticated or not, each to
 * {@code times} requests, in the order they were scripted. When no scripted fault is pending and a
 * {@linkplain #random(FaultPlan) random plan} is set, every request draws from it. Fault responses
 * carry {@code X-Request-Id} and the {@code RateLimit-*} headers (without spending the key's
 * budget) and are counted in the emulator's statistics.
 *
 * <pre>{@code
 * emu.faults().nextStatus(2, 503);      // two 503s, then normal service
 * emu.faults().nextDisconnect(1);       // then one dropped connection
 * }</pre>
 */
public final class Faults {
  private final long seed;
  private final Deque<Scripted> scripted = new ArrayDeque<>();
  private FaultPlan plan;
  private Random random;

  Faults(long seed) {
    this.seed = seed;
  }

  private static final class Scripted {
    final FaultAction action;
    int remaining;

    Scripted(FaultAction action, int remaining) {
      this.action = action;
      this.remaining = remaining;
    }
  }

  /**
   * Answers the next {@code times} requests with {@code status} and the error envelope before
   * processing them: code {@code RATE_LIMITED} and {@code Retry-After: 1} for 429, {@code INTERNAL}
   * for 500, {@code UNAVAILABLE} for other 5xx, the contract's code for other 4xx.
   *
   * @throws IllegalArgumentException if {@code times < 1} or {@code status} is not in 400..599
   */
  public Faults nextStatus(int times, int status) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be in 400..599: " + status);
    }
    return script(times, FaultAction.status(status, Duration.ofSeconds(1)));
  }

  /**
   * Answers the next {@code times} requests with 429 {@code RATE_LIMITED} and {@code Retry-After}
   * of {@code retryAfter} (rounded up to whole seconds, at least 1), before processing them.
   */
  public Faults nextRateLimited(int times, Duration retryAfter) {
    Objects.requireNonNull(retryAfter, "retryAfter == null");
    return script(times, FaultAction.status(429, retryAfter));
  }

  /** Drops the connection of the next {@code times} requests without processing them. */
  public Faults nextDisconnect(int times) {
    return script(times, FaultAction.disconnect(false));
  }

  /**
   * Applies the next {@code times} requests, then drops their connections without a response: the
   * hostile case that only idempotency keys survive.
   */
  public Faults nextDisconnectAfterProcessing(int times) {
    return script(times, FaultAction.disconnect(true));
  }

  /**
   * Answers the next {@code times} requests with exactly this status, content type and body (an
   * HTML proxy page, an empty or truncated body), before processing them.
   *
   * @param contentType null to send no {@code Content-Type}
   */
  public Faults nextRaw(int times, int status, String contentType, String body) {
    Objects.requireNonNull(body, "body == null");
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be in 100..599: " + status);
    }
    return script(times, FaultAction.raw(status, contentType, body));
  }

  /** Processes the next {@code times} requests normally and answers them after {@code delay}. */
  public Faults nextDelay(int times, Duration delay) {
    Objects.requireNonNull(delay, "delay == null");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay < 0: " + delay);
    }
    return script(times, FaultAction.delay(delay));
  }

  /**
   * Draws a fault for every request from {@code plan}, once scripted faults are used up. The draws
   * restart from the emulator's seed on each call, so a run of requests is reproducible.
   */
  public synchronized Faults random(FaultPlan plan) {
    Objects.requireNonNull(plan, "plan == null");
    this.plan = plan;
    this.random = new Random(seed);
    return this;
  }

  /** Removes every scripted fault and the random plan. */
  public synchronized Faults clear() {
    scripted.clear();
    plan = null;
    random = null;
    return this;
  }

  /** Returns how many requests the scripted faults still apply to. */
  public synchronized int pending() {
    int total = 0;
    for (Scripted s : scripted) {
      total += s.remaining;
    }
    return total;
  }

  private synchronized Faults script(int times, FaultAction action) {
    if (times < 1) {
      throw new IllegalArgumentException("times < 1: " + times);
    }
    scripted.addLast(new Scripted(action, times));
    return this;
  }

  /** Returns the fault for the request that just arrived, or null for none. */
  synchronized FaultAction next() {
    Scripted head = scripted.peekFirst();
    if (head != null) {
      if (--head.remaining == 0) {
        scripted.removeFirst();
      }
      return head.action;
    }
    if (plan == null) {
      return null;
    }
    // Always two draws per request, so the sequence does not depend on which faults fired.
    double kind = random.nextDouble();
    double variant = random.nextDouble();
    double threshold = plan.rate429();
    if (kind < threshold) {
      return FaultAction.status(429, Duration.ofSeconds(1));
    }
    threshold += plan.rate5xx();
    if (kind < threshold) {
      int[] statuses = {500, 502, 503, 504};
      return FaultAction.status(statuses[(int) (variant * statuses.length)], null);
    }
    threshold += plan.disconnectRate();
    if (kind < threshold) {
      return FaultAction.disconnect(variant >= 0.5);
    }
    threshold += plan.slowRate();
    if (kind < threshold) {
      return FaultAction.delay(plan.slowDelay());
    }
    return null;
  }
}
