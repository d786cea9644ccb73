package com.getmaito.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.SpecValidatingServer.Fixtures;
import com.getmaito.client.errors.MaitoInvalidResponseException;
import com.getmaito.client.model.ApiKey;
import com.getmaito.client.model.ApiKeyCreateParams;
import com.getmaito.client.model.ApiKeyScope;
import com.getmaito.client.model.BulkCreateResult;
import com.getmaito.client.model.BulkFailure;
import com.getmaito.client.model.CreatedApiKey;
import com.getmaito.client.model.DeleteResult;
import com.getmaito.client.model.RevokeResult;
import com.getmaito.client.model.Subscriber;
import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.client.model.SubscriberStatus;
import com.getmaito.client.model.Tag;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each JSON fixture decoded through the real client (served by MockWebServer, read by the matching
 * call), every field checked; plus forward compatibility (unknown fields and enum values), number
 * types, timestamps and missing required fields.
 */
class ModelFixtureTest {
  private static final String SUB_ID = "sub_01JD2ZK4M8QX7T3V9B6N2R5W1C";
  private static final String TAG_ID = "tag_01JD2ZQ7V3NB5C7D9F1H3K5M7P";

  @RegisterExtension final SpecValidatingServer server = new SpecValidatingServer();

  private static Instant at(String text) {
    return Instant.parse(text);
  }

  // --- subscribers ------------------------------------------------------------------------------

  @Test
  void subscriberFixtureDecodesEveryField() {
    server.enqueueFixture(200, "subscriber.json");

    Subscriber s = server.client().subscribers().retrieve(SUB_ID);

    assertEquals(SUB_ID, s.id());
    assertEquals("Ada.Lovelace@Example.com", s.email());
    assertEquals("ada.lovelace@example.com", s.emailNormalized());
    assertEquals("Ada", s.firstName());
    assertEquals("Lovelace", s.lastName());
    assertEquals(SubscriberStatus.SUBSCRIBED, s.status());
    assertEquals(SubscriberStatus.Known.SUBSCRIBED, s.status().known());
    assertTrue(s.confirmed());
    assertEquals(List.of("vip", "early-adopter"), s.tags());
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("company", "Analytical Engines Ltd");
    fields.put("seats", 12L);
    fields.put("score", 4.5);
    fields.put("beta", true);
    fields.put("referrer", null);
    assertEquals(fields, s.customFields());
    assertEquals(List.copyOf(fields.keySet()), List.copyOf(s.customFields().keySet()));
    assertInstanceOf(Long.class, s.customFields().get("seats"));
    assertInstanceOf(Double.class, s.customFields().get("score"));
    assertInstanceOf(Boolean.class, s.customFields().get("beta"));
    assertTrue(s.customFields().containsKey("referrer"), "a null custom field is kept");
    assertEquals("landing-page", s.source());
    assertEquals(at("2026-11-22T10:30:00Z"), s.subscribedAt());
    assertNull(s.unsubscribedAt());
    assertEquals(at("2026-11-22T10:30:00Z"), s.createdAt());
    assertEquals(at("2026-11-22T11:45:12.345Z"), s.updatedAt());
  }

  @Test
  void subscriberFixtureDecodesOnCreateAndUpdateToo() {
    server.enqueueFixture(201, "subscriber.json");
    server.enqueueFixture(200, "subscriber.json");
    server.enqueueFixture(200, "subscriber.json");
    MaitoClient client = server.client();

    Subscriber created =
        client
            .subscribers()
            .create(SubscriberCreateParams.builder().email("a@example.com").build());
    Subscriber retrieved = client.subscribers().retrieve(SUB_ID);
    Subscriber updated =
        client
            .subscribers()
            .update(
                SUB_ID,
                com.getmaito.client.model.SubscriberUpdateParams.builder().confirmed(true).build());

    assertEquals(retrieved, created);
    assertEquals(retrieved, updated);
    assertEquals(retrieved.hashCode(), created.hashCode());
  }

