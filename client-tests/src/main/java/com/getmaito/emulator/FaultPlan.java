package com.getmaito.emulator;

import java.time.Duration;
import java.util.Objects;

/**
 * Probabilities of random faults, drawn independently for every request from the emulator's seed.
 *
 * <pre>{@code
 * emu.faults().random(FaultPlan.builder().rate429(0.05).rate5xx(0.05).disconnectRate(0.02).build());
 * }</pre>
 *
 * <p>429 and 5xx faults are answered before the request is processed (nothing is applied). Half of
 * the disconnects drop the connection before processing, the other half after the request was
 * applied (state changed, response lost). Slow requests are processed normally and answered after
 * {@link #slowDelay()}.
 */
public final class FaultPlan {
  private final double rate429;
  private final double rate5xx;
  private final double disconnectRate;
  private final double slowRate;
  private final Duration slowDelay;

  private FaultPlan(Builder builder) {
    this.rate429 = builder.rate429;
    this.rate5xx = builder.rate5xx;
    this.disconnectRate = builder.disconnectRate;
    this.slowRate = builder.slowRate;
    this.slowDelay = builder.slowDelay;
  }

  /** Returns a builder with every rate at 0 and a slow delay of 200 ms. */
  public static Builder builder() {
    return new Builder();
  }

  /** Probability of a 429 {@code RATE_LIMITED} with {@code Retry-After: 1}. */
  public double rate429() {
    return rate429;
  }

  /** Probability of a 500, 502, 503 or 504 (equally likely). */
  public double rate5xx() {
    return rate5xx;
  }

  /** Probability of a dropped connection. */
  public double disconnectRate() {
    return disconnectRate;
  }

  /** Probability of a response delayed by {@link #slowDelay()}. */
  public double slowRate() {
    return slowRate;
  }

  /** The delay of a slow response. */
  public Duration slowDelay() {
    return slowDelay;
  }

  /** Returns a builder holding this plan's values. */
  public Builder toBuilder() {
    return new Builder()
        .rate429(rate429)
        .rate5xx(rate5xx)
        .disconnectRate(disconnectRate)
        .slowRate(slowRate)
        .slowDelay(slowDelay);
  }

  @Override
  public String toString() {
    return "FaultPlan{rate429="
        + rate429
        + ", rate5xx="
        + rate5xx
        + ", disconnectRate="
        + disconnectRate
        + ", slowRate="
        + slowRate
        + ", slowDelay="
        + slowDelay
        + "}";
  }

  /** Builds a {@link FaultPlan}; rates are probabilities in [0, 1] whose sum is at most 1. */
  public static final class Builder {
    private double rate429;
    private double rate5xx;
    private double disconnectRate;
    private double slowRate;
    private Duration slowDelay = Duration.ofMillis(200);

    private Builder() {}

    /** Sets the probability of a 429. */
    public Builder rate429(double rate) {
      this.rate429 = checkRate(rate, "rate429");
      return this;
    }

    /** Sets the probability of a 5xx. */
    public Builder rate5xx(double rate) {
      this.rate5xx = checkRate(rate, "rate5xx");
      return this;
    }

    /** Sets the probability of a dropped connection. */
    public Builder disconnectRate(double rate) {
      this.disconnectRate = checkRate(rate, "disconnectRate");
      return this;
    }

    /** Sets the probability of a slow response. */
    public Builder slowRate(double rate) {
      this.slowRate = checkRate(rate, "slowRate");
      return this;
    }

    /** Sets the delay of a slow response; default 200 ms. */
    public Builder slowDelay(Duration delay) {
      Objects.requireNonNull(delay, "delay == null");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("slowDelay < 0: " + delay);
      }
      this.slowDelay = delay;
      return this;
    }

    /**
     * Returns the plan.
     *
     * @throws IllegalArgumentException if the rates add up to more than 1
     */
    public FaultPlan build() {
      double sum = rate429 + rate5xx + disconnectRate + slowRate;
      if (sum > 1.0 + 1e-9) {
        throw new IllegalArgumentException("fault rates add up to " + sum + " > 1");
      }
      return new FaultPlan(this);
    }

    private static double checkRate(double rate, String name) {
      if (!(rate >= 0.0 && rate <= 1.0)) {
        throw new IllegalArgumentException(name + " must be in [0, 1]: " + rate);
      }
      return rate;
    }
  }
}
