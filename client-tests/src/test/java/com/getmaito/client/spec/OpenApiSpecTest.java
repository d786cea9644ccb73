package com.getmaito.client.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.report.ValidationReport;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.annotation.Nullable;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OpenApiSpecTest {

  private static final OpenApiValidator SPEC = OpenApiValidator.instance();

  private static final String BEARER = "Bearer sk_test_4eC39HqLyjWDarjtT1zdp7dc";
  private static final String SUBSCRIBERS = "/v1/newsletter/subscribers";

  private static final String VALID_CREATE =
      "{\"email\":\"ada@example.com\",\"firstName\":\"Ada\",\"lastName\":\"Lovelace\","
          + "\"status\":\"subscribed\",\"confirmed\":false,\"tags\":[\"vip\"],"
          + "\"customFields\":{\"plan\":\"pro\",\"seats\":3,\"beta\":true,\"ref\":null},"
          + "\"source\":\"signup-form\",\"optInAttestation\":true}";

  // --- the spec itself --------------------------------------------------------------------------

  @Test
  void specParsesWithoutMessages() {
    assertEquals(List.of(), SPEC.parseMessages());
  }

  @Test
  void specDeclaresEveryOperationOfTheContract() {
    Map<String, String> expected = new TreeMap<>();
    expected.put("listSubscribers", "GET /newsletter/subscribers");
    expected.put("createSubscriber", "POST /newsletter/subscribers");
    expected.put("retrieveSubscriber", "GET /newsletter/subscribers/{id}");
    expected.put("updateSubscriber", "PUT /newsletter/subscribers/{id}");
    expected.put("deleteSubscriber", "DELETE /newsletter/subscribers/{id}");
    expected.put("bulkCreateSubscribers", "POST /newsletter/subscribers/bulk");
    expected.put("listTags", "GET /newsletter/tags");
    expected.put("createTag", "POST /newsletter/tags");
    expected.put("retrieveTag", "GET /newsletter/tags/{id}");
    expected.put("updateTag", "PUT /newsletter/tags/{id}");
    expected.put("deleteTag", "DELETE /newsletter/tags/{id}");
    expected.put("listApiKeys", "GET /api-keys");
    expected.put("createApiKey", "POST /api-keys");
    expected.put("revokeApiKey", "DELETE /api-keys/{id}");
    Map<String, String> actual = new TreeMap<>();
    SPEC.model()
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach((method, op) -> actual.put(op.getOperationId(), method + " " + path)));
    assertEquals(expected, actual);
  }

  @Test
  void everyOperationRequiresBearerOrApiKeyAndEveryPostTakesAnIdempotencyKey() {
    List<SecurityRequirement> either =
        List.of(
            new SecurityRequirement().addList("bearerAuth"),
            new SecurityRequirement().addList("apiKeyHeader"));
    SPEC.model()
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, op) -> {
                          // Operation-level on purpose: the validator ignores global security.
                          assertEquals(either, op.getSecurity(), op.getOperationId());
                          if (method == PathItem.HttpMethod.POST) {
                            assertTrue(
                                op.getParameters().stream()
                                    .anyMatch(
                                        p ->
                                            "Idempotency-Key".equals(p.getName())
                                                && "header".equals(p.getIn())),
                                op.getOperationId() + " lacks Idempotency-Key");
                          }
                        }));
  }

  // --- fixtures ---------------------------------------------------------------------------------

  record FixtureCase(
      String fixture,
      String operationId,
      String method,
      String path,
      int status,
      Map<String, String> headers,
      @Nullable String validateAs) {
    @Override
    public String toString() {
      return fixture + " as " + status + " of " + operationId;
    }
  }

  static List<FixtureCase> fixtures() {
    Map<?, ?> index = (Map<?, ?>) parseJson(readFixture("index.json"));
    List<FixtureCase> cases = new ArrayList<>();
    for (Object o : (List<?>) index.get("fixtures")) {
      Map<?, ?> entry = (Map<?, ?>) o;
      Map<String, String> headers = new LinkedHashMap<>();
      Object extra = entry.get("headers");
      if (extra != null) {
        ((Map<?, ?>) extra).forEach((k, v) -> headers.put((String) k, (String) v));
      }
      cases.add(
          new FixtureCase(
              (String) entry.get("fixture"),
              (String) entry.get("operationId"),
              (String) entry.get("method"),
              (String) entry.get("path"),
              ((Number) entry.get("status")).intValue(),
              headers,
              (String) entry.get("validateAs")));
    }
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixtureIsAValidResponseOfItsOperation(FixtureCase c) {
    String body = readFixture(c.fixture());
    if ("soleListItem".equals(c.validateAs())) {
      body = "{\"ok\":true,\"data\":[" + rawMember(body, "data") + "],\"meta\":{\"total\":1}}";
    }
    Map<String, List<String>> headers = responseHeaders();
    c.headers().forEach((k, v) -> headers.put(k, List.of(v)));
    SPEC.assertValidResponse(c.method(), "/v1" + c.path(), c.status(), headers, body);
  }

  @Test
  void indexListsEveryFixture() throws IOException {
    Set<String> indexed =
        fixtures().stream()
            .map(FixtureCase::fixture)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> onDisk = new TreeSet<>();
    try (Stream<java.nio.file.Path> files =
        java.nio.file.Files.list(
            java.nio.file.Path.of(resourceUrl("index.json").getPath()).getParent())) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json") && !n.equals("index.json"))
          .forEach(onDisk::add);
    }
    assertEquals(onDisk, indexed);
  }

  // --- requests that must pass ------------------------------------------------------------------

  @Test
  void createSubscriberWithBearerAuthPasses() {
    SPEC.assertValidRequest(
        "POST", SUBSCRIBERS, jsonHeaders("Authorization", BEARER), VALID_CREATE);
  }

  @Test
  void createSubscriberWithApiKeyHeaderPasses() {
    SPEC.assertValidRequest(
        "POST", SUBSCRIBERS, jsonHeaders("X-API-Key", "mk_live_a1b2c3d4e5f6"), VALID_CREATE);
  }

  @Test
  void minimalCreateWithIdempotencyKeyAndCharsetPasses() {
    Map<String, List<String>> headers = jsonHeaders("Authorization", BEARER);
    headers.put("Content-Type", List.of("application/json; charset=utf-8"));
    headers.put("Idempotency-Key", List.of("3f1c9a4e-6a7b-4d0e-9f3b-2a1c5d7e9b0f"));
    SPEC.assertValidRequest("POST", SUBSCRIBERS, headers, "{\"email\":\"ada@example.com\"}");
  }

  @Test
  void listWithEveryQueryParameterPasses() {
    SPEC.assertValidRequest(
        "GET",
        SUBSCRIBERS + "?status=subscribed&tag=vip&query=ada%20l&limit=500&cursor=abc%3D&offset=0",
        authOnly(),
        null);
    SPEC.assertValidRequest("GET", "/v1/newsletter/tags?limit=1&offset=40", authOnly(), null);
  }

  @Test
  void pathsWithoutTheBasePathPass() {
    SPEC.assertValidRequest("GET", "/newsletter/subscribers/sub_1", authOnly(), null);
  }

  @Test
  void partialUpdateMayClearNullableFields() {
    SPEC.assertValidRequest(
        "PUT",
        SUBSCRIBERS + "/sub_1",
        jsonHeaders("Authorization", BEARER),
        "{\"firstName\":null,\"lastName\":null,\"source\":null,\"tags\":[]}");
    SPEC.assertValidRequest(
        "PUT",
        "/v1/newsletter/tags/tag_1",
        jsonHeaders("Authorization", BEARER),
        "{\"description\":null}");
  }

  /** Contract, Subscribers: PUT is partial; "a field sent as null is cleared" (any field). */
  @Test
  void anUpdateMayClearTagsAndCustomFieldsWithNull() {
    String path = SUBSCRIBERS + "/sub_1";
    Map<String, List<String>> headers = jsonHeaders("Authorization", BEARER);
    SPEC.assertValidRequest("PUT", path, headers, "{\"tags\":null,\"customFields\":null}");
    SPEC.assertValidRequest("PUT", path, headers, "{\"customFields\":{\"a\":1,\"b\":null}}");
  }

  @Test
  void anUpdateStillRejectsNestedCustomFieldsAndBadTags() {
    String path = SUBSCRIBERS + "/sub_1";
    Map<String, List<String>> headers = jsonHeaders("Authorization", BEARER);
    assertTrue(
        SPEC.validateRequest("PUT", path, headers, "{\"customFields\":{\"a\":{\"b\":1}}}")
            .hasErrors());
    assertTrue(SPEC.validateRequest("PUT", path, headers, "{\"tags\":[\"\"]}").hasErrors());
    assertFalse(SPEC.validateRequest("PUT", path, headers, "{\"tags\":[\"vip\"]}").hasErrors());
  }

  @Test
  void otherRequestsOfTheContractPass() {
    Map<String, List<String>> json = jsonHeaders("Authorization", BEARER);
    SPEC.assertValidRequest(
            "POST", SUBSCRIBERS + "/bulk", json, bulkOf(100, true) /* the maximum */)
        .assertValidRequest("POST", "/v1/newsletter/tags", json, "{\"name\":\"vip\"}")
        .assertValidRequest(
            "POST",
            "/v1/api-keys",
            json,
            "{\"name\":\"CI\",\"expirationDays\":365,\"scope\":\"restricted\"}")
        .assertValidRequest("GET", "/v1/api-keys", authOnly(), null)
        .assertValidRequest("DELETE", "/v1/api-keys/key_1", authOnly(), null)
        .assertValidRequest("DELETE", "/v1/newsletter/tags/tag_1", authOnly(), null)
        .assertValidRequest("DELETE", SUBSCRIBERS + "/sub%2F1", authOnly(), null);
  }

  @Test
  void recordedMockWebServerRequestIsValidated() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      server.enqueue(new MockResponse.Builder().code(201).body("{}").build());
      OkHttpClient client = new OkHttpClient();
      Request request =
          new Request.Builder()
              .url(server.url("/v1/newsletter/subscribers"))
              .header("Authorization", BEARER)
              .header("Accept", "application/json")
              .header("Idempotency-Key", "k-1")
              .post(
                  RequestBody.create(
                      VALID_CREATE, MediaType.get("application/json; charset=utf-8")))
              .build();
      try (okhttp3.Response response = client.newCall(request).execute()) {
        assertEquals(201, response.code());
      }
      RecordedRequest recorded = server.takeRequest();
      SPEC.assertValidRequest(recorded);
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  // --- requests that must fail: the validator has teeth -----------------------------------------

  @Test
  void firstNameOver100CharactersIsRejected() {
    assertRejected(
        "maxLength",
        () ->
            SPEC.assertValidRequest(
                "POST",
                SUBSCRIBERS,
                jsonHeaders("Authorization", BEARER),
                "{\"email\":\"ada@example.com\",\"firstName\":\"" + "a".repeat(101) + "\"}"));
  }

  @Test
  void limitOver500IsRejected() {
    assertRejected(
        "limit",
        () -> SPEC.assertValidRequest("GET", SUBSCRIBERS + "?limit=501", authOnly(), null));
    assertRejected(
        "limit", () -> SPEC.assertValidRequest("GET", SUBSCRIBERS + "?limit=0", authOnly(), null));
    assertRejected(
        "offset",
        () -> SPEC.assertValidRequest("GET", SUBSCRIBERS + "?offset=-1", authOnly(), null));
  }

  @Test
  void bulkOf101IsRejected() {
    assertRejected(
        "maxItems",
        () ->
            SPEC.assertValidRequest(
                "POST",
                SUBSCRIBERS + "/bulk",
                jsonHeaders("Authorization", BEARER),
                bulkOf(101, false)));
  }

  @Test
  void invalidCreateBodiesAreRejected() {
    Map<String, List<String>> json = jsonHeaders("Authorization", BEARER);
    assertRejected(
        "required",
        () -> SPEC.assertValidRequest("POST", SUBSCRIBERS, json, "{\"firstName\":\"A\"}"));
    assertRejected(
        "email",
        () -> SPEC.assertValidRequest("POST", SUBSCRIBERS, json, "{\"email\":\"not-an-email\"}"));
    assertRejected(
        "optInAttestation",
        () ->
            SPEC.assertValidRequest(
                "POST",
                SUBSCRIBERS,
                json,
                "{\"email\":\"a@example.com\",\"optInAttestation\":false}"));
    assertRejected(
        "status",
        () ->
            SPEC.assertValidRequest(
                "POST", SUBSCRIBERS, json, "{\"email\":\"a@example.com\",\"status\":\"active\"}"));
    assertRejected(
        "first_name",
        () ->
            SPEC.assertValidRequest(
                "POST", SUBSCRIBERS, json, "{\"email\":\"a@example.com\",\"first_name\":\"A\"}"));
    assertRejected(
        "firstName",
        () ->
            SPEC.assertValidRequest(
                "POST", SUBSCRIBERS, json, "{\"email\":\"a@example.com\",\"firstName\":null}"));
    assertRejected(
        "customFields",
        () ->
            SPEC.assertValidRequest(
                "POST",
                SUBSCRIBERS,
                json,
                "{\"email\":\"a@example.com\",\"customFields\":{\"nested\":{\"a\":1}}}"));
  }

  @Test
  void otherInvalidRequestsAreRejected() {
    Map<String, List<String>> json = jsonHeaders("Authorization", BEARER);
    assertRejected(
        "maxLength",
        () -> SPEC.assertValidRequest("POST", "/v1/newsletter/tags", json, tagNamed(65)));
    assertRejected(
        "minLength",
        () -> SPEC.assertValidRequest("POST", "/v1/newsletter/tags", json, tagNamed(0)));
    assertRejected(
        "expirationDays",
        () ->
            SPEC.assertValidRequest(
                "POST", "/v1/api-keys", json, "{\"name\":\"CI\",\"expirationDays\":366}"));
    assertRejected(
        "scope",
        () ->
            SPEC.assertValidRequest(
                "POST", "/v1/api-keys", json, "{\"name\":\"CI\",\"scope\":\"admin\"}"));
    assertRejected(
        "maxLength",
        () ->
            SPEC.assertValidRequest(
                "POST", "/v1/api-keys", json, "{\"name\":\"" + "k".repeat(101) + "\"}"));
    Map<String, List<String>> longKey = jsonHeaders("Authorization", BEARER);
    longKey.put("Idempotency-Key", List.of("x".repeat(256)));
    assertRejected(
        "Idempotency-Key",
        () -> SPEC.assertValidRequest("POST", "/v1/newsletter/tags", longKey, "{\"name\":\"a\"}"));
    assertRejected(
        "source",
        () ->
            SPEC.assertValidRequest(
                "PUT", SUBSCRIBERS + "/sub_1", json, "{\"source\":\"" + "s".repeat(161) + "\"}"));
    assertRejected(
        "path", () -> SPEC.assertValidRequest("GET", "/v1/newsletter/nothing", authOnly(), null));
    assertRejected(
        "operation", () -> SPEC.assertValidRequest("PATCH", SUBSCRIBERS + "/sub_1", json, "{}"));
  }

  @Test
  void undocumentedQueryParametersAreRejected() {
    assertRejected(
        "perPage",
        () -> SPEC.assertValidRequest("GET", SUBSCRIBERS + "?perPage=10", authOnly(), null));
    assertRejected(
        "limit", () -> SPEC.assertValidRequest("GET", "/v1/api-keys?limit=10", authOnly(), null));
  }

  @Test
  void bodyWithoutContentTypeIsRejected() {
    Map<String, List<String>> headers = authOnly();
    assertRejected(
        "Content-Type",
        () -> SPEC.assertValidRequest("POST", "/v1/newsletter/tags", headers, "{\"name\":\"a\"}"));
    headers.put("Content-Type", List.of("text/plain"));
    assertRejected(
        "Content-Type",
        () -> SPEC.assertValidRequest("POST", "/v1/newsletter/tags", headers, "{\"name\":\"a\"}"));
  }

  @Test
  void publicOrBlankKeyIsRejected() {
    Map<String, List<String>> headers = authOnly();
    headers.put("Authorization", List.of("Bearer pk_live_123"));
    assertRejected("pk_", () -> SPEC.assertValidRequest("GET", SUBSCRIBERS, headers, null));
    Map<String, List<String>> compat = new LinkedHashMap<>();
    compat.put("X-API-Key", List.of("pk_live_123"));
    assertRejected("pk_", () -> SPEC.assertValidRequest("GET", SUBSCRIBERS, compat, null));
    compat.put("X-API-Key", List.of(" "));
    assertRejected("blank", () -> SPEC.assertValidRequest("GET", SUBSCRIBERS, compat, null));
  }

  @Test
  void requestWithoutCredentialsIsRejected() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Accept", List.of("application/json"));
    assertRejected("security", () -> SPEC.assertValidRequest("GET", SUBSCRIBERS, headers, null));
    headers.put("Authorization", List.of("Basic dXNlcjpwYXNz"));
    assertRejected("security", () -> SPEC.assertValidRequest("GET", SUBSCRIBERS, headers, null));
  }

  // --- responses that must fail -----------------------------------------------------------------

  @Test
  void responseWithoutOkIsRejected() {
    String body = readFixture("tag.json").replace("\"ok\": true,", "");
    assertRejected(
        "ok",
        () ->
            SPEC.assertValidResponse(
                "GET", "/v1/newsletter/tags/tag_1", 200, responseHeaders(), body));
  }

  @Test
  void responseWithoutIdIsRejected() {
    String body =
        readFixture("subscriber.json").replace("\"id\": \"sub_01JD2ZK4M8QX7T3V9B6N2R5W1C\",", "");
    assertRejected(
        "id",
        () ->
            SPEC.assertValidResponse("GET", SUBSCRIBERS + "/sub_1", 200, responseHeaders(), body));
  }

  @Test
  void otherInvalidResponsesAreRejected() {
    String list = readFixture("subscriber-list.json");
    assertRejected(
        "nextCursor",
        () ->
            SPEC.assertValidResponse(
                "GET",
                SUBSCRIBERS,
                200,
                responseHeaders(),
                list.replace("\"nextCursor\": \"c3ViXzAxSkQyWk43UDlSMVMzVDVWN1g5WjFCM0Q1\"", "")
                    .replace("\"limit\": 2,", "\"limit\": 2")));
    assertRejected(
        "date-time",
        () ->
            SPEC.assertValidResponse(
                "GET",
                SUBSCRIBERS,
                200,
                responseHeaders(),
                list.replace("2026-11-22T10:30:00.000Z", "22/11/2026")));
    assertRejected(
        "X-Request-Id",
        () ->
            SPEC.assertValidResponse(
                "GET", SUBSCRIBERS, 200, Map.of(), readFixture("subscriber-list-last.json")));
    assertRejected(
        "Retry-After",
        () ->
            SPEC.assertValidResponse(
                "GET",
                SUBSCRIBERS,
                429,
                responseHeaders(),
                readFixture("error-rate-limited.json")));
    assertRejected(
        "apiKey",
        () ->
            SPEC.assertValidResponse(
                "POST",
                "/v1/api-keys",
                201,
                responseHeaders(),
                readFixture("api-key.json")
                    .replace("}\n}", "},\"meta\":{\"warning\":\"Store it now.\"}}")));
    assertRejected(
        "ok",
        () ->
            SPEC.assertValidResponse(
                "GET",
                SUBSCRIBERS + "/sub_1",
                404,
                responseHeaders(),
                readFixture("error-not-found.json").replace("\"ok\": false", "\"ok\": true")));
  }

  @Test
  void openValuesAndUnknownFieldsInResponsesPass() {
    String body =
        readFixture("subscriber.json")
            .replace("\"status\": \"subscribed\"", "\"status\": \"paused\"")
            .replace("\"ok\": true,", "\"ok\": true, \"requestTime\": 12,")
            .replace("\"confirmed\": true,", "\"confirmed\": true, \"score\": 0.7,");
    SPEC.assertValidResponse("GET", SUBSCRIBERS + "/sub_1", 200, responseHeaders(), body);
    Map<String, List<String>> headers = responseHeaders();
    headers.put("Retry-After", List.of("Wed, 21 Oct 2026 07:28:00 GMT"));
    SPEC.assertValidResponse(
        "GET", SUBSCRIBERS, 429, headers, readFixture("error-rate-limited.json"));
  }

  @Test
  void fiveHundredsFromAProxyMayBeHtmlOrEmpty() {
    Map<String, List<String>> html = new LinkedHashMap<>();
    html.put("Content-Type", List.of("text/html"));
    SPEC.assertValidResponse(
        "GET", SUBSCRIBERS, 502, html, "<html><body><h1>502 Bad Gateway</h1></body></html>");
    SPEC.assertValidResponse("POST", "/v1/newsletter/tags", 503, Map.of(), null);
    SPEC.assertValidResponse("GET", "/v1/api-keys", 504, Map.of(), "");
    // ... but a success or a 4xx still needs its JSON body.
    assertRejected(
        "body", () -> SPEC.assertValidResponse("GET", SUBSCRIBERS, 200, responseHeaders(), null));
    assertRejected(
        "body", () -> SPEC.assertValidResponse("GET", SUBSCRIBERS, 429, retryAfter(), null));
    assertRejected(
        "Content-Type",
        () -> SPEC.assertValidResponse("GET", SUBSCRIBERS, 404, html(), "<html></html>"));
  }

  private static Map<String, List<String>> retryAfter() {
    Map<String, List<String>> headers = responseHeaders();
    headers.put("Retry-After", List.of("1"));
    return headers;
  }

  private static Map<String, List<String>> html() {
    Map<String, List<String>> headers = responseHeaders();
    headers.put("Content-Type", List.of("text/html"));
    return headers;
  }

  @Test
  void responseHeadersAreChecked() {
    Map<String, List<String>> headers = responseHeaders();
    headers.put("RateLimit-Remaining", List.of("many"));
    assertRejected(
        "integer",
        () ->
            SPEC.assertValidResponse(
                "GET", SUBSCRIBERS, 200, headers, readFixture("subscriber-list.json")));
    Map<String, List<String>> limited = retryAfter();
    limited.put("Retry-After", List.of("soon"));
    assertRejected(
        "soon",
        () ->
            SPEC.assertValidResponse(
                "GET", SUBSCRIBERS, 429, limited, readFixture("error-rate-limited.json")));
  }

  @Test
  void failureListsEveryMessage() {
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () ->
                SPEC.assertValidRequest(
                    "POST",
                    SUBSCRIBERS,
                    jsonHeaders("Authorization", BEARER),
                    "{\"email\":\"x\",\"firstName\":\""
                        + "a".repeat(101)
                        + "\",\"tags\":\"vip\"}"));
    String message = e.getMessage();
    assertTrue(message.contains("/email"), message);
    assertTrue(message.contains("/firstName"), message);
    assertTrue(message.contains("/tags"), message);
  }

  // --- helpers ----------------------------------------------------------------------------------

  private static void assertRejected(String expectedInMessage, Runnable check) {
    AssertionError e = assertThrows(AssertionError.class, check::run);
    assertTrue(
        e.getMessage().contains(expectedInMessage),
        "expected a message mentioning '" + expectedInMessage + "', got:\n" + e.getMessage());
  }

  /** Reports are also available without asserting. */
  @Test
  void validateReturnsTheReport() {
    ValidationReport report =
        SPEC.validateRequest("GET", SUBSCRIBERS + "?limit=501", authOnly(), null);
    assertTrue(report.hasErrors());
    assertFalse(SPEC.validateRequest("GET", SUBSCRIBERS, authOnly(), null).hasErrors());
  }

  private static Map<String, List<String>> authOnly() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Authorization", List.of(BEARER));
    headers.put("Accept", List.of("application/json"));
    return headers;
  }

  private static Map<String, List<String>> jsonHeaders(String authHeader, String authValue) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put(authHeader, List.of(authValue));
    headers.put("Accept", List.of("application/json"));
    headers.put("Content-Type", List.of("application/json"));
    return headers;
  }

  private static Map<String, List<String>> responseHeaders() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Content-Type", List.of("application/json; charset=utf-8"));
    headers.put("X-Request-Id", List.of("req_01JD31F4G5H6J7K8L9M0N1P2Q3"));
    headers.put("RateLimit-Limit", List.of("120"));
    headers.put("RateLimit-Remaining", List.of("119"));
    headers.put("RateLimit-Reset", List.of("60"));
    return headers;
  }

  private static String bulkOf(int n, boolean attest) {
    String rows =
        IntStream.range(0, n)
            .mapToObj(i -> "{\"email\":\"user" + i + "@example.com\"}")
            .collect(Collectors.joining(","));
    return "{\"subscribers\":[" + rows + "]" + (attest ? ",\"optInAttestation\":true}" : "}");
  }

  private static String tagNamed(int length) {
    return "{\"name\":\"" + "t".repeat(length) + "\"}";
  }

  private static java.net.URL resourceUrl(String name) {
    java.net.URL url = OpenApiSpecTest.class.getResource("/fixtures/" + name);
    assertNotNull(url, "no fixture " + name);
    return url;
  }

  static String readFixture(String name) {
    try (InputStream in = resourceUrl(name).openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object parseJson(String json) {
    try {
      return new Moshi.Builder().build().adapter(Object.class).fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The raw JSON text of one top-level member, numbers and all, as written in the fixture. */
  private static String rawMember(String json, String name) {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json))) {
      reader.beginObject();
      while (reader.hasNext()) {
        if (reader.nextName().equals(name)) {
          try (okio.BufferedSource source = reader.nextSource()) {
            return source.readUtf8();
          }
        }
        reader.skipValue();
      }
      throw new AssertionError("no member " + name + " in " + json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
