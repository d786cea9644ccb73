package com.getmaito.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MutableClockTest {
  @Test
  void advancesAndSetsTime() {
    MutableClock clock = MutableClock.at(Instant.parse("2026-01-01T00:00:00Z"));
    assertEquals(Instant.parse("2026-01-01T00:01:00Z"), clock.advance(Duration.ofMinutes(1)));
    assertEquals(Instant.parse("2026-01-01T00:01:00Z"), clock.instant());
    clock.set(Instant.parse("2030-01-01T00:00:00Z"));
    assertEquals(Instant.parse("2030-01-01T00:00:00Z").toEpochMilli(), clock.millis());
    assertEquals(ZoneOffset.UTC, clock.getZone());
  }

  @Test
  void zonedViewSharesTheTime() {
    MutableClock clock = MutableClock.at(Instant.EPOCH);
    MutableClock paris = clock.withZone(ZoneId.of("Europe/Paris"));
    clock.advance(Duration.ofSeconds(5));
    assertEquals(Instant.ofEpochSecond(5), paris.instant());
    assertEquals(ZoneId.of("Europe/Paris"), paris.getZone());
  }
}
