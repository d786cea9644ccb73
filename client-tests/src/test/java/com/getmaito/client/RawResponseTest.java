package com.getmaito.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.errors.NotFoundException;
import com.getmaito.client.model.ApiKeyCreateParams;
import com.getmaito.client.model.DeleteResult;
import com.getmaito.client.model.Subscriber;
import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.client.model.SubscriberListParams;
import com.getmaito.client.model.SubscriberUpdateParams;
import com.getmaito.client.model.Tag;
import com.getmaito.client.model.TagCreateParams;
import com.getmaito.client.model.TagListParams;
import com.getmaito.client.model.TagUpdateParams;
import com.getmaito.client.testing.FakeSleeper;
import com.getmaito.client.testing.ResilienceFixtures;
import com.getmaito.emulator.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code withRawResponse()}: every call of every service, sync and async, gives the status,
 * headers, request id and rate-limit headers of the response beside the value the plain call gives.
 */
class RawResponseTest {
  private static final String SUBS = "/v1/newsletter/subscribers";
  private static final String TAGS = "/v1/newsletter/tags";
  private static final String KEYS = "/v1/api-keys";

  @RegisterExtension final SpecValidatingServer server = new SpecValidatingServer();

  private final MutableClock clock = ResilienceFixtures.clock();
  private final FakeSleeper sleeper = new FakeSleeper(clock);

  private MaitoClient client() {
    return server.track(server.clientBuilder().clock(clock).sleeper(sleeper).build());
  }

  /** One call of the contract through a raw view: its canned answer and the request it sends. */
  record Call(
      String name,
      int status,
      String fixture,
      String method,
      String path,
      Function<MaitoClient, RawResponse<?>> sync,
      Function<MaitoClient, CompletableFuture<? extends RawResponse<?>>> async) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Call> calls() {
    SubscriberCreateParams ann = SubscriberCreateParams.builder().email("ann@example.com").build();
    SubscriberUpdateParams rename = SubscriberUpdateParams.builder().firstName("Annie").build();
    TagCreateParams vip = TagCreateParams.of("vip");
    TagUpdateParams describe = TagUpdateParams.builder().description("Very").build();
    ApiKeyCreateParams key = ApiKeyCreateParams.builder().name("ci").build();
    return List.of(
        new Call(
            "subscribers.create",
            201,
            "subscriber.json",
            "POST",
            SUBS,
            c -> c.subscribers().withRawResponse().create(ann),
            c -> c.async().subscribers().withRawResponse().create(ann)),
        new Call(
            "subscribers.retrieve",
            200,
            "subscriber.json",
            "GET",
            SUBS + "/sub_1",
            c -> c.subscribers().withRawResponse().retrieve("sub_1"),
            c -> c.async().subscribers().withRawResponse().retrieve("sub_1")),
        new Call(
            "subscribers.update",
            200,
            "subscriber.json",
            "PUT",
            SUBS + "/sub_1",
            c -> c.subscribers().withRawResponse().update("sub_1", rename),
            c -> c.async().subscribers().withRawResponse().update("sub_1", rename)),
        new Call(
            "subscribers.delete",
            200,
            "subscriber-deleted.json",
            "DELETE",
            SUBS + "/sub_1",
            c -> c.subscribers().withRawResponse().delete("sub_1"),
            c -> c.async().subscribers().withRawResponse().delete("sub_1")),
        new Call(
            "subscribers.list",
            200,
            "subscriber-list.json",
            "GET",
            SUBS,
            c -> c.subscribers().withRawResponse().list(),
            c -> c.async().subscribers().withRawResponse().list()),
        new Call(
            "subscribers.bulkCreate",
            200,
            "bulk-result.json",
            "POST",
            SUBS + "/bulk",
            c -> c.subscribers().withRawResponse().bulkCreate(List.of(ann)),
            c -> c.async().subscribers().withRawResponse().bulkCreate(List.of(ann))),
        new Call(
            "tags.create",
            201,
            "tag.json",
            "POST",
            TAGS,
            c -> c.tags().withRawResponse().create(vip),
            c -> c.async().tags().withRawResponse().create(vip)),
        new Call(
            "tags.retrieve",
            200,
            "tag.json",
            "GET",
            TAGS + "/tag_1",
            c -> c.tags().withRawResponse().retrieve("tag_1"),
            c -> c.async().tags().withRawResponse().retrieve("tag_1")),
        new Call(
            "tags.update",
            200,
            "tag.json",
            "PUT",
            TAGS + "/tag_1",
            c -> c.tags().withRawResponse().update("tag_1", describe),
            c -> c.async().tags().withRawResponse().update("tag_1", describe)),
        new Call(
            "tags.delete",
            200,
            "tag-deleted.json",
            "DELETE",
            TAGS + "/tag_1",
            c -> c.tags().withRawResponse().delete("tag_1"),
            c -> c.async().tags().withRawResponse().delete("tag_1")),
        new Call(
            "tags.list",
            200,
            "tag-list.json",
            "GET",
            TAGS,
            c -> c.tags().withRawResponse().list(TagListParams.ofDefaults()),
            c -> c.async().tags().withRawResponse().list(TagListParams.ofDefaults())),
        new Call(
            "apiKeys.create",
            201,
            "api-key-created.json",
            "POST",
            KEYS,
            c -> c.apiKeys().withRawResponse().create(key),
            c -> c.async().apiKeys().withRawResponse().create(key)),
        new Call(
            "apiKeys.list",
            200,
            "api-key-list.json",
            "GET",
            KEYS,
            c -> c.apiKeys().withRawResponse().list(),
            c -> c.async().apiKeys().withRawResponse().list()),
        new Call(
            "apiKeys.revoke",
            200,
            "api-key-revoked.json",
            "DELETE",
            KEYS + "/key_1",
            c -> c.apiKeys().withRawResponse().revoke("key_1"),
            c -> c.async().apiKeys().withRawResponse().revoke("key_1")));
  }

