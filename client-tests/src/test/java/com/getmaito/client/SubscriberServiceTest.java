package com.getmaito.client;

import static com.getmaito.client.WireAssertions.GENERATED_KEY;
import static com.getmaito.client.WireAssertions.assertBodiless;
import static com.getmaito.client.WireAssertions.assertPost;
import static com.getmaito.client.WireAssertions.assertPut;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.model.BulkCreateParams;
import com.getmaito.client.model.BulkCreateResult;
import com.getmaito.client.model.DeleteResult;
import com.getmaito.client.model.Subscriber;
import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.client.model.SubscriberListParams;
import com.getmaito.client.model.SubscriberStatus;
import com.getmaito.client.model.SubscriberUpdateParams;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The wire form of every {@link SubscriberService} and {@link SubscriberServiceAsync} call. */
class SubscriberServiceTest {
  private static final String PATH = "/v1/newsletter/subscribers";
  private static final String ID = "sub_01JD2ZK4M8QX7T3V9B6N2R5W1C";

  @RegisterExtension final SpecValidatingServer server = new SpecValidatingServer();

  static SubscriberCreateParams fullCreate() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("company", "Analytical Engines Ltd");
    fields.put("seats", 12);
    fields.put("score", 4.5);
    fields.put("beta", true);
    fields.put("referrer", null);
    return SubscriberCreateParams.builder()
        .email("Ada.Lovelace@Example.com")
        .firstName("Ada")
        .lastName("Lovelace")
        .status(SubscriberStatus.SUBSCRIBED)
        .confirmed(true)
        .tags(List.of("vip", "early-adopter"))
        .customFields(fields)
        .source("landing-page")
        .optInAttestation(true)
        .build();
  }

  static final String FULL_CREATE_BODY =
      "{\"email\":\"Ada.Lovelace@Example.com\",\"firstName\":\"Ada\",\"lastName\":\"Lovelace\","
          + "\"status\":\"subscribed\",\"confirmed\":true,\"tags\":[\"vip\",\"early-adopter\"],"
          + "\"customFields\":{\"company\":\"Analytical Engines Ltd\",\"seats\":12,\"score\":4.5,"
          + "\"beta\":true,\"referrer\":null},\"source\":\"landing-page\",\"optInAttestation\":true}";

  @Test
  void createSendsExactJsonBodyAndBearerKey() throws Exception {
    server.enqueueFixture(201, "subscriber.json");

    Subscriber s = server.client().subscribers().create(fullCreate());

    assertEquals(ID, s.id());
    String key = assertPost(server.takeRequest(), PATH, FULL_CREATE_BODY);
    assertTrue(GENERATED_KEY.matcher(key).matches(), key);
  }

  @Test
  void createSendsOnlyTheFieldsThatWereSet() throws Exception {
    server.enqueueFixture(201, "subscriber-minimal.json");

    server
        .client()
        .subscribers()
        .create(SubscriberCreateParams.builder().email("grace@example.org").build());

    assertPost(server.takeRequest(), PATH, "{\"email\":\"grace@example.org\"}");
  }

  @Test
  void createGeneratesAFreshIdempotencyKeyPerCall() throws Exception {
    server.enqueueFixture(201, "subscriber.json");
    server.enqueueFixture(201, "subscriber.json");
    MaitoClient client = server.client();
    SubscriberCreateParams params = SubscriberCreateParams.builder().email("a@example.com").build();

    client.subscribers().create(params);
    client.subscribers().create(params);

    String first = server.takeRequest().getHeaders().get("Idempotency-Key");
    String second = server.takeRequest().getHeaders().get("Idempotency-Key");
    assertTrue(GENERATED_KEY.matcher(first).matches(), first);
    assertNotEquals(first, second);
  }

  @Test
  void createUsesTheCallersIdempotencyKeyAsIs() throws Exception {
    server.enqueueFixture(201, "subscriber.json");

    server
        .client()
        .subscribers()
        .create(
            SubscriberCreateParams.builder().email("a@example.com").build(),
            RequestOptions.builder().idempotencyKey("import-42-batch-7").build());

    assertEquals(
        "import-42-batch-7",
        assertPost(server.takeRequest(), PATH, "{\"email\":\"a@example.com\"}"));
  }

  @Test
  void createWithoutAutoKeysSendsNoIdempotencyKey() throws Exception {
    server.enqueueFixture(201, "subscriber.json");
    MaitoClient client = server.track(server.clientBuilder().autoIdempotencyKeys(false).build());

    client.subscribers().create(SubscriberCreateParams.builder().email("a@example.com").build());

    assertNull(server.takeRequest().getHeaders().get("Idempotency-Key"));
  }

  @Test
  void requestOptionsHeadersAreSent() throws Exception {
    server.enqueueFixture(200, "subscriber.json");

    server
        .client()
        .subscribers()
        .retrieve(ID, RequestOptions.builder().header("X-Trace-Id", "trace-7").build());

    RecordedRequest r = server.takeRequest();
    assertEquals("trace-7", r.getHeaders().get("X-Trace-Id"));
    assertBodiless(r, "GET", PATH + "/" + ID, null);
  }

  @Test
  void xApiKeySchemeSendsTheKeyInXApiKeyAndNoAuthorization() throws Exception {
    server.enqueueFixture(200, "subscriber.json");
    MaitoClient client =
        server.track(server.clientBuilder().authScheme(AuthScheme.X_API_KEY).build());

    client.subscribers().retrieve(ID);

    RecordedRequest r = server.takeRequest();
    assertEquals(SpecValidatingServer.KEY, r.getHeaders().get("X-API-Key"));
    assertNull(r.getHeaders().get("Authorization"));
  }

  @Test
  void retrieveSendsGetWithTheIdUrlEncoded() throws Exception {
    server.enqueueFixture(200, "subscriber.json");

    server.client().subscribers().retrieve("a/b c?d#e%f");

    assertBodiless(server.takeRequest(), "GET", PATH + "/a%2Fb%20c%3Fd%23e%25f", null);
  }

  @Test
  void blankOrDotIdsAreRejectedBeforeSending() {
    MaitoClient client = server.client();
    for (String id : new String[] {"", "  ", ".", ".."}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> client.subscribers().retrieve(id));
      assertTrue(e.getMessage().startsWith("id "), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> client.subscribers().delete(id));
      assertThrows(
          IllegalArgumentException.class,
          () ->
              client
                  .subscribers()
                  .update(id, SubscriberUpdateParams.builder().confirmed(true).build()));
    }
    assertEquals(0, server.requestCount());
  }

  @Test
  void updateSendsOnlyTheSetFieldsAndNullForClearedOnes() throws Exception {
    server.enqueueFixture(200, "subscriber.json");

    server
        .client()
        .subscribers()
        .update(
            ID,
            SubscriberUpdateParams.builder().firstName("Ada").lastName(null).source(null).build());

    assertPut(
        server.takeRequest(),
        PATH + "/" + ID,
        "{\"firstName\":\"Ada\",\"lastName\":null,\"source\":null}");
  }

  @Test
  void updateSendsEveryField() throws Exception {
    server.enqueueFixture(200, "subscriber.json");
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("plan", "pro");
    fields.put("seats", 3L);

    server
        .client()
        .subscribers()
        .update(
            "a/b c",
            SubscriberUpdateParams.builder()
                .email("new@example.com")
                .firstName("Ann")
                .lastName("Lee")
                .status(SubscriberStatus.UNSUBSCRIBED)
                .confirmed(false)
                .tags(List.of("vip"))
                .customFields(fields)
                .source("crm")
                .build());

    assertPut(
        server.takeRequest(),
        PATH + "/a%2Fb%20c",
        "{\"email\":\"new@example.com\",\"firstName\":\"Ann\",\"lastName\":\"Lee\","
            + "\"status\":\"unsubscribed\",\"confirmed\":false,\"tags\":[\"vip\"],"
            + "\"customFields\":{\"plan\":\"pro\",\"seats\":3},\"source\":\"crm\"}");
  }

  @Test
  void updateClearsTagsAndCustomFieldsWithEmptyValuesAsTheSpecAsks() throws Exception {
    server.enqueueFixture(200, "subscriber.json");

    server
        .client()
        .subscribers()
        .update(ID, SubscriberUpdateParams.builder().tags(null).customFields(null).build());

    assertPut(server.takeRequest(), PATH + "/" + ID, "{\"tags\":[],\"customFields\":{}}");
  }

  @Test
  void emptyUpdateSendsAnEmptyObject() throws Exception {
    server.enqueueFixture(200, "subscriber.json");

    server.client().subscribers().update(ID, SubscriberUpdateParams.builder().build());

    assertPut(server.takeRequest(), PATH + "/" + ID, "{}");
  }

  @Test
  void deleteSendsDeleteWithoutBody() throws Exception {
    server.enqueueFixture(200, "subscriber-deleted.json");

    DeleteResult result = server.client().subscribers().delete(ID);

    assertEquals(new DeleteResult(ID, true), result);
    assertBodiless(server.takeRequest(), "DELETE", PATH + "/" + ID, null);
  }

  @Test
  void listWithoutParamsSendsNoQuery() throws Exception {
    server.enqueueFixture(200, "subscriber-list.json");

    server.client().subscribers().list();

    assertBodiless(server.takeRequest(), "GET", PATH, null);
  }

  @Test
  void listSendsEveryFilterAsAnEncodedQuery() throws Exception {
    server.enqueueFixture(200, "subscriber-list.json");

    server
        .client()
        .subscribers()
        .list(
            SubscriberListParams.builder()
                .status(SubscriberStatus.BOUNCED)
                .tag("early adopter")
                .query("ada & co")
                .limit(2)
                .cursor("c3Vi/+=")
                .build());

    RecordedRequest r = server.takeRequest();
    assertBodiless(
        r,
        "GET",
        PATH,
        "status=bounced&tag=early%20adopter&query=ada%20%26%20co&limit=2&cursor=c3Vi%2F%2B%3D");
    assertEquals("c3Vi/+=", r.getUrl().queryParameter("cursor"));
  }

  @Test
  void listSendsOffset() throws Exception {
    server.enqueueFixture(200, "subscriber-list.json");

    server
        .client()
        .subscribers()
        .list(SubscriberListParams.builder().offset(40L).limit(20).build());

    assertBodiless(server.takeRequest(), "GET", PATH, "limit=20&offset=40");
  }

  @Test
  void bulkCreateSendsRowsAndAttestation() throws Exception {
    server.enqueueFixture(200, "bulk-result.json");

    BulkCreateResult result =
        server
            .client()
            .subscribers()
            .bulkCreate(
                BulkCreateParams.builder()
                    .subscribers(
                        List.of(
                            SubscriberCreateParams.builder()
                                .email("first@example.com")
                                .firstName("First")
                                .build(),
                            SubscriberCreateParams.builder()
                                .email("third@example.com")
                                .tags(List.of("import-2026-11"))
                                .build()))
                    .optInAttestation(true)
                    .build());

    assertEquals(2, result.created().size());
    assertPost(
        server.takeRequest(),
        PATH + "/bulk",
        "{\"subscribers\":[{\"email\":\"first@example.com\",\"firstName\":\"First\"},"
            + "{\"email\":\"third@example.com\",\"tags\":[\"import-2026-11\"]}],"
            + "\"optInAttestation\":true}");
  }

  @Test
  void bulkCreateOfAListSendsNoAttestation() throws Exception {
    server.enqueueFixture(200, "bulk-result.json");

    server
        .client()
        .subscribers()
        .bulkCreate(List.of(SubscriberCreateParams.builder().email("a@example.com").build()));

    assertPost(
        server.takeRequest(), PATH + "/bulk", "{\"subscribers\":[{\"email\":\"a@example.com\"}]}");
  }

  @Test
  void bulkCreateUsesTheCallersIdempotencyKey() throws Exception {
    server.enqueueFixture(200, "bulk-result.json");

    server
        .client()
        .subscribers()
        .bulkCreate(
            List.of(SubscriberCreateParams.builder().email("a@example.com").build()),
            RequestOptions.builder().idempotencyKey("bulk-1").build());

    assertEquals("bulk-1", server.takeRequest().getHeaders().get("Idempotency-Key"));
  }

  // --- async: the same wire form ----------------------------------------------------------------

  @Test
  void asyncCreateSendsTheSameRequestAsSync() throws Exception {
    server.enqueueFixture(201, "subscriber.json");

    Subscriber s =
        server.client().async().subscribers().create(fullCreate()).get(5, TimeUnit.SECONDS);

    assertEquals(ID, s.id());
    String key = assertPost(server.takeRequest(), PATH, FULL_CREATE_BODY);
    assertTrue(GENERATED_KEY.matcher(key).matches(), key);
  }

  @Test
  void asyncCreateUsesTheCallersIdempotencyKeyAndHeaders() throws Exception {
    server.enqueueFixture(201, "subscriber.json");

    server
        .client()
        .async()
        .subscribers()
        .create(
            SubscriberCreateParams.builder().email("a@example.com").build(),
            RequestOptions.builder().idempotencyKey("k-1").header("X-Trace-Id", "t").build())
        .get(5, TimeUnit.SECONDS);

    RecordedRequest r = server.takeRequest();
    assertEquals("k-1", assertPost(r, PATH, "{\"email\":\"a@example.com\"}"));
    assertEquals("t", r.getHeaders().get("X-Trace-Id"));
  }

  @Test
  void asyncRetrieveUpdateDeleteSendTheSameRequestsAsSync() throws Exception {
    server.enqueueFixture(200, "subscriber.json");
    server.enqueueFixture(200, "subscriber.json");
    server.enqueueFixture(200, "subscriber-deleted.json");
    SubscriberServiceAsync async = server.client().async().subscribers();

    assertEquals(ID, async.retrieve("a/b c").get(5, TimeUnit.SECONDS).id());
    assertEquals(
        ID,
        async
            .update("a/b c", SubscriberUpdateParams.builder().lastName(null).build())
            .get(5, TimeUnit.SECONDS)
            .id());
    assertTrue(async.delete("a/b c").get(5, TimeUnit.SECONDS).deleted());

    assertBodiless(server.takeRequest(), "GET", PATH + "/a%2Fb%20c", null);
    assertPut(server.takeRequest(), PATH + "/a%2Fb%20c", "{\"lastName\":null}");
    assertBodiless(server.takeRequest(), "DELETE", PATH + "/a%2Fb%20c", null);
  }

  @Test
  void asyncListAndBulkCreateSendTheSameRequestsAsSync() throws Exception {
    server.enqueueFixture(200, "subscriber-list.json");
    server.enqueueFixture(200, "subscriber-list.json");
    server.enqueueFixture(200, "bulk-result.json");
    server.enqueueFixture(200, "bulk-result.json");
    SubscriberServiceAsync async = server.client().async().subscribers();
    SubscriberCreateParams row = SubscriberCreateParams.builder().email("a@example.com").build();

    assertEquals(2, async.list().get(5, TimeUnit.SECONDS).data().size());
    async.list(SubscriberListParams.builder().tag("vip").limit(2).build()).get(5, TimeUnit.SECONDS);
    async.bulkCreate(List.of(row)).get(5, TimeUnit.SECONDS);
    async
        .bulkCreate(
            BulkCreateParams.builder().subscribers(List.of(row)).optInAttestation(true).build())
        .get(5, TimeUnit.SECONDS);

    assertBodiless(server.takeRequest(), "GET", PATH, null);
    assertBodiless(server.takeRequest(), "GET", PATH, "tag=vip&limit=2");
    assertPost(
        server.takeRequest(), PATH + "/bulk", "{\"subscribers\":[{\"email\":\"a@example.com\"}]}");
    assertPost(
        server.takeRequest(),
        PATH + "/bulk",
        "{\"subscribers\":[{\"email\":\"a@example.com\"}],\"optInAttestation\":true}");
  }
}
