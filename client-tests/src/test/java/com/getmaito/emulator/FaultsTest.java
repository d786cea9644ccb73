package com.getmaito.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultsTest {
  static MaitoEmulator emu;
  static Api api;

  @BeforeAll
  static void start() {
    emu = MaitoEmulator.builder().rateLimit(100_000, Duration.ofMinutes(1)).start();
    api = new Api(emu).noRetry();
  }

  @AfterAll
  static void stop() {
    emu.close();
  }

  @BeforeEach
  void reset() {
    emu.reset();
  }

  @Test
  void twoScripted503sThenNormalService() {
    emu.faults().nextStatus(2, 503);
    for (int i = 0; i < 2; i++) {
      Api.Res res = api.post("/newsletter/tags", Map.of("name", "t"));
      assertEquals(503, res.status());
      assertEquals("UNAVAILABLE", res.errorCode());
      assertNotNull(res.header("X-Request-Id"));
      assertNotNull(res.header("RateLimit-Reset"));
      assertTrue(emu.storedTags().isEmpty(), "5xx faults apply nothing");
    }
    assertEquals(201, api.post("/newsletter/tags", Map.of("name", "t")).status());
    assertEquals(3, emu.requestCount("POST", "/v1/newsletter/tags"));
    assertEquals(2, emu.requestCountByStatus(503));
    assertEquals(1, emu.requestCountByStatus(201));
    assertEquals(3, emu.totalRequests());
    assertEquals(0, emu.faults().pending());
  }

  @Test
  void scripted500IsInternalAnd429CarriesRetryAfter() {
    emu.faults().nextStatus(1, 500).nextRateLimited(1, Duration.ofMillis(2_500));
    Api.Res internal = api.get("/newsletter/tags");
    assertEquals(500, internal.status());
    assertEquals("INTERNAL", internal.errorCode());
    Api.Res limited = api.get("/newsletter/tags");
    assertEquals(429, limited.status());
    assertEquals("RATE_LIMITED", limited.errorCode());
    assertEquals("3", limited.header("Retry-After"));
  }

  @Test
  void scriptedFaultsHitUnauthenticatedRequestsToo() {
    emu.faults().nextStatus(1, 502);
    assertEquals(502, api.withKey(null).get("/newsletter/tags").status());
    assertEquals(401, api.withKey(null).get("/newsletter/tags").status());
  }

  @Test
  void disconnectDropsTheConnectionWithoutApplying() {
    emu.faults().nextDisconnect(1);
    assertThrows(
        UncheckedIOException.class,
        () -> api.post("/newsletter/subscribers", Map.of("email", "d@example.com")));
    assertTrue(emu.storedSubscribers().isEmpty());
    assertEquals(
        201, api.post("/newsletter/subscribers", Map.of("email", "d@example.com")).status());
    assertEquals(1, emu.requestCountByStatus(0));
  }

  @Test
  void rawFaultServesAnHtmlProxyPageAndATruncatedBody() {
    emu.faults()
        .nextRaw(1, 502, "text/html", "<html><body>Bad Gateway</body></html>")
        .nextRaw(1, 200, "application/json", "{\"ok\":true,\"da");
    Api.Res html = api.get("/newsletter/tags");
    assertEquals(502, html.status());
    assertEquals("text/html", html.header("Content-Type"));
    assertEquals("<html><body>Bad Gateway</body></html>", html.body());
    Api.Res truncated = api.get("/newsletter/tags");
    assertEquals(200, truncated.status());
    assertEquals("{\"ok\":true,\"da", truncated.body());
    assertEquals(200, api.get("/newsletter/tags").status());
  }

  @Test
  void delayedResponseArrivesAfterTheDelay() {
    emu.faults().nextDelay(1, Duration.ofMillis(300));
    long start = System.nanoTime();
    assertEquals(200, api.get("/newsletter/tags").status());
    assertTrue(System.nanoTime() - start >= Duration.ofMillis(300).toNanos());
  }

  @Test
  void seededRandomFaultsAreReproducible() {
    FaultPlan plan =
        FaultPlan.builder().rate429(0.1).rate5xx(0.1).disconnectRate(0.1).slowRate(0).build();
    List<String> first = outcomes(7L, plan);
    List<String> second = outcomes(7L, plan);
    assertEquals(first, second);
    assertTrue(first.contains("429") && first.contains("drop"), first.toString());
    assertTrue(first.stream().anyMatch(s -> s.startsWith("5")), first.toString());
    assertNotEquals(first, outcomes(8L, plan));
  }

  private static List<String> outcomes(long seed, FaultPlan plan) {
    try (MaitoEmulator emu =
        MaitoEmulator.builder().seed(seed).rateLimit(100_000, Duration.ofMinutes(1)).start()) {
      emu.faults().random(plan);
      Api api = new Api(emu).noRetry();
      List<String> outcomes = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        try {
          outcomes.add(String.valueOf(api.get("/newsletter/tags").status()));
        } catch (UncheckedIOException e) {
          outcomes.add("drop");
        }
      }
      emu.faults().clear();
      assertEquals(200, api.get("/newsletter/tags").status());
      return outcomes;
    }
  }

  @Test
  void randomDisconnectsDropSomeRequestsBeforeAndSomeAfterApplying() {
    emu.faults().random(FaultPlan.builder().disconnectRate(1.0).build());
    for (int i = 0; i < 40; i++) {
      String name = "r" + i;
      assertThrows(
          UncheckedIOException.class, () -> api.post("/newsletter/tags", Map.of("name", name)));
    }
    int applied = emu.storedTags().size();
    assertTrue(applied > 5 && applied < 35, "about half applied: " + applied);
    assertEquals(40, emu.requestCountByStatus(0));
  }
}
