package com.getmaito.client;

import static com.getmaito.client.WireAssertions.assertBodiless;
import static com.getmaito.client.WireAssertions.assertPost;
import static com.getmaito.client.WireAssertions.assertPut;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.errors.ConflictException;
import com.getmaito.client.errors.ValidationException;
import com.getmaito.client.model.Subscriber;
import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.client.model.SubscriberStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code findByEmail} and {@code upsert} on the wire, sync and async: an exact match on the
 * normalized address over the fuzzy {@code query}, and create-or-update on 409.
 */
class SubscriberUpsertTest {
  private static final String PATH = "/v1/newsletter/subscribers";
  private static final String SEARCH = "query=ann%40example.com&limit=100";
  private static final String CONFLICT =
      "{\"ok\":false,\"error\":{\"code\":\"CONFLICT\",\"message\":\"Email already subscribed.\"}}";

  @RegisterExtension final SpecValidatingServer server = new SpecValidatingServer();

  static String subscriber(String id, String email) {
    return "{\"id\":\""
        + id
        + "\",\"email\":\""
        + email
        + "\",\"emailNormalized\":\""
        + email.trim().toLowerCase(java.util.Locale.ROOT)
        + "\",\"firstName\":null,\"lastName\":null,\"status\":\"subscribed\",\"confirmed\":false,"
        + "\"tags\":[],\"customFields\":{\"plan\":\"pro\",\"seats\":3},\"source\":null,"
        + "\"subscribedAt\":null,\"unsubscribedAt\":null,"
        + "\"createdAt\":\"2026-11-20T08:00:00.000Z\",\"updatedAt\":\"2026-11-20T08:00:00.000Z\"}";
  }

  static String one(String subscriber) {
    return "{\"ok\":true,\"data\":" + subscriber + "}";
  }

  static String page(String nextCursor, String... subscribers) {
    return "{\"ok\":true,\"data\":["
        + String.join(",", subscribers)
        + "],\"meta\":{\"limit\":100,\"nextCursor\":"
        + (nextCursor == null ? "null" : "\"" + nextCursor + "\"")
        + "}}";
  }

  private static Throwable cause(ExecutionException e) {
    return e.getCause();
  }

  @Test
  void findByEmailSearchesTheNormalizedAddressAndKeepsOnlyTheExactMatch() throws Exception {
    server.enqueueJson(
        200,
        page(
            null,
            subscriber("sub_1", "joann@example.com"),
            subscriber("sub_2", "Ann@Example.com"),
            subscriber("sub_3", "ann@example.com.au")));

    Optional<Subscriber> found = server.client().subscribers().findByEmail("  ANN@example.COM ");

    assertEquals("sub_2", found.orElseThrow().id());
    assertBodiless(server.takeRequest(), "GET", PATH, SEARCH);
  }

  @Test
  void findByEmailIsEmptyWhenOnlyFuzzyMatchesCameBack() throws Exception {
    server.enqueueJson(200, page(null, subscriber("sub_1", "joann@example.com")));

    assertFalse(server.client().subscribers().findByEmail("ann@example.com").isPresent());
    assertEquals(1, server.requestCount());
  }

  @Test
  void findByEmailPagesOnUntilTheMatch() throws Exception {
    server.enqueueJson(200, page("c2", subscriber("sub_1", "joann@example.com")));
    server.enqueueJson(200, page(null, subscriber("sub_2", "ann@example.com")));

    assertEquals(
        "sub_2", server.client().subscribers().findByEmail("ann@example.com").orElseThrow().id());
    assertBodiless(server.takeRequest(), "GET", PATH, SEARCH);
    assertBodiless(
        server.takeRequest(), "GET", PATH, "query=ann%40example.com&limit=100&cursor=c2");
  }

