package com.getmaito.client.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** A mutable, thread-safe {@link Clock}: time moves only when a test (or a sleeper) says so. */
public final class FakeClock extends Clock {
  /** Sunday 22 November 2026, 10:30:00 UTC: the contract's example timestamp. */
  public static final Instant DEFAULT_START = Instant.parse("2026-11-22T10:30:00Z");

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  public FakeClock() {
    this(DEFAULT_START);
  }

  public FakeClock(Instant start) {
    this(new AtomicReference<>(start), ZoneOffset.UTC);
  }

  private FakeClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** Moves the clock forward by {@code duration}. */
  public void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("cannot go back in time: " + duration);
    }
    now.updateAndGet(t -> t.plus(duration));
  }

  /** Sets the current instant. */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant == null"));
  }

  /** How far the clock has moved since {@code start}. */
  public Duration elapsedSince(Instant start) {
    return Duration.between(start, instant());
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A view in another zone that shares this clock's time. */
  @Override
  public Clock withZone(ZoneId zone) {
    return new FakeClock(now, zone);
  }

  @Override
  public String toString() {
    return "FakeClock[" + now.get() + "]";
  }
}