  @Test
  void minimalSubscriberFixtureKeepsNulls() {
    server.enqueueFixture(200, "subscriber-minimal.json");

    Subscriber s = server.client().subscribers().retrieve("sub_01JD2ZM0A1B2C3D4E5F6G7H8J9");

    assertEquals("sub_01JD2ZM0A1B2C3D4E5F6G7H8J9", s.id());
    assertEquals("grace@example.org", s.email());
    assertEquals("grace@example.org", s.emailNormalized());
    assertNull(s.firstName());
    assertNull(s.lastName());
    assertEquals(SubscriberStatus.UNSUBSCRIBED, s.status());
    assertFalse(s.confirmed());
    assertEquals(List.of(), s.tags());
    assertEquals(Map.of(), s.customFields());
    assertNull(s.source());
    assertNull(s.subscribedAt());
    assertNull(s.unsubscribedAt());
    assertEquals(at("2026-11-20T08:00:00Z"), s.createdAt());
    assertEquals(at("2026-11-20T08:00:00Z"), s.updatedAt());
  }

  @Test
  void subscriberListFixturesDecodeItemsAndMeta() {
    server.enqueueFixture(200, "subscriber-list.json");
    server.enqueueFixture(200, "subscriber-list-last.json");
    MaitoClient client = server.client();

    Page<Subscriber> first = client.subscribers().list();
    Page<Subscriber> last = first.nextPage();

    assertEquals(2, first.data().size());
    assertEquals(5L, first.total());
    assertEquals("c3ViXzAxSkQyWk43UDlSMVMzVDVWN1g5WjFCM0Q1", first.nextCursor());
    Subscriber alan = first.data().get(1);
    assertEquals("sub_01JD2ZN7P9R1S3T5V7X9Z1B3D5", alan.id());
    assertEquals("alan@example.net", alan.email());
    assertEquals("Alan", alan.firstName());
    assertNull(alan.lastName());
    assertEquals(SubscriberStatus.BOUNCED, alan.status());
    assertFalse(alan.confirmed());
    assertEquals(List.of(), alan.tags());
    assertEquals(Map.of(), alan.customFields());
    assertNull(alan.source());
    assertEquals(at("2026-11-01T09:00:00Z"), alan.subscribedAt());
    assertEquals(at("2026-11-15T17:20:03Z"), alan.updatedAt());
    assertEquals(12L, first.data().get(0).customFields().get("seats"));

    assertEquals(1, last.data().size());
    assertNull(last.nextCursor());
    assertFalse(last.hasNextPage());
    Subscriber k = last.data().get(0);
    assertEquals("sub_01JD2ZQ2W4Y6A8C0E2G4J6L8N0", k.id());
    assertEquals("Katherine", k.firstName());
    assertEquals("Johnson", k.lastName());
    assertEquals(SubscriberStatus.COMPLAINED, k.status());
    assertTrue(k.confirmed());
    assertEquals(List.of("newsletter"), k.tags());
    assertEquals(Map.of("plan", "pro"), k.customFields());
    assertEquals("import", k.source());
    assertEquals(at("2026-11-10T07:15:00Z"), k.unsubscribedAt());
  }

  @Test
  void bulkResultFixtureDecodesCreatedAndFailedRows() {
    server.enqueueFixture(200, "bulk-result.json");

    BulkCreateResult r =
        server
            .client()
            .subscribers()
            .bulkCreate(List.of(SubscriberCreateParams.builder().email("a@example.com").build()));

    assertEquals(2, r.created().size());
    Subscriber first = r.created().get(0);
    assertEquals("sub_01JD30B1C2D3E4F5G6H7J8K9M0", first.id());
    assertEquals("first@example.com", first.email());
    assertEquals("First", first.firstName());
    assertEquals(List.of("import-2026-11"), first.tags());
    assertEquals("csv-import", first.source());
    assertEquals(at("2026-11-22T12:00:00Z"), first.createdAt());
    assertEquals(Map.of("vip", false), r.created().get(1).customFields());
    assertEquals(at("2026-11-22T12:00:00.001Z"), r.created().get(1).createdAt());
    assertEquals(
        List.of(
            new BulkFailure(
                1,
                "ada.lovelace@example.com",
                "DUPLICATE",
                "A subscriber with this email already exists."),
            new BulkFailure(3, "not-an-email", "VALIDATION_FAILED", "email must be a valid email")),
        r.failed());
    assertTrue(r.failed().get(0).isDuplicate());
    assertFalse(r.failed().get(1).isDuplicate());
  }

