package com.getmaito.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that tests move by hand; thread-safe.
 *
 * <pre>{@code
 * MutableClock clock = MutableClock.at(Instant.parse("2026-11-22T10:30:00Z"));
 * MaitoEmulator emu = MaitoEmulator.builder().clock(clock).start();
 * clock.advance(Duration.ofMinutes(1)); // the rate-limit window resets
 * }</pre>
 */
public final class MutableClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** Returns a clock in UTC that reads {@code instant} until moved. */
  public static MutableClock at(Instant instant) {
    Objects.requireNonNull(instant, "instant == null");
    return new MutableClock(new AtomicReference<>(instant), ZoneOffset.UTC);
  }

  /** Returns a clock in UTC that reads the current system time until moved. */
  public static MutableClock create() {
    return at(Instant.now());
  }

  /**
   * Moves this clock forward by {@code duration} (backward if negative) and returns the new time.
   */
  public Instant advance(Duration duration) {
    Objects.requireNonNull(duration, "duration == null");
    return now.updateAndGet(instant -> instant.plus(duration));
  }

  /** Sets this clock to {@code instant}. */
  public void set(Instant instant) {
    Objects.requireNonNull(instant, "instant == null");
    now.set(instant);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** Returns a view of this clock in {@code zone} that shares its time. */
  @Override
  public MutableClock withZone(ZoneId zone) {
    Objects.requireNonNull(zone, "zone == null");
    return new MutableClock(now, zone);
  }

  @Override
  public String toString() {
    return "MutableClock[" + now.get() + "," + zone + "]";
  }
}