  static List<Arguments> everyCall() {
    return calls().stream().map(Arguments::of).toList();
  }

  private void enqueue(Call call, String requestId) {
    server.enqueue(
        new MockResponse.Builder()
            .code(call.status())
            .addHeader("Content-Type", "application/json")
            .addHeader("X-Request-Id", requestId)
            .addHeader("RateLimit-Limit", "120")
            .addHeader("RateLimit-Remaining", "119")
            .addHeader("RateLimit-Reset", "42")
            .body(SpecValidatingServer.Fixtures.read(call.fixture()))
            .build());
  }

  private void assertRaw(Call call, RawResponse<?> raw, String requestId) throws Exception {
    assertEquals(call.status(), raw.statusCode(), call.name());
    assertEquals(requestId, raw.requestId(), call.name());
    assertEquals(requestId, raw.header("X-REQUEST-ID"), call.name());
    assertEquals(List.of("120"), raw.headers().get("ratelimit-limit"), call.name());
    assertEquals(119, raw.rateLimit().remaining(), call.name());
    assertEquals(Duration.ofSeconds(42), raw.rateLimit().reset(), call.name());
    assertNotNull(raw.value(), call.name());
    RecordedRequest r = server.takeRequest();
    assertEquals(call.method(), r.getMethod(), call.name());
    assertEquals(call.path(), r.getUrl().encodedPath(), call.name());
  }

  @ParameterizedTest
  @MethodSource("everyCall")
  void everyCallGivesItsResponseBesideTheValue(Call call) throws Exception {
    MaitoClient client = client();
    enqueue(call, "req_sync");
    assertRaw(call, call.sync().apply(client), "req_sync");

    enqueue(call, "req_async");
    assertRaw(call, call.async().apply(client).get(5, TimeUnit.SECONDS), "req_async");
  }

  @Test
  void theValueIsWhatThePlainCallReturns() throws Exception {
    server.enqueueFixture(200, "subscriber.json");
    server.enqueueFixture(200, "subscriber.json");
    MaitoClient client = client();

    Subscriber plain = client.subscribers().retrieve("sub_1");
    RawResponse<Subscriber> raw = client.subscribers().withRawResponse().retrieve("sub_1");

    assertEquals(plain, raw.value());
  }