  @Test
  void bulkFailureTakesTheCompatReasonInPlaceOfMessage() {
    server.enqueueJson(
        200,
        "{\"ok\":true,\"data\":{\"created\":[],\"failed\":["
            + "{\"index\":0,\"email\":null,\"code\":\"DUPLICATE\",\"reason\":\"exists\"},"
            + "{\"index\":2,\"code\":\"NEW_CODE\"}]}}");

    BulkCreateResult r =
        server
            .client()
            .subscribers()
            .bulkCreate(List.of(SubscriberCreateParams.builder().email("a@example.com").build()));

    assertEquals(List.of(), r.created());
    assertEquals(new BulkFailure(0, null, "DUPLICATE", "exists"), r.failed().get(0));
    assertEquals(new BulkFailure(2, null, "NEW_CODE", "NEW_CODE"), r.failed().get(1));
  }

  @Test
  void deletedFixturesDecode() {
    server.enqueueFixture(200, "subscriber-deleted.json");
    server.enqueueFixture(200, "tag-deleted.json");
    MaitoClient client = server.client();

    assertEquals(new DeleteResult(SUB_ID, true), client.subscribers().delete(SUB_ID));
    assertEquals(
        new DeleteResult("tag_01JD2ZR8W4PC6D8F0G2J4L6N8Q", true),
        client.tags().delete("tag_01JD2ZR8W4PC6D8F0G2J4L6N8Q"));
  }

  // --- tags -------------------------------------------------------------------------------------

  @Test
  void tagFixtureDecodesEveryField() {
    server.enqueueFixture(200, "tag.json");

    Tag t = server.client().tags().retrieve(TAG_ID);

    assertEquals(
        new Tag(
            TAG_ID,
            "vip",
            "Customers on the enterprise plan.",
            42,
            at("2026-09-01T08:00:00Z"),
            at("2026-11-21T16:02:45.120Z")),
        t);
  }

  @Test
  void tagListFixtureDecodesItemsAndMeta() {
    server.enqueueFixture(200, "tag-list.json");

    Page<Tag> page = server.client().tags().list();

    assertEquals(2L, page.total());
    assertNull(page.nextCursor());
    assertFalse(page.hasNextPage());
    assertEquals(
        new Tag(
            "tag_01JD2ZR8W4PC6D8F0G2J4L6N8Q",
            "early-adopter",
            null,
            0,
            at("2026-10-12T14:30:00Z"),
            at("2026-10-12T14:30:00Z")),
        page.data().get(1));
    assertEquals(42, page.data().get(0).subscriberCount());
  }

  // --- API keys ---------------------------------------------------------------------------------

  @Test
  void apiKeyFixtureDecodesEveryField() {
    // No call returns one key without its secret: serve the fixture's data as a one-item list.
    String fixture = Fixtures.read("api-key.json");
    String data = fixture.substring(fixture.indexOf('{', 1), fixture.lastIndexOf('}'));
    server.enqueueJson(200, "{\"ok\":true,\"data\":[" + data + "],\"meta\":{\"total\":1}}");

    List<ApiKey> keys = server.client().apiKeys().list();

    assertEquals(
        List.of(
            new ApiKey(
                "key_01JD30A1B2C3D4E5F6G7H8J9K0",
                "CI pipeline",
                "mk_a1b****",
                ApiKeyScope.RESTRICTED,
                120,
                at("2026-11-22T09:59:58Z"),
                at("2026-06-01T10:00:00Z"),
                at("2027-06-01T10:00:00Z"))),
        keys);
  }

