package com.getmaito.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimitTest {
  @Test
  void overBudgetIs429WithHeadersThenServedAfterTheWindow() {
    MutableClock clock = MutableClock.at(Instant.parse("2026-05-01T12:00:00Z"));
    try (MaitoEmulator emu =
        MaitoEmulator.builder().clock(clock).rateLimit(3, Duration.ofSeconds(60)).start()) {
      Api api = new Api(emu);
      Api.Res first = api.get("/newsletter/tags");
      assertEquals("3", first.header("RateLimit-Limit"));
      assertEquals("2", first.header("RateLimit-Remaining"));
      assertEquals("60", first.header("RateLimit-Reset"));
      assertNull(first.header("Retry-After"));
      clock.advance(Duration.ofMillis(10_500));
      assertEquals("1", api.get("/newsletter/tags").header("RateLimit-Remaining"));
      Api.Res third = api.get("/newsletter/tags");
      assertEquals("0", third.header("RateLimit-Remaining"));
      assertEquals("50", third.header("RateLimit-Reset"));

      Api.Res limited = api.get("/newsletter/tags");
      assertEquals(429, limited.status());
      assertEquals("RATE_LIMITED", limited.errorCode());
      assertEquals("50", limited.header("Retry-After"));
      assertEquals("0", limited.header("RateLimit-Remaining"));
      assertEquals("3", limited.header("RateLimit-Limit"));

      clock.advance(Duration.ofMillis(49_499));
      Api.Res stillLimited = api.get("/newsletter/tags");
      assertEquals(429, stillLimited.status());
      assertEquals("1", stillLimited.header("Retry-After"));

      clock.advance(Duration.ofMillis(1));
      Api.Res served = api.get("/newsletter/tags");
      assertEquals(200, served.status());
      assertEquals("2", served.header("RateLimit-Remaining"));
      assertEquals(2, emu.requestCountByStatus(429));
    }
  }

  @Test
  void budgetsArePerKey() {
    MutableClock clock = MutableClock.at(Instant.parse("2026-05-01T12:00:00Z"));
    try (MaitoEmulator emu =
        MaitoEmulator.builder().clock(clock).rateLimit(1, Duration.ofSeconds(10)).start()) {
      Api api = new Api(emu);
      Api other = api.withKey(emu.createKey("other", "full", null));
      assertEquals(200, api.get("/newsletter/tags").status());
      assertEquals(429, api.get("/newsletter/tags").status());
      assertEquals(200, other.get("/newsletter/tags").status());
      assertEquals(429, other.get("/newsletter/tags").status());
      clock.advance(Duration.ofSeconds(10));
      Api.Res keys = api.get("/api-keys");
      assertEquals(200, keys.status());
      assertEquals(6.0, keys.dataList().get(0).get("rateLimit"), "1 per 10 s is 6 per minute");
    }
  }

  @Test
  void everyResponseSaysTheWindowInRateLimitPolicy() {
    try (MaitoEmulator emu = MaitoEmulator.start()) {
      assertEquals("120;w=60", new Api(emu).get("/newsletter/tags").header("RateLimit-Policy"));
    }
    try (MaitoEmulator emu = MaitoEmulator.builder().rateLimit(2, Duration.ofSeconds(1)).start()) {
      Api api = new Api(emu);
      assertEquals("2;w=1", api.get("/newsletter/tags").header("RateLimit-Policy"));
      api.get("/newsletter/tags");
      Api.Res limited = api.get("/newsletter/tags");
      assertEquals(429, limited.status());
      assertEquals("2;w=1", limited.header("RateLimit-Policy"));
      emu.faults().nextStatus(1, 503);
      assertEquals("2;w=1", api.get("/newsletter/tags").header("RateLimit-Policy"), "faults too");
      assertEquals(
          "2;w=1", api.get("/newsletter/nope").header("RateLimit-Policy"), "errors without a key");
    }
    try (MaitoEmulator emu =
        MaitoEmulator.builder().rateLimit(20, Duration.ofMillis(2_500)).start()) {
      assertEquals("20;w=3", new Api(emu).get("/newsletter/tags").header("RateLimit-Policy"));
    }
  }
}
