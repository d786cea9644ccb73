package com.getmaito.client.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.getmaito.client.spec.OpenApiValidator;
import com.getmaito.emulator.MaitoEmulator;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the contract, success and error, sent to the emulator over raw HTTP: each
 * request and each response must validate against {@code spec/openapi.yaml}.
 */
class EmulatorConformsToSpecTest {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

  private MaitoEmulator emulator;
  private OkHttpClient http;
  private final List<String> exchanges = new ArrayList<>();

  @BeforeEach
  void start() {
    emulator = MaitoEmulator.builder().rateLimit(60, Duration.ofSeconds(60)).start();
    http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
  }

  @AfterEach
  void stop() {
    emulator.close();
    http.dispatcher().executorService().shutdown();
  }

  private String call(String method, String path, String body, int expectedStatus)
      throws IOException {
    return call(emulator.bootstrapKey(), method, path, body, expectedStatus);
  }

  private String call(String key, String method, String path, String body, int expectedStatus)
      throws IOException {
    Request.Builder b =
        new Request.Builder()
            .url(emulator.baseUrl() + path)
            .header("Authorization", "Bearer " + key)
            .header("Accept", "application/json");
    RequestBody requestBody = body == null ? null : RequestBody.create(body, JSON);
    if (body != null) {
      b.header("Content-Type", JSON.toString());
    }
    if (method.equals("POST")) {
      b.header("Idempotency-Key", "conformance-" + exchanges.size());
    }
    Request request = b.method(method, requestBody).build();
    OpenApiValidator.instance()
        .assertValidRequest(
            method, request.url().encodedPath() + query(request), headers(request.headers()), body);
    try (Response response = http.newCall(request).execute()) {
      String responseBody = response.body().string();
      assertEquals(expectedStatus, response.code(), method + " " + path + ": " + responseBody);
      OpenApiValidator.instance()
          .assertValidResponse(
              method,
              request.url().encodedPath(),
              response.code(),
              headers(response.headers()),
              responseBody);
      exchanges.add(method + " " + path + " " + response.code());
      return responseBody;
    }
  }

  private static String query(Request r) {
    return r.url().encodedQuery() == null ? "" : "?" + r.url().encodedQuery();
  }

  private static Map<String, List<String>> headers(Headers h) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String name : h.names()) {
      out.put(name, h.values(name));
    }
    return out;
  }

  private static String id(String body) {
    Matcher m = ID.matcher(body);
    if (!m.find()) {
      throw new AssertionError("no id in " + body);
    }
    return m.group(1);
  }

  @Test
  void everyOperationAndErrorShapeValidatesAgainstTheSpec() throws IOException {
    String sub =
        id(
            call(
                "POST",
                "/newsletter/subscribers",
                "{\"email\":\"ann@example.com\",\"firstName\":\"Ann\",\"tags\":[\"vip\"],"
                    + "\"customFields\":{\"plan\":\"pro\",\"seats\":3,\"x\":null},\"optInAttestation\":true}",
                201));
    call("GET", "/newsletter/subscribers/" + sub, null, 200);
    call("PUT", "/newsletter/subscribers/" + sub, "{\"lastName\":null,\"source\":\"form\"}", 200);
    call("GET", "/newsletter/subscribers?status=subscribed&tag=vip&query=ann&limit=1", null, 200);
    call("GET", "/newsletter/subscribers?limit=10&offset=0", null, 200);
    String rows =
        IntStream.range(0, 3)
            .mapToObj(i -> "{\"email\":\"b" + i + "@example.com\"}")
            .collect(Collectors.joining(","));
    call(
        "POST",
        "/newsletter/subscribers/bulk",
        "{\"subscribers\":[" + rows + ",{\"email\":\"ann@example.com\"}]}",
        200);
    postBulkBreakingTheRequestSchema("[{\"email\":\"ok@example.com\"},{\"email\":\"bad\"}]", 200);
    String tooMany =
        IntStream.range(0, 101)
            .mapToObj(i -> "{\"email\":\"t" + i + "@example.com\"}")
            .collect(Collectors.joining(","));
    postBulkBreakingTheRequestSchema("[" + tooMany + "]", 413);
    call("POST", "/newsletter/subscribers", "{\"email\":\"ANN@example.com\"}", 409);
    call("GET", "/newsletter/subscribers/sub_missing", null, 404);
    call("DELETE", "/newsletter/subscribers/" + sub, null, 200);

    String tag =
        id(call("POST", "/newsletter/tags", "{\"name\":\"news\",\"description\":\"weekly\"}", 201));
    call("GET", "/newsletter/tags/" + tag, null, 200);
    call("PUT", "/newsletter/tags/" + tag, "{\"description\":null}", 200);
    call("GET", "/newsletter/tags?limit=5", null, 200);
    call("DELETE", "/newsletter/tags/" + tag, null, 200);

    String created =
        call(
            "POST",
            "/api-keys",
            "{\"name\":\"ci\",\"expirationDays\":30,\"scope\":\"restricted\"}",
            201);
    String restrictedSecret = created.replaceAll("(?s).*\"apiKey\":\"([^\"]+)\".*", "$1");
    call("GET", "/api-keys", null, 200);
    call(restrictedSecret, "GET", "/api-keys", null, 403);
    call("DELETE", "/api-keys/" + id(created), null, 200);
    call(restrictedSecret, "GET", "/newsletter/tags", null, 401);

    emulator.faults().nextStatus(1, 503);
    call("GET", "/newsletter/tags", null, 503);
    emulator.faults().nextRateLimited(1, Duration.ofSeconds(2));
    call("GET", "/newsletter/tags", null, 429);
    assertEquals(23, exchanges.size(), exchanges.toString());
  }

  /**
   * A bulk with a row the SDK would never send (an invalid email, or 101 rows) breaks the request
   * schema on purpose: only the response is checked.
   */
  private void postBulkBreakingTheRequestSchema(String rows, int status) throws IOException {
    Request request =
        new Request.Builder()
            .url(emulator.baseUrl() + "/newsletter/subscribers/bulk")
            .header("Authorization", "Bearer " + emulator.bootstrapKey())
            .post(RequestBody.create("{\"subscribers\":" + rows + "}", JSON))
            .build();
    try (Response response = http.newCall(request).execute()) {
      String body = response.body().string();
      assertEquals(status, response.code(), body);
      OpenApiValidator.instance()
          .assertValidResponse(
              "POST", "/v1/newsletter/subscribers/bulk", status, headers(response.headers()), body);
      exchanges.add("POST bulk " + status);
    }
  }
}