  @Test
  void apiKeyListFixtureDecodesEveryKey() {
    server.enqueueFixture(200, "api-key-list.json");

    List<ApiKey> keys = server.client().apiKeys().list();

    assertEquals(2, keys.size());
    assertEquals(ApiKeyScope.Known.RESTRICTED, keys.get(0).scope().known());
    assertEquals(
        new ApiKey(
            "key_01JD30C5D6E7F8G9H0J1K2L3M4",
            "Production backend",
            "mk_7f3****",
            ApiKeyScope.FULL,
            600,
            null,
            at("2026-11-22T10:00:00Z"),
            null),
        keys.get(1));
    assertThrows(UnsupportedOperationException.class, () -> keys.remove(0));
  }

  @Test
  void createdApiKeyFixtureDecodesKeySecretAndWarning() {
    server.enqueueFixture(201, "api-key-created.json");

    CreatedApiKey created =
        server
            .client()
            .apiKeys()
            .create(ApiKeyCreateParams.builder().name("Nightly export").build());

    assertEquals("key_01JD30D7E8F9G0H1J2K3L4M5N6", created.id());
    assertEquals(
        new ApiKey(
            "key_01JD30D7E8F9G0H1J2K3L4M5N6",
            "Nightly export",
            "mk_9c2****",
            ApiKeyScope.FULL,
            120,
            null,
            at("2026-11-22T10:30:00Z"),
            at("2026-12-22T10:30:00Z")),
        created.key());
    assertEquals("mk_9c2d41f0a8b7e6c5d4f3a2b1c0e9d8f7a6b5c4d3", created.secret());
    assertEquals("Store this key now: it will not be shown again.", created.warning());
  }

  @Test
  void revokedFixtureDecodes() {
    server.enqueueFixture(200, "api-key-revoked.json");

    assertEquals(
        new RevokeResult("key_01JD30A1B2C3D4E5F6G7H8J9K0", true),
        server.client().apiKeys().revoke("key_01JD30A1B2C3D4E5F6G7H8J9K0"));
  }

  // --- forward compatibility --------------------------------------------------------------------

  @Test
  void unknownFieldsAreIgnoredEverywhere() {
    server.enqueueJson(
        200,
        "{\"ok\":true,\"apiVersion\":\"2027-01\",\"data\":{\"id\":\"tag_1\",\"name\":\"vip\","
            + "\"color\":{\"hex\":\"#f00\",\"rgb\":[255,0,0]},\"description\":null,"
            + "\"subscriberCount\":1,\"createdAt\":\"2026-11-22T10:30:00.000Z\","
            + "\"updatedAt\":\"2026-11-22T10:30:00.000Z\",\"archived\":false},"
            + "\"meta\":{\"served_by\":\"eu-1\"}}");

    Tag t = server.client().tags().retrieve("tag_1");

    assertEquals("tag_1", t.id());
    assertEquals(1, t.subscriberCount());
  }

  @Test
  void unknownSubscriberStatusIsKeptAsSent() {
    server.enqueueJson(200, subscriberWith("status", "\"pending_review\""));

    Subscriber s = server.client().subscribers().retrieve("sub_1");

    assertEquals(SubscriberStatus.Known.UNKNOWN, s.status().known());
    assertEquals("pending_review", s.status().asString());
    assertEquals(SubscriberStatus.of("pending_review"), s.status());
    assertNotEquals(SubscriberStatus.SUBSCRIBED, s.status());
  }

  @Test
  void unknownApiKeyScopeIsKeptAsSent() {
    server.enqueueJson(
        200,
        "{\"ok\":true,\"data\":[{\"id\":\"key_1\",\"name\":\"n\",\"keyPrefix\":\"mk_a****\","
            + "\"scope\":\"read_only\",\"rateLimit\":60,\"lastUsedAt\":null,"
            + "\"createdAt\":\"2026-11-22T10:30:00.000Z\",\"expiresAt\":null}]}");

    ApiKey key = server.client().apiKeys().list().get(0);

    assertEquals(ApiKeyScope.Known.UNKNOWN, key.scope().known());
    assertEquals("read_only", key.scope().asString());
    assertEquals(ApiKeyScope.of("read_only"), key.scope());
  }

