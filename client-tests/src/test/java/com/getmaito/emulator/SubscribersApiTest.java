package com.getmaito.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SubscribersApiTest {
  static final MutableClock CLOCK = MutableClock.at(Instant.parse("2026-11-22T10:30:00Z"));

  @RegisterExtension
  static final MaitoEmulatorExtension EMULATOR =
      MaitoEmulatorExtension.create(
          b -> b.clock(CLOCK).rateLimit(1_000_000, Duration.ofSeconds(60)));

  MaitoEmulator emu;
  Api api;

  @BeforeEach
  void reset() {
    emu = EMULATOR.emulator();
    emu.reset();
    api = new Api(emu);
  }

  @Test
  void createsReadsUpdatesAndDeletesASubscriber() {
    Api.Res created =
        api.post(
            "/newsletter/subscribers",
            Map.of(
                "email",
                "Ada@Example.com",
                "firstName",
                "Ada",
                "tags",
                List.of("vip", "beta"),
                "customFields",
                Map.of("plan", "pro", "seats", 5, "trial", false),
                "source",
                "signup-form",
                "optInAttestation",
                true));
    assertEquals(201, created.status(), created::toString);
    assertEquals("application/json; charset=utf-8", created.header("Content-Type"));
    assertTrue(created.header("X-Request-Id").startsWith("req_"));
    Map<String, Object> sub = created.data();
    String id = (String) sub.get("id");
    assertTrue(id.startsWith("sub_"));
    assertEquals("Ada@Example.com", sub.get("email"));
    assertEquals("ada@example.com", sub.get("emailNormalized"));
    assertEquals("Ada", sub.get("firstName"));
    assertTrue(sub.containsKey("lastName"));
    assertNull(sub.get("lastName"));
    assertEquals("subscribed", sub.get("status"));
    assertEquals(false, sub.get("confirmed"));
    assertEquals(List.of("vip", "beta"), sub.get("tags"));
    assertEquals("2026-11-22T10:30:00.000Z", sub.get("subscribedAt"));
    assertNull(sub.get("unsubscribedAt"));
    assertEquals("2026-11-22T10:30:00.000Z", sub.get("createdAt"));
    assertEquals("2026-11-22T10:30:00.000Z", sub.get("updatedAt"));
    assertTrue(created.body().contains("\"seats\":5"), "integers stay integers: " + created);
    assertTrue(created.body().contains("\"ok\":true"));

    Api.Res read = api.get("/newsletter/subscribers/" + id);
    assertEquals(200, read.status());
    assertEquals(sub, read.data());

    CLOCK.advance(Duration.ofMinutes(5));
    Api.Res updated =
        api.put("/newsletter/subscribers/" + id, Map.of("status", "unsubscribed", "lastName", "L"));
    assertEquals(200, updated.status(), updated::toString);
    assertEquals("unsubscribed", updated.data().get("status"));
    assertEquals("L", updated.data().get("lastName"));
    assertEquals("Ada", updated.data().get("firstName"));
    assertEquals("2026-11-22T10:35:00.000Z", updated.data().get("unsubscribedAt"));
    assertEquals("2026-11-22T10:35:00.000Z", updated.data().get("updatedAt"));
    assertEquals("2026-11-22T10:30:00.000Z", updated.data().get("createdAt"));

    Api.Res deleted = api.delete("/newsletter/subscribers/" + id);
    assertEquals(200, deleted.status());
    assertEquals(Map.of("id", id, "deleted", true), deleted.data());
    Api.Res again = api.delete("/newsletter/subscribers/" + id);
    assertEquals(404, again.status());
    assertEquals("NOT_FOUND", again.errorCode());
    assertFalse(again.error().containsKey("details"));
    assertEquals(404, api.get("/newsletter/subscribers/" + id).status());
    assertTrue(emu.storedSubscribers().isEmpty());
  }

  @Test
  void storedSubscribersMirrorTheApi() {
    api.post("/newsletter/subscribers", Map.of("email", "b@example.com", "tags", List.of("x")));
    List<EmulatedSubscriber> stored = emu.storedSubscribers();
    assertEquals(1, stored.size());
    assertEquals("b@example.com", stored.get(0).emailNormalized());
    assertEquals(List.of("x"), stored.get(0).tags());
    assertEquals(1, emu.storedTags().get(0).subscriberCount());
  }

  @Test
  void validationNamesEveryBadField() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("email", "not an email");
    body.put("firstName", "x".repeat(101));
    body.put("source", "s".repeat(161));
    body.put("status", "gone");
    body.put("confirmed", "yes");
    body.put("tags", List.of("ok", "", "t".repeat(65)));
    body.put("customFields", Map.of("nested", Map.of("a", 1)));
    body.put("optInAttestation", false);
    Api.Res res = api.post("/newsletter/subscribers", body);
    assertEquals(400, res.status());
    assertEquals("VALIDATION_FAILED", res.errorCode());
    List<String> fields =
        res.details().stream().map(d -> (String) d.get("field")).collect(Collectors.toList());
    assertEquals(
        List.of(
            "email",
            "firstName",
            "source",
            "status",
            "confirmed",
            "tags[1]",
            "tags[2]",
            "customFields.nested",
            "optInAttestation"),
        fields);
    assertTrue(emu.storedSubscribers().isEmpty());
    assertTrue(emu.storedTags().isEmpty(), "no tag is created by an invalid request");
  }

  @Test
  void missingEmailAndMalformedBodiesAre400() {
    Api.Res missing = api.post("/newsletter/subscribers", Map.of("firstName", "A"));
    assertEquals(400, missing.status());
    assertEquals("email", missing.details().get(0).get("field"));
    assertEquals("is required", missing.details().get(0).get("message"));

    Api.Res malformed = api.post("/newsletter/subscribers", "{\"email\": ");
    assertEquals(400, malformed.status());
    assertEquals("VALIDATION_FAILED", malformed.errorCode());

    Api.Res array = api.post("/newsletter/subscribers", "[]");
    assertEquals(400, array.status());

    Api.Res tooLong =
        api.post("/newsletter/subscribers", Map.of("email", "a".repeat(250) + "@b.co"));
    assertEquals(400, tooLong.status());
  }

  @Test
  void duplicateEmailIsAConflictWhateverItsCase() {
    assertEquals(
        201, api.post("/newsletter/subscribers", Map.of("email", "dup@example.com")).status());
    Api.Res res = api.post("/newsletter/subscribers", Map.of("email", "  DUP@Example.COM "));
    assertEquals(409, res.status());
    assertEquals("CONFLICT", res.errorCode());
    assertEquals(1, emu.storedSubscribers().size());
  }

  @Test
  void partialUpdateKeepsAbsentFieldsAndClearsNullOnes() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("email", "p@example.com");
    body.put("firstName", "Pat");
    body.put("lastName", "Lee");
    body.put("source", "import");
    body.put("tags", List.of("a"));
    body.put("customFields", Map.of("k", "v"));
    body.put("confirmed", true);
    String id = (String) api.post("/newsletter/subscribers", body).data().get("id");

    Map<String, Object> patch = new LinkedHashMap<>();
    patch.put("firstName", null);
    patch.put("source", null);
    patch.put("tags", null);
    patch.put("customFields", null);
    Api.Res res = api.put("/newsletter/subscribers/" + id, patch);
    assertEquals(200, res.status(), res::toString);
    Map<String, Object> sub = res.data();
    assertNull(sub.get("firstName"));
    assertNull(sub.get("source"));
    assertEquals(List.of(), sub.get("tags"));
    assertEquals(Map.of(), sub.get("customFields"));
    assertEquals("Lee", sub.get("lastName"));
    assertEquals(true, sub.get("confirmed"));
    assertEquals("p@example.com", sub.get("email"));
    assertEquals(0, emu.storedTags().get(0).subscriberCount());

    Map<String, Object> nullEmail = new LinkedHashMap<>();
    nullEmail.put("email", null);
    nullEmail.put("status", null);
    Api.Res bad = api.put("/newsletter/subscribers/" + id, nullEmail);
    assertEquals(400, bad.status());
    assertEquals(2, bad.details().size());
  }

  @Test
  void emailChangeRechecksUniqueness() {
    api.post("/newsletter/subscribers", Map.of("email", "one@example.com"));
    String id =
        (String)
            api.post("/newsletter/subscribers", Map.of("email", "two@example.com"))
                .data()
                .get("id");
    assertEquals(
        409, api.put("/newsletter/subscribers/" + id, Map.of("email", "ONE@example.com")).status());
    Api.Res ok = api.put("/newsletter/subscribers/" + id, Map.of("email", "Three@example.com"));
    assertEquals(200, ok.status());
    assertEquals("three@example.com", ok.data().get("emailNormalized"));
    assertEquals(
        201, api.post("/newsletter/subscribers", Map.of("email", "two@example.com")).status());
  }

  @Test
  void listFiltersByStatusTagAndQuery() {
    api.post(
        "/newsletter/subscribers",
        Map.of("email", "ann@example.com", "firstName", "Ann", "tags", List.of("VIP")));
    api.post(
        "/newsletter/subscribers",
        Map.of("email", "bob@example.com", "status", "unsubscribed", "tags", List.of("vip")));
    api.post("/newsletter/subscribers", Map.of("email", "cy@other.org", "lastName", "Annex"));

    assertEquals(2, api.get("/newsletter/subscribers?tag=vip").dataList().size());
    assertEquals(1, api.get("/newsletter/subscribers?status=unsubscribed").dataList().size());
    assertEquals(1, api.get("/newsletter/subscribers?status=subscribed&tag=VIP").dataList().size());
    Api.Res query = api.get("/newsletter/subscribers?query=ANN");
    assertEquals(2, query.dataList().size());
    assertEquals(2.0, query.meta().get("total"));
    assertEquals(0, api.get("/newsletter/subscribers?tag=nope").dataList().size());
  }

  @Test
  void listRejectsBadQueryParameters() {
    Api.Res res = api.get("/newsletter/subscribers?limit=501&offset=-1&status=x&cursor=zzz");
    assertEquals(400, res.status());
    List<String> fields =
        res.details().stream().map(d -> (String) d.get("field")).collect(Collectors.toList());
    assertEquals(List.of("limit", "offset", "cursor", "status"), fields);
    assertEquals(400, api.get("/newsletter/subscribers?limit=0").status());
    assertEquals(400, api.get("/newsletter/subscribers?limit=ten").status());
  }

  @Test
  void bulkCreatesGoodRowsAndReportsDuplicateAndInvalidOnes() {
    api.post("/newsletter/subscribers", Map.of("email", "exists@example.com"));
    List<Object> rows = new ArrayList<>();
    rows.add(Map.of("email", "new1@example.com", "tags", List.of("bulk")));
    rows.add(Map.of("email", "EXISTS@example.com"));
    rows.add(Map.of("email", "broken"));
    rows.add(Map.of("email", "new1@EXAMPLE.com"));
    rows.add("not an object");
    rows.add(Map.of("email", "new2@example.com"));
    Api.Res res =
        api.post(
            "/newsletter/subscribers/bulk", Map.of("subscribers", rows, "optInAttestation", true));
    assertEquals(200, res.status(), res::toString);
    List<Map<String, Object>> created = Api.cast(res.data().get("created"));
    List<Map<String, Object>> failed = Api.cast(res.data().get("failed"));
    assertEquals(
        List.of("new1@example.com", "new2@example.com"),
        created.stream().map(s -> s.get("email")).collect(Collectors.toList()));
    assertEquals(4, failed.size());
    assertEquals(1.0, failed.get(0).get("index"));
    assertEquals("EXISTS@example.com", failed.get(0).get("email"));
    assertEquals("DUPLICATE", failed.get(0).get("code"));
    assertEquals("VALIDATION_FAILED", failed.get(1).get("code"));
    assertEquals("broken", failed.get(1).get("email"));
    assertEquals("DUPLICATE", failed.get(2).get("code"));
    assertEquals(3.0, failed.get(2).get("index"));
    assertEquals("VALIDATION_FAILED", failed.get(3).get("code"));
    assertNull(failed.get(3).get("email"));
    assertNotNull(failed.get(3).get("message"));
    assertTrue(res.body().contains("\"index\":1,"), res.body());
    assertEquals(3, emu.storedSubscribers().size());
  }

  @Test
  void bulkRejectsEmptyMissingAndOversizedBatches() {
    assertEquals(400, api.post("/newsletter/subscribers/bulk", Map.of()).status());
    assertEquals(
        400, api.post("/newsletter/subscribers/bulk", Map.of("subscribers", List.of())).status());
    List<Object> rows = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      rows.add(Map.of("email", "u" + i + "@example.com"));
    }
    Api.Res tooMany = api.post("/newsletter/subscribers/bulk", Map.of("subscribers", rows));
    assertEquals(413, tooMany.status());
    assertEquals("PAYLOAD_TOO_LARGE", tooMany.errorCode());
    assertTrue(emu.storedSubscribers().isEmpty());
    Api.Res optIn =
        api.post(
            "/newsletter/subscribers/bulk",
            Map.of("subscribers", rows.subList(0, 100), "optInAttestation", false));
    assertEquals(400, optIn.status());
    assertEquals(
        200,
        api.post("/newsletter/subscribers/bulk", Map.of("subscribers", rows.subList(0, 100)))
            .status());
    assertEquals(100, emu.storedSubscribers().size());
  }

  @Test
  void pathIdsAreUrlDecodedAndUnknownRoutesAre404() {
    Api.Res res = api.get("/newsletter/subscribers/sub%5Fmissing");
    assertEquals(404, res.status());
    assertEquals("Subscriber not found.", res.error().get("message"));
    Api.Res unknown = api.get("/newsletter/unknown");
    assertEquals(404, unknown.status());
    assertEquals("NOT_FOUND", unknown.errorCode());
    assertNotNull(unknown.header("X-Request-Id"));
    assertNotNull(unknown.header("RateLimit-Limit"));
    Api.Res wrongMethod = api.call(api.request("/newsletter/subscribers/bulk").get());
    assertEquals(405, wrongMethod.status());
    assertEquals("METHOD_NOT_ALLOWED", wrongMethod.errorCode());
    assertEquals("POST", wrongMethod.header("Allow"));
    String id =
        (String)
            api.post("/newsletter/subscribers", Map.of("email", "q@example.com")).data().get("id");
    assertEquals(200, api.get("/newsletter/subscribers/" + id.replace("_", "%5F")).status());
  }

  @Test
  void aBodyThatIsNotSentAsJsonIs415AndChangesNothing() {
    String json = "{\"email\":\"plain@example.com\"}";
    RequestBody plain = RequestBody.create(json, MediaType.get("text/plain; charset=utf-8"));
    Api.Res create =
        api.call(
            api.request("/newsletter/subscribers").post(plain).header("Idempotency-Key", "ct-1"));
    assertEquals(415, create.status(), create::toString);
    assertEquals("UNSUPPORTED_MEDIA_TYPE", create.errorCode());
    assertEquals(Boolean.FALSE, create.json().get("ok"));
    assertTrue(create.error().get("message").toString().contains("text/plain"), create::toString);
    assertNotNull(create.header("X-Request-Id"));
    assertNotNull(create.header("RateLimit-Remaining"));
    Api.Res bulk =
        api.call(
            api.request("/newsletter/subscribers/bulk")
                .post(
                    RequestBody.create(
                        "{\"subscribers\":[" + json + "]}", MediaType.get("text/plain"))));
    assertEquals(415, bulk.status(), bulk::toString);
    assertEquals(List.of(), emu.storedSubscribers());

    String id =
        (String)
            api.post("/newsletter/subscribers", Map.of("email", "x@example.com")).data().get("id");
    Api.Res update =
        api.call(
            api.request("/newsletter/subscribers/" + id)
                .put(
                    RequestBody.create(
                        "{\"firstName\":\"X\"}",
                        MediaType.get("application/x-www-form-urlencoded"))));
    assertEquals(415, update.status(), update::toString);
    assertNull(emu.storedSubscribers().get(0).firstName());

    Api.Res retried = api.post("/newsletter/subscribers", json, "ct-1");
    assertEquals(201, retried.status(), "the 415 was not stored under its Idempotency-Key");
    assertNull(retried.header("Idempotent-Replayed"));
  }

  @Test
  void snapshotsGiveCustomFieldNumbersAsLongOrDoubleLikeTheSdk() {
    Api.Res created =
        api.post(
            "/newsletter/subscribers",
            "{\"email\":\"n@example.com\",\"customFields\":{\"seats\":5,\"ratio\":0.5,"
                + "\"whole\":5.0,\"exp\":1e3,\"huge\":123456789012345678901234,"
                + "\"negative\":-42,\"plan\":\"pro\",\"trial\":false,\"none\":null}}");
    assertEquals(201, created.status(), created::toString);
    Map<String, Object> fields = emu.storedSubscribers().get(0).customFields();
    assertEquals(5L, fields.get("seats"));
    assertEquals(0.5, fields.get("ratio"));
    assertEquals(5.0, fields.get("whole"));
    assertEquals(1000.0, fields.get("exp"));
    assertEquals(1.2345678901234568e23, fields.get("huge"));
    assertEquals(-42L, fields.get("negative"));
    assertEquals("pro", fields.get("plan"));
    assertEquals(false, fields.get("trial"));
    assertTrue(fields.containsKey("none"));
    assertNull(fields.get("none"));
  }
}