  @Test
  void headersAreAnImmutableMapOfListsWithLowerCasedNames() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .addHeader("Link", "<a>; rel=first")
            .addHeader("LINK", "<b>; rel=next")
            .body(SpecValidatingServer.Fixtures.read("tag.json"))
            .build());

    RawResponse<Tag> raw = client().tags().withRawResponse().retrieve("tag_1");

    assertEquals(List.of("<a>; rel=first", "<b>; rel=next"), raw.headers().get("link"));
    assertEquals("<a>; rel=first", raw.header("Link"));
    assertNull(raw.header("X-Absent"));
    assertNull(raw.requestId());
    assertNull(raw.rateLimit());
    assertThrows(UnsupportedOperationException.class, () -> raw.headers().put("x", List.of()));
    assertThrows(UnsupportedOperationException.class, () -> raw.headers().get("link").add("c"));
    assertTrue(raw.headers().keySet().stream().allMatch(n -> n.equals(n.toLowerCase())));
  }

  @Test
  void afterRetriesTheResponseIsTheOneThatAnswered() throws Exception {
    server.enqueueJson(
        503,
        "{\"ok\":false,\"error\":{\"code\":\"UNAVAILABLE\",\"message\":\"x\"}}",
        "X-Request-Id",
        "req_first");
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .addHeader("X-Request-Id", "req_second")
            .body(SpecValidatingServer.Fixtures.read("subscriber.json"))
            .build());

    RawResponse<Subscriber> raw = client().subscribers().withRawResponse().retrieve("sub_1");

    assertEquals(200, raw.statusCode());
    assertEquals("req_second", raw.requestId());
  }

  @Test
  void aDeleteWhoseRetryFindsItGoneShowsThat404BesideTheResult() throws Exception {
    server.enqueueJson(
        503, "{\"ok\":false,\"error\":{\"code\":\"UNAVAILABLE\",\"message\":\"x\"}}");
    server.enqueueJson(404, "{\"ok\":false,\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"x\"}}");

    RawResponse<DeleteResult> raw = client().subscribers().withRawResponse().delete("sub_1");

    assertEquals(new DeleteResult("sub_1", true), raw.value());
    assertEquals(404, raw.statusCode());
  }

  @Test
  void failuresAreThrownAsByThePlainCall() {
    server.enqueueJson(404, "{\"ok\":false,\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"x\"}}");
    server.enqueueJson(404, "{\"ok\":false,\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"x\"}}");
    MaitoClient client = client();

    NotFoundException e =
        assertThrows(
            NotFoundException.class,
            () -> client.subscribers().withRawResponse().retrieve("sub_1"));
    assertEquals(SpecValidatingServer.REQUEST_ID, e.requestId());
    ExecutionException async =
        assertThrows(
            ExecutionException.class,
            () ->
                client
                    .async()
                    .subscribers()
                    .withRawResponse()
                    .retrieve("sub_1")
                    .get(5, TimeUnit.SECONDS));
    assertInstanceOf(NotFoundException.class, async.getCause());
  }

  @Test
  void aRawFirstPageStillPagesOn() throws Exception {
    server.enqueueFixture(200, "subscriber-list.json");
    server.enqueueFixture(200, "subscriber-list-last.json");

    RawResponse<Page<Subscriber>> first =
        client()
            .subscribers()
            .withRawResponse()
            .list(SubscriberListParams.builder().limit(2).build());

    assertEquals(200, first.statusCode());
    assertEquals(2, first.value().data().size());
    assertTrue(first.value().hasNextPage());
    Page<Subscriber> next = first.value().nextPage();
    assertNotNull(next);
    server.takeRequest();
    assertEquals(
        "limit=2&cursor=c3ViXzAxSkQyWk43UDlSMVMzVDVWN1g5WjFCM0Q1",
        server.takeRequest().getUrl().encodedQuery());
  }

  @Test
  void aRawResponseCanBeMadeForTestsAndCopiesItsHeaders() {
    Map<String, List<String>> headers =
        new java.util.HashMap<>(Map.of("X-Request-Id", List.of("req_1")));
    RawResponse<String> raw = new RawResponse<>(200, headers, "req_1", null, "value");
    headers.clear();

    assertEquals("req_1", raw.header("x-request-id"));
    assertEquals(Map.of("x-request-id", List.of("req_1")), raw.headers());
  }
}