  @Test
  void customFieldNumbersAreLongWhenIntegralAndDoubleOtherwise() {
    server.enqueueJson(
        200,
        subscriberWith(
            "customFields",
            "{\"int\":7,\"negative\":-3,\"big\":9007199254740993,"
                + "\"fraction\":0.25,\"whole\":2.0,\"exp\":1.5e3,\"none\":null,\"yes\":true,"
                + "\"text\":\"12\"}"));

    Map<String, Object> f = server.client().subscribers().retrieve("sub_1").customFields();

    assertEquals(7L, f.get("int"));
    assertEquals(-3L, f.get("negative"));
    assertEquals(9007199254740993L, f.get("big"), "no precision lost through a double");
    assertEquals(0.25, f.get("fraction"));
    assertEquals(2.0, f.get("whole"));
    assertEquals(1500.0, f.get("exp"));
    assertTrue(f.containsKey("none"));
    assertNull(f.get("none"));
    assertEquals(true, f.get("yes"));
    assertEquals("12", f.get("text"));
    assertThrows(UnsupportedOperationException.class, () -> f.put("x", 1));
  }

  @Test
  void timestampsWithZAndWithAnOffsetAreParsed() {
    server.enqueueJson(
        200,
        subscriberWith("subscribedAt", "\"2026-11-22T11:30:00+01:00\"")
            .replace(
                "\"unsubscribedAt\":null", "\"unsubscribedAt\":\"2026-11-22T05:30:00.5-05:00\"")
            .replace(
                "\"createdAt\":\"2026-11-22T10:30:00.000Z\"",
                "\"createdAt\":\"2026-11-22T10:30:00Z\""));

    Subscriber s = server.client().subscribers().retrieve("sub_1");

    assertEquals(at("2026-11-22T10:30:00Z"), s.subscribedAt());
    assertEquals(at("2026-11-22T10:30:00.500Z"), s.unsubscribedAt());
    assertEquals(at("2026-11-22T10:30:00Z"), s.createdAt());
  }

  @Test
  void anUnreadableTimestampFailsNamingTheField() {
    server.enqueueJson(200, subscriberWith("createdAt", "\"yesterday\""));

    MaitoInvalidResponseException e =
        assertThrows(
            MaitoInvalidResponseException.class,
            () -> server.client().subscribers().retrieve("sub_1"));

    assertTrue(e.getMessage().contains("createdAt"), e.getMessage());
  }

  @Test
  void aMissingRequiredFieldFailsWithAMessageNamingIt() {
    MaitoClient client = server.client();
    String[][] cases = {
      {"\"id\":\"sub_1\",", "id"},
      {"\"email\":\"ann@example.com\",", "email"},
      {"\"status\":\"subscribed\",", "status"},
      {"\"confirmed\":false,", "confirmed"},
      {"\"createdAt\":\"2026-11-22T10:30:00.000Z\",", "createdAt"},
    };
    for (String[] c : cases) {
      server.enqueueJson(200, "{\"ok\":true,\"data\":" + SUBSCRIBER.replace(c[0], "") + "}");

      MaitoInvalidResponseException e =
          assertThrows(
              MaitoInvalidResponseException.class,
              () -> client.subscribers().retrieve("sub_1"),
              "without " + c[1]);

      assertTrue(e.getMessage().contains(c[1]), e.getMessage());
      assertEquals(200, e.statusCode());
      assertEquals(SpecValidatingServer.REQUEST_ID, e.requestId());
    }
  }

