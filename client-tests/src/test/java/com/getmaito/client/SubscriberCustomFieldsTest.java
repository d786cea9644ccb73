package com.getmaito.client;

import static com.getmaito.client.WireAssertions.assertBodiless;
import static com.getmaito.client.WireAssertions.assertPut;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.getmaito.client.model.Subscriber;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code updateCustomFields} on the wire, sync and async: it reads the subscriber and writes the
 * merged map, so the fields it does not name are kept (a plain update replaces the whole map).
 */
class SubscriberCustomFieldsTest {
  private static final String PATH = "/v1/newsletter/subscribers/sub_1";

  @RegisterExtension final SpecValidatingServer server = new SpecValidatingServer();

  private void enqueueReadAndWrite() {
    // The stored map is {"plan":"pro","seats":3}.
    server.enqueueJson(
        200, SubscriberUpsertTest.one(SubscriberUpsertTest.subscriber("sub_1", "a@example.com")));
    server.enqueueJson(
        200, SubscriberUpsertTest.one(SubscriberUpsertTest.subscriber("sub_1", "a@example.com")));
  }

  @Test
  void setsAndRemovesSingleFieldsKeepingTheOthers() throws Exception {
    enqueueReadAndWrite();
    Map<String, Object> set = new HashMap<>();
    set.put("referrer", null);
    set.put("seats", 5);

    Subscriber s =
        server
            .client()
            .subscribers()
            .updateCustomFields("sub_1", Map.of("beta", true), Set.of("plan"));

    assertEquals("sub_1", s.id());
    assertBodiless(server.takeRequest(), "GET", PATH, null);
    assertPut(server.takeRequest(), PATH, "{\"customFields\":{\"seats\":3,\"beta\":true}}");

    enqueueReadAndWrite();
    server.client().subscribers().updateCustomFields("sub_1", set, List.of());
    assertBodiless(server.takeRequest(), "GET", PATH, null);
    // Existing fields keep their place; a null value is stored as null, not removed.
    assertPut(
        server.takeRequest(),
        PATH,
        "{\"customFields\":{\"plan\":\"pro\",\"seats\":5,\"referrer\":null}}");
  }

  @Test
  void asyncSetsAndRemovesSingleFieldsKeepingTheOthers() throws Exception {
    enqueueReadAndWrite();

    Subscriber s =
        server
            .client()
            .async()
            .subscribers()
            .updateCustomFields("sub_1", Map.of("beta", true), Set.of("plan"))
            .get(5, TimeUnit.SECONDS);

    assertEquals("sub_1", s.id());
    assertBodiless(server.takeRequest(), "GET", PATH, null);
    assertPut(server.takeRequest(), PATH, "{\"customFields\":{\"seats\":3,\"beta\":true}}");
  }

  @Test
  void writesNothingWhenTheMapWouldNotChange() throws Exception {
    server.enqueueJson(
        200, SubscriberUpsertTest.one(SubscriberUpsertTest.subscriber("sub_1", "a@example.com")));
    server.enqueueJson(
        200, SubscriberUpsertTest.one(SubscriberUpsertTest.subscriber("sub_1", "a@example.com")));
    MaitoClient client = server.client();

    client.subscribers().updateCustomFields("sub_1", Map.of("plan", "pro"), Set.of("absent"));
    client
        .async()
        .subscribers()
        .updateCustomFields("sub_1", Map.of("seats", 3L), Set.of())
        .get(5, TimeUnit.SECONDS);

    assertEquals("GET", server.takeRequest().getMethod());
    assertEquals("GET", server.takeRequest().getMethod());
    assertEquals(2, server.requestCount());
  }

  @Test
  void refusesAFieldBothSetAndRemovedOrAnInvalidValueBeforeSending() {
    MaitoClient client = server.client();

    IllegalArgumentException both =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                client
                    .subscribers()
                    .updateCustomFields("sub_1", Map.of("plan", "x"), Set.of("plan")));
    assertEquals("customFields key \"plan\" is both set and removed: pick one", both.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            client.subscribers().updateCustomFields("sub_1", Map.of("plan", List.of()), Set.of()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            client
                .async()
                .subscribers()
                .updateCustomFields("sub_1", Map.of("plan", "x"), Set.of("plan")));
    assertEquals(0, server.requestCount());
  }
}
