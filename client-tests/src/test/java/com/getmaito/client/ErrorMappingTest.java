package com.getmaito.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.errors.AuthenticationException;
import com.getmaito.client.errors.ConflictException;
import com.getmaito.client.errors.ErrorDetail;
import com.getmaito.client.errors.MaitoApiException;
import com.getmaito.client.errors.MaitoInvalidResponseException;
import com.getmaito.client.errors.NotFoundException;
import com.getmaito.client.errors.PayloadTooLargeException;
import com.getmaito.client.errors.RateLimitException;
import com.getmaito.client.errors.ServerException;
import com.getmaito.client.errors.ValidationException;
import com.getmaito.client.model.RateLimitInfo;
import com.getmaito.client.model.SubscriberCreateParams;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every error status and body shape maps to the right exception type, keeping status, code,
 * message, details, request id and, for bodies that are not JSON, a short excerpt. Clients here
 * never retry (retrying is tested elsewhere).
 */
class ErrorMappingTest {
  @RegisterExtension final SpecValidatingServer server = new SpecValidatingServer();

  private MaitoApiException retrieveFails() {
    return assertThrows(
        MaitoApiException.class,
        () -> server.clientWithoutRetries().subscribers().retrieve("sub_1"));
  }

  private static String envelope(String code, String message) {
    return "{\"ok\":false,\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}";
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "400, VALIDATION_FAILED, ValidationException",
    "401, UNAUTHORIZED, AuthenticationException",
    "403, FORBIDDEN, PermissionDeniedException",
    "404, NOT_FOUND, NotFoundException",
    "409, CONFLICT, ConflictException",
    "413, PAYLOAD_TOO_LARGE, PayloadTooLargeException",
    "422, IDEMPOTENCY_KEY_REUSED, IdempotencyKeyReusedException",
    "422, UNPROCESSABLE, ValidationException",
    "429, RATE_LIMITED, RateLimitException",
    "500, INTERNAL, ServerException",
    "502, UNAVAILABLE, ServerException",
    "503, UNAVAILABLE, ServerException",
    "504, UNAVAILABLE, ServerException",
    "418, TEAPOT, MaitoApiException",
    "507, INSUFFICIENT_STORAGE, ServerException",
  })
  void statusMapsToItsExceptionTypeKeepingEverything(int status, String code, String type) {
    server.enqueueJson(status, envelope(code, "Something about " + code + "."));

    MaitoApiException e = retrieveFails();

    assertEquals(type, e.getClass().getSimpleName());
    assertEquals(status, e.statusCode());
    assertEquals(code, e.errorCode());
    assertEquals("Something about " + code + ".", e.serverMessage());
    assertEquals(SpecValidatingServer.REQUEST_ID, e.requestId());
    assertEquals(List.of(), e.details());
    assertNull(e.bodyExcerpt());
    assertEquals(1, e.attempts());
    assertEquals(
        status
            + " "
            + code
            + ": Something about "
            + code
            + ". (request "
            + SpecValidatingServer.REQUEST_ID
            + ")",
        e.getMessage());
  }

  @Test
  void validationFixtureKeepsItsDetails() {
    server.enqueueFixture(400, "error-validation.json");

    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                server
                    .clientWithoutRetries()
                    .subscribers()
                    .create(SubscriberCreateParams.builder().email("a@example.com").build()));

    assertEquals(
        List.of(
            new ErrorDetail("email", "must be a valid email"),
            new ErrorDetail("firstName", "must be at most 100 characters")),
        e.details());
    assertEquals("The request body is invalid.", e.serverMessage());
    assertEquals(
        "400 VALIDATION_FAILED: The request body is invalid. [email: must be a valid email;"
            + " firstName: must be at most 100 characters] (request req_01JD2ZTEST)",
        e.getMessage());
  }

  @Test
  void detailsWithoutAFieldOrWithACompatReasonAreKept() {
    server.enqueueJson(
        400,
        "{\"ok\":false,\"error\":{\"code\":\"VALIDATION_FAILED\",\"message\":\"bad\","
            + "\"details\":[{\"message\":\"body too deep\"},{\"field\":\"tags\",\"reason\":\"r\"},"
            + "{\"field\":\"x\"}]}}");

    assertEquals(
        List.of(
            new ErrorDetail(null, "body too deep"),
            new ErrorDetail("tags", "r"),
            new ErrorDetail("x", "invalid")),
        retrieveFails().details());
  }

  @Test
  void fixturesOfNotFoundConflictAndUnknownCodeMap() {
    server.enqueueFixture(404, "error-not-found.json");
    server.enqueueFixture(409, "error-conflict.json");
    server.enqueueFixture(400, "error-unknown-code.json");
    server.enqueueFixture(418, "error-unknown-code.json");
    MaitoClient client = server.clientWithoutRetries();
    SubscriberCreateParams params = SubscriberCreateParams.builder().email("a@example.com").build();

    NotFoundException notFound =
        assertThrows(NotFoundException.class, () -> client.subscribers().retrieve("sub_missing"));
    ConflictException conflict =
        assertThrows(ConflictException.class, () -> client.subscribers().create(params));
    ValidationException unknown400 =
        assertThrows(ValidationException.class, () -> client.subscribers().create(params));
    MaitoApiException unknown418 =
        assertThrows(MaitoApiException.class, () -> client.tags().retrieve("tag_1"));

    assertEquals("Subscriber not found.", notFound.serverMessage());
    assertEquals("CONFLICT", conflict.errorCode());
    assertEquals("SOMETHING_NEW", unknown400.errorCode());
    assertSame(MaitoApiException.class, unknown418.getClass());
    assertEquals("SOMETHING_NEW", unknown418.errorCode());
    assertEquals(418, unknown418.statusCode());
  }

  @Test
  void payloadTooLargeIsAlsoAValidationException() {
    server.enqueueJson(413, envelope("PAYLOAD_TOO_LARGE", "Over 100 items."));

    assertInstanceOf(PayloadTooLargeException.class, retrieveFails());
  }

  // --- 429 --------------------------------------------------------------------------------------

  private static final Instant NOW = Instant.parse("2026-11-22T10:30:00Z");

  private MaitoClient clientAtNow() {
    return server.track(
        server.clientBuilder().maxRetries(0).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build());
  }

  @Test
  void rateLimitedTakesRetryAfterInSeconds() {
    server.enqueueFixture(
        429, "error-rate-limited.json", "Retry-After", "17", "RateLimit-Remaining", "0");

    RateLimitException e =
        assertThrows(RateLimitException.class, () -> clientAtNow().subscribers().list());

    assertEquals(Duration.ofSeconds(17), e.retryAfter());
    assertEquals(Duration.ofSeconds(17), e.retryAfterHeader());
    assertEquals("RATE_LIMITED", e.errorCode());
    assertEquals(new RateLimitInfo(null, 0, null), e.rateLimit());
  }

  @Test
  void rateLimitedTakesRetryAfterAsAnHttpDate() {
    server.enqueueFixture(
        429, "error-rate-limited.json", "Retry-After", "Sun, 22 Nov 2026 10:30:42 GMT");

    RateLimitException e =
        assertThrows(RateLimitException.class, () -> clientAtNow().subscribers().list());

    assertEquals(Duration.ofSeconds(42), e.retryAfter());
  }

  /**
   * Contract, Rate limits: "A 429 carries Retry-After as delta-seconds or an HTTP-date". RFC 9110
   * has recipients accept all three HTTP-date forms; only IMF-fixdate was read, so a server sending
   * an RFC 850 or asctime date left {@code retryAfter()} null.
   */
  @Test
  void retryAfterAcceptsTheObsoleteHttpDateForms() {
    Clock clock = Clock.fixed(Instant.parse("2015-10-21T07:27:00Z"), ZoneOffset.UTC);
    for (String date :
        new String[] {
          "Wed, 21 Oct 2015 07:28:00 GMT",
          "Wednesday, 21-Oct-15 07:28:00 GMT",
          "Wed Oct 21 07:28:00 2015"
        }) {
      server.enqueueJson(
          429,
          "{\"ok\":false,\"error\":{\"code\":\"RATE_LIMITED\",\"message\":\"Slow down.\"}}",
          "Retry-After",
          date);
      MaitoClient client = server.track(server.clientBuilder().clock(clock).maxRetries(0).build());

      RateLimitException e =
          assertThrows(RateLimitException.class, () -> client.tags().retrieve("tag_1"));

      assertEquals(Duration.ofSeconds(60), e.retryAfter(), date);
    }
  }

  @Test
  void rateLimitedFallsBackToRateLimitResetWithoutRetryAfter() {
    server.enqueueFixture(
        429,
        "error-rate-limited.json",
        "RateLimit-Limit",
        "120",
        "RateLimit-Remaining",
        "0",
        "RateLimit-Reset",
        "23");

    RateLimitException e =
        assertThrows(RateLimitException.class, () -> clientAtNow().subscribers().list());

    assertNull(e.retryAfterHeader());
    assertEquals(Duration.ofSeconds(23), e.retryAfter());
    assertEquals(new RateLimitInfo(120, 0, Duration.ofSeconds(23)), e.rateLimit());
  }

  @Test
  void rateLimitedFallsBackToCompatXRateLimitReset() {
    server.enqueueFixture(
        429,
        "error-rate-limited.json",
        "X-RateLimit-Limit",
        "60",
        "X-RateLimit-Remaining",
        "0",
        "X-RateLimit-Reset",
        "5");

    RateLimitException e =
        assertThrows(RateLimitException.class, () -> clientAtNow().subscribers().list());

    assertEquals(Duration.ofSeconds(5), e.retryAfter());
    assertEquals(new RateLimitInfo(60, 0, Duration.ofSeconds(5)), e.rateLimit());
  }

  @Test
  void rateLimitedWithoutAnyWaitHasNoRetryAfter() {
    server.enqueueFixture(429, "error-rate-limited.json");

    RateLimitException e =
        assertThrows(RateLimitException.class, () -> clientAtNow().subscribers().list());

    assertNull(e.retryAfter());
    assertNull(e.rateLimit());
  }

  // --- body shapes ------------------------------------------------------------------------------

  @Test
  void compatSuccessFalseEnvelopeMaps() {
    server.enqueueJson(
        404, "{\"success\":false,\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"No such key.\"}}");

    MaitoApiException e = retrieveFails();

    assertInstanceOf(NotFoundException.class, e);
    assertEquals("NOT_FOUND", e.errorCode());
    assertEquals("No such key.", e.serverMessage());
  }

  @Test
  void bareCodeAndMessageBodyMaps() {
    server.enqueueJson(409, "{\"code\":\"CONFLICT\",\"message\":\"Tag name taken.\"}");

    MaitoApiException e = retrieveFails();

    assertInstanceOf(ConflictException.class, e);
    assertEquals("CONFLICT", e.errorCode());
    assertEquals("Tag name taken.", e.serverMessage());
  }

  @Test
  void errorAsAPlainStringIsTheMessage() {
    server.enqueueJson(401, "{\"success\":false,\"error\":\"Invalid API key\"}");

    MaitoApiException e = retrieveFails();

    assertInstanceOf(AuthenticationException.class, e);
    assertNull(e.errorCode());
    assertEquals("Invalid API key", e.serverMessage());
  }

  @Test
  void htmlProxyPageMapsByStatusWithAShortExcerpt() {
    StringBuilder html =
        new StringBuilder(
            "<html>\r\n<head><title>502 Bad Gateway</title></head>\n<body>\n"
                + "<center><h1>502 Bad Gateway</h1></center>\n");
    for (int i = 0; i < 200; i++) {
      html.append("<!-- padding to make the page long -->\n");
    }
    html.append("</body></html>");
    server.enqueue(
        new MockResponse.Builder()
            .code(502)
            .addHeader("Content-Type", "text/html")
            .body(html.toString())
            .build());

    MaitoApiException e = retrieveFails();

    assertInstanceOf(ServerException.class, e);
    assertEquals(502, e.statusCode());
    assertNull(e.errorCode());
    assertNull(e.serverMessage());
    assertNull(e.requestId(), "the proxy sent none");
    assertNotNull(e.bodyExcerpt());
    assertTrue(
        e.bodyExcerpt().startsWith("<html> <head><title>502 Bad Gateway</title></head> <body>"),
        e.bodyExcerpt());
    assertTrue(e.bodyExcerpt().length() <= 203, "excerpt length " + e.bodyExcerpt().length());
    assertTrue(e.bodyExcerpt().endsWith("..."));
    assertFalse(e.bodyExcerpt().contains("\n"));
    assertTrue(e.getMessage().startsWith("502: HTTP 502: <html>"), e.getMessage());
  }

  @Test
  void emptyErrorBodyMapsByStatus() {
    server.enqueue(
        new MockResponse.Builder().code(503).addHeader("X-Request-Id", "req_empty").build());

    MaitoApiException e = retrieveFails();

    assertInstanceOf(ServerException.class, e);
    assertEquals(503, e.statusCode());
    assertNull(e.errorCode());
    assertEquals("req_empty", e.requestId());
    assertEquals("503: HTTP 503 (request req_empty)", e.getMessage());
  }

  @Test
  void truncatedJsonErrorBodyMapsByStatusWithAnExcerpt() {
    server.enqueueJson(500, "{\"ok\":false,\"error\":{\"code\":\"INTERN");

    MaitoApiException e = retrieveFails();

    assertInstanceOf(ServerException.class, e);
    assertNull(e.errorCode());
    assertEquals("{\"ok\":false,\"error\":{\"code\":\"INTERN", e.bodyExcerpt());
    assertTrue(e.getMessage().contains("{\"ok\":false"), e.getMessage());
  }

  @Test
  void nonJsonTextErrorBodyMapsByStatusWithAnExcerpt() {
    server.enqueue(
        new MockResponse.Builder()
            .code(400)
            .addHeader("Content-Type", "text/plain")
            .addHeader("X-Request-Id", "req_text")
            .body("Bad Request: malformed header\n")
            .build());

    MaitoApiException e = retrieveFails();

    assertInstanceOf(ValidationException.class, e);
    assertEquals("Bad Request: malformed header", e.bodyExcerpt());
    assertEquals("400: HTTP 400 (request req_text): Bad Request: malformed header", e.getMessage());
  }

  @Test
  void jsonThatIsNoErrorShapeStillMapsByStatus() {
    server.enqueueJson(404, "[1,2,3]");
    server.enqueueJson(404, "\"gone\"");
    server.enqueueJson(404, "{\"detail\":\"gone\"}");

    for (int i = 0; i < 3; i++) {
      MaitoApiException e = retrieveFails();
      assertInstanceOf(NotFoundException.class, e);
      assertEquals(404, e.statusCode());
    }
  }

  @Test
  void asyncCallsFailWithTheSameMappedException() {
    server.enqueueFixture(404, "error-not-found.json");

    CompletionException e =
        assertThrows(
            CompletionException.class,
            () ->
                server
                    .clientWithoutRetries()
                    .async()
                    .subscribers()
                    .retrieve("sub_missing")
                    .orTimeout(5, TimeUnit.SECONDS)
                    .join());

    NotFoundException cause = assertInstanceOf(NotFoundException.class, e.getCause());
    assertEquals(SpecValidatingServer.REQUEST_ID, cause.requestId());
  }

  // --- 2xx that cannot be read ------------------------------------------------------------------

  @Test
  void successWithAnEmptyBodyIsAnInvalidResponse() {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("X-Request-Id", "req_e").build());

    MaitoInvalidResponseException e =
        assertThrows(
            MaitoInvalidResponseException.class,
            () -> server.clientWithoutRetries().tags().retrieve("tag_1"));

    assertEquals(200, e.statusCode());
    assertEquals("req_e", e.requestId());
    assertTrue(e.getMessage().contains("empty body"), e.getMessage());
  }

  @Test
  void successWithAnHtmlBodyIsAnInvalidResponseWithAnExcerpt() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "text/html")
            .body("<html><body>Captive portal: please log in</body></html>")
            .build());

    MaitoInvalidResponseException e =
        assertThrows(
            MaitoInvalidResponseException.class,
            () -> server.clientWithoutRetries().tags().retrieve("tag_1"));

    assertEquals(200, e.statusCode());
    assertEquals("<html><body>Captive portal: please log in</body></html>", e.bodyExcerpt());
    assertTrue(e.getMessage().contains("Captive portal"), e.getMessage());
  }

  @Test
  void successWithTruncatedJsonIsAnInvalidResponse() {
    server.enqueueJson(200, "{\"ok\":true,\"data\":{\"id\":\"tag_1\",\"name\":");
    server.enqueueJson(201, "{\"ok\":true,\"data\":{\"id\":\"tag_1\"}} trailing");
    server.enqueueJson(200, "{\"ok\":true}");
    server.enqueueJson(200, "{\"ok\":true,\"data\":null}");
    server.enqueueJson(200, "null");
    MaitoClient client = server.clientWithoutRetries();

    for (int i = 0; i < 5; i++) {
      MaitoInvalidResponseException e =
          assertThrows(MaitoInvalidResponseException.class, () -> client.tags().retrieve("tag_1"));
      assertNotNull(e.bodyExcerpt());
    }
  }

  @Test
  void successWithTheWrongJsonTypeIsAnInvalidResponse() {
    server.enqueueJson(200, "{\"ok\":true,\"data\":[]}");
    server.enqueueJson(200, "{\"ok\":true,\"data\":{\"id\":5}}");
    server.enqueueJson(200, "{\"ok\":true,\"data\":{}}");
    MaitoClient client = server.clientWithoutRetries();

    for (int i = 0; i < 3; i++) {
      assertThrows(MaitoInvalidResponseException.class, () -> client.tags().retrieve("tag_1"));
    }
    assertThrows(
        MaitoInvalidResponseException.class,
        () -> {
          server.enqueueJson(200, "{\"ok\":true,\"data\":{\"id\":\"t\"}}");
          client.tags().list();
        });
  }

  @Test
  void anUnexpectedRedirectOrInformationalStatusIsAnInvalidResponse() {
    server.enqueue(
        new MockResponse.Builder().code(304).addHeader("X-Request-Id", "req_304").build());

    MaitoInvalidResponseException e =
        assertThrows(
            MaitoInvalidResponseException.class,
            () -> server.clientWithoutRetries().tags().retrieve("tag_1"));

    assertEquals(304, e.statusCode());
    assertEquals("req_304", e.requestId());
  }
}