  @Test
  void aMissingRequiredFieldInAListItemOrNestedRowFails() {
    MaitoClient client = server.client();
    server.enqueueJson(
        200, "{\"ok\":true,\"data\":[" + SUBSCRIBER.replace("\"id\":\"sub_1\",", "") + "]}");
    server.enqueueJson(
        200,
        "{\"ok\":true,\"data\":[{\"name\":\"n\",\"keyPrefix\":\"mk_a****\",\"scope\":\"full\","
            + "\"rateLimit\":60,\"lastUsedAt\":null,\"createdAt\":\"2026-11-22T10:30:00.000Z\","
            + "\"expiresAt\":null}]}");
    server.enqueueJson(200, "{\"ok\":true,\"data\":{\"id\":\"sub_1\"}}");
    server.enqueueJson(
        200, "{\"ok\":true,\"data\":{\"created\":[],\"failed\":[{\"code\":\"DUPLICATE\"}]}}");

    assertTrue(
        assertThrows(MaitoInvalidResponseException.class, () -> client.subscribers().list())
            .getMessage()
            .contains("Subscriber.id"));
    assertTrue(
        assertThrows(MaitoInvalidResponseException.class, () -> client.apiKeys().list())
            .getMessage()
            .contains("ApiKey.id"));
    assertTrue(
        assertThrows(MaitoInvalidResponseException.class, () -> client.subscribers().delete("s"))
            .getMessage()
            .contains("deleted"));
    assertTrue(
        assertThrows(
                MaitoInvalidResponseException.class,
                () ->
                    client
                        .subscribers()
                        .bulkCreate(
                            List.of(
                                SubscriberCreateParams.builder().email("a@example.com").build())))
            .getMessage()
            .contains("index"));
  }

  @Test
  void aCreatedKeyWithoutItsSecretFailsNamingApiKey() {
    server.enqueueJson(
        201,
        "{\"ok\":true,\"data\":{\"id\":\"key_1\",\"name\":\"n\",\"keyPrefix\":\"mk_a****\","
            + "\"scope\":\"full\",\"rateLimit\":60,\"lastUsedAt\":null,"
            + "\"createdAt\":\"2026-11-22T10:30:00.000Z\",\"expiresAt\":null}}");

    MaitoInvalidResponseException e =
        assertThrows(
            MaitoInvalidResponseException.class,
            () -> server.client().apiKeys().create(ApiKeyCreateParams.builder().name("n").build()));

    assertTrue(e.getMessage().contains("apiKey"), e.getMessage());
  }

  @Test
  void aMissingRequiredFieldFailsTheAsyncFutureWithTheSameException() {
    server.enqueueJson(
        200, "{\"ok\":true,\"data\":" + SUBSCRIBER.replace("\"id\":\"sub_1\",", "") + "}");

    CompletionException e =
        assertThrows(
            CompletionException.class,
            () ->
                server
                    .client()
                    .async()
                    .subscribers()
                    .retrieve("sub_1")
                    .orTimeout(5, TimeUnit.SECONDS)
                    .join());

    assertInstanceOf(MaitoInvalidResponseException.class, e.getCause());
    assertTrue(e.getCause().getMessage().contains("Subscriber.id"), e.getCause().getMessage());
  }

  @Test
  void decodedModelsAreImmutable() {
    server.enqueueFixture(200, "subscriber.json");

    Subscriber s = server.client().subscribers().retrieve(SUB_ID);

    assertThrows(UnsupportedOperationException.class, () -> s.tags().add("x"));
    assertThrows(UnsupportedOperationException.class, () -> s.customFields().remove("seats"));
    assertEquals(Arrays.asList("vip", "early-adopter"), s.tags());
  }

  static final String SUBSCRIBER =
      "{\"id\":\"sub_1\",\"email\":\"ann@example.com\",\"emailNormalized\":\"ann@example.com\","
          + "\"firstName\":null,\"lastName\":null,\"status\":\"subscribed\",\"confirmed\":false,"
          + "\"tags\":[],\"customFields\":{},\"source\":null,\"subscribedAt\":null,"
          + "\"unsubscribedAt\":null,\"createdAt\":\"2026-11-22T10:30:00.000Z\","
          + "\"updatedAt\":\"2026-11-22T10:30:00.000Z\"}";

  /** An envelope around {@link #SUBSCRIBER} with {@code field} set to the JSON {@code value}. */
  static String subscriberWith(String field, String value) {
    String replaced =
        SUBSCRIBER.replaceFirst(
            "\"" + field + "\":(\"[^\"]*\"|null|false|true|\\[]|\\{})",
            java.util.regex.Matcher.quoteReplacement("\"" + field + "\":" + value));
    assertNotEquals(SUBSCRIBER, replaced, field);
    return "{\"ok\":true,\"data\":" + replaced + "}";
  }
}