  @Test
  void findByEmailGivesUpAfterTenPagesWithoutAnExactMatch() {
    for (int i = 1; i <= 20; i++) { // ten for the sync call, ten for the async one
      server.enqueueJson(200, page("c" + i, subscriber("sub_" + i, "joann@example.com")));
    }
    MaitoClient client = server.client();

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> client.subscribers().findByEmail("ann@example.com"));
    assertTrue(e.getMessage().contains("1000"), e.getMessage());
    assertFalse(e.getMessage().contains("ann@"), "no address in the message: " + e.getMessage());
    assertEquals(10, server.requestCount());

    ExecutionException async =
        assertThrows(
            ExecutionException.class,
            () ->
                client
                    .async()
                    .subscribers()
                    .findByEmail("ann@example.com")
                    .get(5, TimeUnit.SECONDS));
    assertInstanceOf(IllegalStateException.class, cause(async));
    assertEquals(20, server.requestCount());
  }

  @Test
  void findByEmailRefusesABlankAddressBeforeSending() {
    MaitoClient client = server.client();
    assertThrows(IllegalArgumentException.class, () -> client.subscribers().findByEmail("  "));
    assertThrows(
        IllegalArgumentException.class, () -> client.async().subscribers().findByEmail(" "));
    assertEquals(0, server.requestCount());
  }

  @Test
  void findByEmailAsyncPagesOnUntilTheMatch() throws Exception {
    server.enqueueJson(200, page("c2", subscriber("sub_1", "joann@example.com")));
    server.enqueueJson(200, page(null, subscriber("sub_2", "ann@example.com")));

    Optional<Subscriber> found =
        server
            .client()
            .async()
            .subscribers()
            .findByEmail("Ann@example.com")
            .get(5, TimeUnit.SECONDS);

    assertEquals("sub_2", found.orElseThrow().id());
    assertBodiless(server.takeRequest(), "GET", PATH, SEARCH);
    assertBodiless(
        server.takeRequest(), "GET", PATH, "query=ann%40example.com&limit=100&cursor=c2");
  }

  private static SubscriberCreateParams annWithFields() {
    return SubscriberCreateParams.builder()
        .email("Ann@example.com")
        .firstName("Ann")
        .status(SubscriberStatus.SUBSCRIBED)
        .tags(List.of("vip"))
        .customFields(Map.of("plan", "team"))
        .optInAttestation(true)
        .build();
  }

  private static final String ANN_CREATE_BODY =
      "{\"email\":\"Ann@example.com\",\"firstName\":\"Ann\",\"status\":\"subscribed\","
          + "\"tags\":[\"vip\"],\"customFields\":{\"plan\":\"team\"},\"optInAttestation\":true}";

  private static final String ANN_UPDATE_BODY =
      "{\"firstName\":\"Ann\",\"status\":\"subscribed\",\"tags\":[\"vip\"],"
          + "\"customFields\":{\"plan\":\"team\"}}";

  @Test
  void upsertCreatesWhenTheEmailIsNew() throws Exception {
    server.enqueueJson(201, one(subscriber("sub_new", "Ann@example.com")));

    Subscriber s = server.client().subscribers().upsert(annWithFields());

    assertEquals("sub_new", s.id());
    assertPost(server.takeRequest(), PATH, ANN_CREATE_BODY);
    assertEquals(1, server.requestCount());
  }

  @Test
  void upsertUpdatesTheFieldsThatWereSetOnConflict() throws Exception {
    server.enqueueJson(409, CONFLICT);
    server.enqueueJson(
        200,
        page(
            null,
            subscriber("sub_jo", "joann@example.com"),
            subscriber("sub_ann", "ann@example.com")));
    server.enqueueJson(200, one(subscriber("sub_ann", "ann@example.com")));

    Subscriber s = server.client().subscribers().upsert(annWithFields());

    assertEquals("sub_ann", s.id());
    assertPost(server.takeRequest(), PATH, ANN_CREATE_BODY);
    assertBodiless(server.takeRequest(), "GET", PATH, SEARCH);
    assertPut(server.takeRequest(), PATH + "/sub_ann", ANN_UPDATE_BODY);
  }

  @Test
  void upsertAsyncUpdatesTheFieldsThatWereSetOnConflict() throws Exception {
    server.enqueueJson(409, CONFLICT);
    server.enqueueJson(200, page(null, subscriber("sub_ann", "ann@example.com")));
    server.enqueueJson(200, one(subscriber("sub_ann", "ann@example.com")));

    Subscriber s =
        server.client().async().subscribers().upsert(annWithFields()).get(5, TimeUnit.SECONDS);

    assertEquals("sub_ann", s.id());
    assertPost(server.takeRequest(), PATH, ANN_CREATE_BODY);
    assertBodiless(server.takeRequest(), "GET", PATH, SEARCH);
    assertPut(server.takeRequest(), PATH + "/sub_ann", ANN_UPDATE_BODY);
  }

  @Test
  void upsertWithOnlyAnEmailReturnsTheExistingSubscriberWithoutWriting() throws Exception {
    SubscriberCreateParams onlyEmail =
        SubscriberCreateParams.builder().email("ann@example.com").build();
    for (int i = 0; i < 2; i++) {
      server.enqueueJson(409, CONFLICT);
      server.enqueueJson(200, page(null, subscriber("sub_ann", "ann@example.com")));
    }
    MaitoClient client = server.client();

    assertEquals("sub_ann", client.subscribers().upsert(onlyEmail).id());
    assertEquals(
        "sub_ann", client.async().subscribers().upsert(onlyEmail).get(5, TimeUnit.SECONDS).id());

    List<String> methods = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      methods.add(server.takeRequest().getMethod());
    }
    assertEquals(List.of("POST", "GET", "POST", "GET"), methods);
  }

  @Test
  void upsertThrowsTheConflictWhenTheSubscriberIsGoneByTheLookup() throws Exception {
    for (int i = 0; i < 2; i++) {
      server.enqueueJson(409, CONFLICT);
      server.enqueueJson(200, page(null, subscriber("sub_jo", "joann@example.com")));
    }
    MaitoClient client = server.client();

    ConflictException e =
        assertThrows(ConflictException.class, () -> client.subscribers().upsert(annWithFields()));
    assertEquals(409, e.statusCode());
    ExecutionException async =
        assertThrows(
            ExecutionException.class,
            () -> client.async().subscribers().upsert(annWithFields()).get(5, TimeUnit.SECONDS));
    assertInstanceOf(ConflictException.class, cause(async));
    assertEquals(4, server.requestCount());
  }

  @Test
  void upsertPassesOtherFailuresThroughWithoutALookup() throws Exception {
    String invalid =
        "{\"ok\":false,\"error\":{\"code\":\"VALIDATION_FAILED\",\"message\":\"Invalid.\"}}";
    server.enqueueJson(400, invalid);
    server.enqueueJson(400, invalid);
    MaitoClient client = server.client();

    assertThrows(ValidationException.class, () -> client.subscribers().upsert(annWithFields()));
    ExecutionException async =
        assertThrows(
            ExecutionException.class,
            () -> client.async().subscribers().upsert(annWithFields()).get(5, TimeUnit.SECONDS));
    assertInstanceOf(ValidationException.class, cause(async));
    assertEquals(2, server.requestCount());
  }

  @Test
  void upsertSendsTheCallersOptionsWithEveryRequest() throws Exception {
    server.enqueueJson(409, CONFLICT);
    server.enqueueJson(200, page(null, subscriber("sub_ann", "ann@example.com")));
    server.enqueueJson(200, one(subscriber("sub_ann", "ann@example.com")));
    RequestOptions options = RequestOptions.builder().header("X-Trace", "t-1").build();

    assertEquals("sub_ann", server.client().subscribers().upsert(annWithFields(), options).id());
    for (int i = 0; i < 3; i++) {
      assertEquals("t-1", server.takeRequest().getHeaders().get("X-Trace"));
    }
  }
}
