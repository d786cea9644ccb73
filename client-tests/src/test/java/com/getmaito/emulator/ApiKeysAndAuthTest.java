package com.getmaito.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ApiKeysAndAuthTest {
  @RegisterExtension
  static final EmulatorFixture FIXTURE = EmulatorFixture.at("2026-03-01T00:00:00Z", 600);

  static final MutableClock CLOCK = FIXTURE.clock;
  final MaitoEmulator emu = FIXTURE.emulator();
  final Api api = new Api(emu);

  @Test
  void createsListsAndRevokesAKey() {
    Api.Res created =
        api.post("/api-keys", Map.of("name", "CI", "expirationDays", 30, "scope", "restricted"));
    assertEquals(201, created.status(), created::toString);
    Map<String, Object> key = created.data();
    String secret = (String) key.get("apiKey");
    assertTrue(secret.matches("mk_[0-9a-f]{32}"), secret);
    assertEquals(secret.substring(0, 6) + "****", key.get("keyPrefix"));
    assertEquals("CI", key.get("name"));
    assertEquals("restricted", key.get("scope"));
    assertEquals(600.0, key.get("rateLimit"));
    assertTrue(created.body().contains("\"rateLimit\":600"));
    assertNull(key.get("lastUsedAt"));
    assertEquals("2026-03-01T00:00:00.000Z", key.get("createdAt"));
    assertEquals("2026-03-31T00:00:00.000Z", key.get("expiresAt"));
    assertNotNull(created.meta().get("warning"));
    String id = (String) key.get("id");
    assertTrue(id.startsWith("key_"));

    Api.Res list = api.get("/api-keys");
    assertEquals(2.0, list.meta().get("total"));
    List<Map<String, Object>> keys = list.dataList();
    assertEquals("Bootstrap", keys.get(0).get("name"));
    assertEquals("full", keys.get(0).get("scope"));
    assertEquals("2026-03-01T00:00:00.000Z", keys.get(0).get("lastUsedAt"));
    assertFalse(list.body().contains(secret), "the secret is never listed");
    assertFalse(list.body().contains(emu.bootstrapKey()));

    assertEquals(200, api.withKey(secret).get("/newsletter/subscribers").status());
    Api.Res revoked = api.delete("/api-keys/" + id);
    assertEquals(Map.of("id", id, "revoked", true), revoked.data());
    Api.Res after = api.withKey(secret).get("/newsletter/subscribers");
    assertEquals(401, after.status());
    assertEquals("UNAUTHORIZED", after.errorCode());
    assertEquals(1.0, api.get("/api-keys").meta().get("total"), "revoked keys are not listed");
    assertEquals(404, api.delete("/api-keys/" + id).status());
  }

  @Test
  void keyCreationIsValidated() {
    Api.Res res =
        api.post("/api-keys", Map.of("name", "", "expirationDays", 366, "scope", "admin"));
    assertEquals(400, res.status());
    assertEquals(
        List.of("name", "expirationDays", "scope"),
        res.details().stream().map(d -> d.get("field")).collect(Collectors.toList()));
    assertEquals(400, api.post("/api-keys", Map.of("name", "x", "expirationDays", 1.5)).status());
    Api.Res never = api.post("/api-keys", Map.of("name", "forever"));
    assertEquals(201, never.status());
    assertNull(never.data().get("expiresAt"));
    assertEquals("full", never.data().get("scope"));
  }

  @Test
  void missingMalformedUnknownAndPublicKeysAre401() {
    for (String key : new String[] {null, "mk_00000000000000000000000000000000", "pk_live_123"}) {
      Api.Res res = api.withKey(key).get("/newsletter/subscribers");
      assertEquals(401, res.status(), String.valueOf(key));
      assertEquals("UNAUTHORIZED", res.errorCode());
      assertNotNull(res.header("X-Request-Id"));
      assertNotNull(res.header("RateLimit-Remaining"));
    }
    Api.Res basic =
        api.withKey(null)
            .call(api.withKey(null).request("/newsletter/tags").header("Authorization", "Basic x"));
    assertEquals(401, basic.status());
  }

  @Test
  void xApiKeyHeaderAuthenticates() {
    Api.Res res =
        api.withKey(null)
            .call(
                api.withKey(null)
                    .request("/newsletter/tags")
                    .header("X-API-Key", emu.bootstrapKey()));
    assertEquals(200, res.status());
  }

  @Test
  void expiredKeyIs401OnTheClock() {
    String secret = emu.createKey("short", "full", Duration.ofHours(1));
    Api short1 = api.withKey(secret);
    assertEquals(200, short1.get("/newsletter/tags").status());
    CLOCK.advance(Duration.ofMinutes(59));
    assertEquals(200, short1.get("/newsletter/tags").status());
    CLOCK.advance(Duration.ofMinutes(1));
    Api.Res expired = short1.get("/newsletter/tags");
    assertEquals(401, expired.status());
    assertEquals("UNAUTHORIZED", expired.errorCode());
  }

  @Test
  void restrictedKeyIsForbiddenOnApiKeysOnly() {
    Api restricted = api.withKey(emu.createKey("r", "restricted", null));
    assertEquals(200, restricted.get("/newsletter/subscribers").status());
    assertEquals(201, restricted.post("/newsletter/tags", Map.of("name", "ok")).status());
    Api.Res list = restricted.get("/api-keys");
    assertEquals(403, list.status());
    assertEquals("FORBIDDEN", list.errorCode());
    assertEquals(403, restricted.post("/api-keys", Map.of("name", "x")).status());
    assertEquals(403, restricted.delete("/api-keys/key_x").status());
  }

  @Test
  void resetKeepsOnlyTheBootstrapKey() {
    String secret = emu.createKey("temp", "full", null);
    emu.reset();
    assertEquals(401, api.withKey(secret).get("/newsletter/tags").status());
    assertEquals(1.0, api.get("/api-keys").meta().get("total"));
  }
}
