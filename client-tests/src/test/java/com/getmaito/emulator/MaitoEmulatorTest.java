package com.getmaito.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MaitoEmulatorTest {
  @Test
  void startsOnLoopbackWithABootstrapKey() {
    try (MaitoEmulator emu = MaitoEmulator.start()) {
      assertEquals("http://127.0.0.1:" + emu.port() + "/v1", emu.baseUrl());
      assertTrue(emu.bootstrapKey().matches("sk_emu_[0-9a-f]{32}"), emu.bootstrapKey());
      assertEquals("MaitoEmulator{" + emu.baseUrl() + "}", emu.toString());
    }
  }

  @Test
  void sameSeedGivesSameSecretsAndIds() {
    try (MaitoEmulator a = MaitoEmulator.builder().seed(5).start();
        MaitoEmulator b = MaitoEmulator.builder().seed(5).start();
        MaitoEmulator c = MaitoEmulator.builder().seed(6).start()) {
      assertEquals(a.bootstrapKey(), b.bootstrapKey());
      assertNotEquals(a.bootstrapKey(), c.bootstrapKey());
      Object idA = new Api(a).post("/newsletter/tags", Map.of("name", "x")).data().get("id");
      Object idB = new Api(b).post("/newsletter/tags", Map.of("name", "x")).data().get("id");
      assertEquals(idA, idB);
    }
  }

  @Test
  void countsRequestsByTemplateAndStatus() {
    try (MaitoEmulator emu = MaitoEmulator.start()) {
      Api api = new Api(emu);
      Object id =
          api.post("/newsletter/subscribers", Map.of("email", "c@example.com")).data().get("id");
      api.get("/newsletter/subscribers/" + id);
      api.get("/newsletter/subscribers/sub_missing");
      api.withKey(null).get("/newsletter/subscribers");
      api.get("/nowhere");
      assertEquals(1, emu.requestCount("POST", "/v1/newsletter/subscribers"));
      assertEquals(2, emu.requestCount("get", "/v1/newsletter/subscribers/{id}"));
      assertEquals(1, emu.requestCount("GET", "/v1/newsletter/subscribers"));
      assertEquals(1, emu.requestCount("GET", "/v1/nowhere"));
      assertEquals(2, emu.requestCountByStatus(404));
      assertEquals(1, emu.requestCountByStatus(401));
      assertEquals(5, emu.totalRequests());
    }
  }

  @Test
  void resetWipesDataFaultsRateWindowsAndStatisticsButKeepsTheBootstrapKey() {
    try (MaitoEmulator emu = MaitoEmulator.start()) {
      Api api = new Api(emu);
      api.post("/newsletter/subscribers", Map.of("email", "r@example.com", "tags", List.of("t")));
      api.post("/newsletter/tags", Map.of("name", "u"), "idem");
      emu.faults().nextStatus(5, 503);
      emu.reset();
      assertTrue(emu.storedSubscribers().isEmpty());
      assertTrue(emu.storedTags().isEmpty());
      assertEquals(0, emu.faults().pending());
      assertEquals(0, emu.totalRequests());
      Api.Res again = api.post("/newsletter/tags", Map.of("name", "u"), "idem");
      assertEquals(201, again.status());
      assertNull(again.header("Idempotent-Replayed"), "idempotency records are wiped");
      assertEquals("119", again.header("RateLimit-Remaining"), "a fresh rate window");
    }
  }

  @Test
  void lastUsedAtFollowsEveryAuthenticatedRequest() {
    MutableClock clock = MutableClock.at(Instant.parse("2026-02-02T02:02:02Z"));
    try (MaitoEmulator emu = MaitoEmulator.builder().clock(clock).start()) {
      Api api = new Api(emu);
      Api restricted = api.withKey(emu.createKey("r", "restricted", null));
      clock.advance(Duration.ofSeconds(1));
      restricted.get("/newsletter/tags");
      Map<String, Object> key = api.get("/api-keys").dataList().get(1);
      assertEquals("2026-02-02T02:02:03.000Z", key.get("lastUsedAt"));
    }
  }

  @Test
  void createKeyRejectsBadArguments() {
    try (MaitoEmulator emu = MaitoEmulator.start()) {
      assertThrows(IllegalArgumentException.class, () -> emu.createKey("", "full", null));
      assertThrows(IllegalArgumentException.class, () -> emu.createKey("x", "admin", null));
      assertTrue(emu.createKey("x", "full", null).matches("mk_[0-9a-f]{32}"));
    }
  }

  @Test
  void builderRejectsBadSettings() {
    assertThrows(IllegalArgumentException.class, () -> MaitoEmulator.builder().port(-1));
    assertThrows(
        IllegalArgumentException.class,
        () -> MaitoEmulator.builder().rateLimit(0, Duration.ofSeconds(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> FaultPlan.builder().rate429(0.6).rate5xx(0.6).build());
    assertThrows(IllegalArgumentException.class, () -> FaultPlan.builder().rate429(-0.1));
  }
}
