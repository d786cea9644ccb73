package com.getmaito.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.errors.AuthenticationException;
import com.getmaito.client.errors.MaitoApiException;
import com.getmaito.client.errors.MaitoException;
import com.getmaito.client.errors.MaitoInvalidResponseException;
import com.getmaito.client.errors.ServerException;
import com.getmaito.client.errors.ValidationException;
import com.getmaito.client.model.ApiKeyCreateParams;
import com.getmaito.client.model.CreatedApiKey;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The API key (and a created key's secret) never shows in exception messages, {@code toString()}s
 * or body excerpts, even when a server echoes it.
 */
class SecretsTest {
  private static final String KEY = SpecValidatingServer.KEY;

  /** The part of {@link #KEY} after its type prefix: none of it may leak. */
  private static final String KEY_BODY = KEY.substring("sk_test_".length());

  private static final String NEW_SECRET = "mk_9c2d41f0a8b7e6c5d4f3a2b1c0e9d8f7a6b5c4d3";

  @RegisterExtension final SpecValidatingServer server = new SpecValidatingServer();

  private static void assertNoSecret(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    String all = trace + " " + e;
    assertFalse(all.contains(KEY), all);
    assertFalse(all.contains(KEY_BODY.substring(0, 8)), "part of the key leaked: " + all);
    assertFalse(all.contains(NEW_SECRET.substring(3, 15)), "a created key's secret leaked: " + all);
  }

  private MaitoApiException retrieveFails() {
    return assertThrows(
        MaitoApiException.class, () -> server.clientWithoutRetries().tags().retrieve("tag_1"));
  }

  @Test
  void aKeyEchoedInTheErrorMessageCodeAndDetailsIsRedacted() {
    server.enqueueJson(
        401,
        "{\"ok\":false,\"error\":{\"code\":\"BAD_KEY_"
            + KEY
            + "\",\"message\":\"Key "
            + KEY
            + " is revoked\",\"details\":[{\"field\":\""
            + KEY
            + "\",\"message\":\"Bearer "
            + KEY
            + " unknown\"}]}}");

    MaitoApiException e = retrieveFails();

    assertInstanceOf(AuthenticationException.class, e);
    assertEquals("Key [redacted] is revoked", e.serverMessage());
    assertNoSecret(e);
    assertFalse(e.errorCode().contains(KEY));
    assertFalse(e.details().toString().contains(KEY), e.details().toString());
  }

  @Test
  void aKeyEchoedInAnHtmlErrorPageIsRedactedFromTheExcerpt() {
    server.enqueue(
        new MockResponse.Builder()
            .code(502)
            .addHeader("Content-Type", "text/html")
            .body(
                "<html><body><p>Upstream rejected Authorization: Bearer "
                    + KEY
                    + "</p></body></html>")
            .build());

    MaitoApiException e = retrieveFails();

    assertInstanceOf(ServerException.class, e);
    assertTrue(e.bodyExcerpt().contains("Bearer [redacted]"), e.bodyExcerpt());
    assertNoSecret(e);
  }

  @Test
  void aKeyCutByTheExcerptLimitLeaksNoneOfItsCharacters() {
    // The key starts 190 characters in: shortening the page to 200 characters must not keep the
    // first 10 characters of the key.
    String page = "<p>" + "x".repeat(187) + KEY + "</p>" + "y".repeat(500);
    server.enqueue(
        new MockResponse.Builder()
            .code(400)
            .addHeader("Content-Type", "text/html")
            .body(page)
            .build());

    MaitoApiException e = retrieveFails();

    assertInstanceOf(ValidationException.class, e);
    assertFalse(e.bodyExcerpt().contains("sk_test_"), e.bodyExcerpt());
    assertNoSecret(e);
  }

  @Test
  void aKeyEchoedInAnUnreadableSuccessBodyIsRedacted() {
    server.enqueue(
        new MockResponse.Builder().code(200).body("<html>Hello " + KEY + "</html>").build());

    MaitoInvalidResponseException e =
        assertThrows(
            MaitoInvalidResponseException.class,
            () -> server.clientWithoutRetries().tags().retrieve("tag_1"));

    assertEquals("<html>Hello [redacted]</html>", e.bodyExcerpt());
    assertNoSecret(e);
  }

  @Test
  void aKeyEchoedToAnAsyncCallIsRedactedToo() {
    server.enqueueJson(
        403, "{\"ok\":false,\"error\":{\"code\":\"FORBIDDEN\",\"message\":\"" + KEY + "\"}}");

    CompletionException e =
        assertThrows(
            CompletionException.class,
            () ->
                server
                    .clientWithoutRetries()
                    .async()
                    .apiKeys()
                    .list()
                    .orTimeout(5, TimeUnit.SECONDS)
                    .join());

    assertInstanceOf(MaitoException.class, e.getCause());
    assertNoSecret(e.getCause());
  }

  @Test
  void aMalformedCreateResponseDoesNotLeakTheNewSecret() {
    // The created key lacks createdAt: the response is unreadable, and its excerpt must not carry
    // the secret the server showed this once.
    server.enqueueJson(
        201,
        "{\"ok\":true,\"data\":{\"id\":\"key_1\",\"name\":\"n\",\"keyPrefix\":\"mk_9c2****\","
            + "\"scope\":\"full\",\"rateLimit\":60,\"lastUsedAt\":null,\"expiresAt\":null,"
            + "\"apiKey\":\""
            + NEW_SECRET
            + "\"}}");

    MaitoInvalidResponseException e =
        assertThrows(
            MaitoInvalidResponseException.class,
            () ->
                server
                    .clientWithoutRetries()
                    .apiKeys()
                    .create(ApiKeyCreateParams.builder().name("n").build()));

    assertTrue(e.getMessage().contains("ApiKey.createdAt"), e.getMessage());
    assertTrue(e.bodyExcerpt().contains("\"apiKey\":\"[redacted]\""), e.bodyExcerpt());
    assertTrue(
        e.bodyExcerpt().contains("mk_9c2****"), "the masked prefix stays: " + e.bodyExcerpt());
    assertNoSecret(e);
  }

  @Test
  void aKeyEchoedInAnUnreadableTimestampIsNotQuotedInTheMessage() {
    server.enqueueJson(
        200,
        "{\"ok\":true,\"data\":{\"id\":\"tag_1\",\"name\":\"vip\",\"description\":null,"
            + "\"subscriberCount\":1,\"createdAt\":\""
            + KEY
            + "\",\"updatedAt\":\"2026-11-22T10:30:00.000Z\"}}");

    MaitoInvalidResponseException e =
        assertThrows(
            MaitoInvalidResponseException.class,
            () -> server.clientWithoutRetries().tags().retrieve("tag_1"));

    assertTrue(e.getMessage().contains("createdAt"), e.getMessage());
    assertNoSecret(e);
  }

  @Test
  void aKeyEchoedInAnUnreadableNumberIsNotQuotedInTheMessage() {
    server.enqueueJson(
        200,
        "{\"ok\":true,\"data\":{\"id\":\"tag_1\",\"name\":\"vip\",\"description\":null,"
            + "\"subscriberCount\":\""
            + KEY
            + "\",\"createdAt\":\"2026-11-22T10:30:00.000Z\","
            + "\"updatedAt\":\"2026-11-22T10:30:00.000Z\"}}");

    MaitoInvalidResponseException e =
        assertThrows(
            MaitoInvalidResponseException.class,
            () -> server.clientWithoutRetries().tags().retrieve("tag_1"));

    assertNoSecret(e);
  }

  @Test
  void clientToStringShowsOnlyTheKeyType() {
    MaitoClient client = server.client();
    MaitoClient compat =
        server.track(server.clientBuilder().authScheme(AuthScheme.X_API_KEY).build());

    assertTrue(client.toString().contains("apiKey=sk_****"), client.toString());
    assertFalse(client.toString().contains(KEY_BODY.substring(0, 4)), client.toString());
    assertFalse(compat.toString().contains(KEY), compat.toString());
  }

  @Test
  void requestOptionsToStringShowsNeitherTheIdempotencyKeyNorHeaderValues() {
    RequestOptions options =
        RequestOptions.builder()
            .idempotencyKey("idem-secret-123")
            .header("X-Upstream-Token", "tok-secret-456")
            .build();

    String text = options.toString();

    assertFalse(text.contains("idem-secret-123"), text);
    assertFalse(text.contains("tok-secret-456"), text);
    assertTrue(text.contains("X-Upstream-Token"), text);
    assertTrue(text.contains("idempotencyKey=set"), text);
  }

  @Test
  void createdApiKeyToStringMasksTheSecretWhichSecretReturns() {
    server.enqueueFixture(201, "api-key-created.json");

    CreatedApiKey created =
        server
            .client()
            .apiKeys()
            .create(ApiKeyCreateParams.builder().name("Nightly export").build());

    assertEquals(NEW_SECRET, created.secret());
    String text = created.toString();
    assertFalse(text.contains(NEW_SECRET), text);
    assertFalse(text.contains(NEW_SECRET.substring(0, 7)), "at most 6 characters shown: " + text);
    assertTrue(text.contains("secret=mk_9c2****"), text);
    assertEquals("mk_9c2****", CreatedApiKey.mask(NEW_SECRET));
    assertEquals("mk****", CreatedApiKey.mask("mk_abcd"), "never more than a third");
  }

  @Test
  void builderErrorsNeverShowTheKey() {
    IllegalArgumentException pk =
        assertThrows(
            IllegalArgumentException.class,
            () -> MaitoClient.builder().apiKey("pk_live_" + KEY_BODY).build());
    IllegalArgumentException newline =
        assertThrows(
            IllegalArgumentException.class, () -> MaitoClient.builder().apiKey(KEY + "\n").build());
    IllegalArgumentException http =
        assertThrows(
            IllegalArgumentException.class,
            () -> MaitoClient.builder().apiKey(KEY).baseUrl("http://example.com").build());

    assertNoSecret(pk);
    assertNoSecret(newline);
    assertNoSecret(http);
  }

  /**
   * Contract, Basics: "the key must never be sent over http:// except to loopback hosts". OkHttp
   * followed redirects, re-sending {@code X-API-Key} (which, unlike {@code Authorization}, it does
   * not strip) to whatever host and scheme a {@code Location} named. The API never redirects.
   */
  @Test
  void redirectsAreNotFollowedSoTheKeyNeverReachesAnotherOrigin() throws Exception {
    try (MockWebServer elsewhere = new MockWebServer()) {
      elsewhere.start();
      for (AuthScheme scheme : AuthScheme.values()) {
        server.enqueue(
            new MockResponse.Builder()
                .code(307)
                .addHeader("Location", elsewhere.url("/v1/newsletter/tags/tag_1"))
                .build());
        MaitoClient client =
            server.track(server.clientBuilder().authScheme(scheme).maxRetries(0).build());

        MaitoInvalidResponseException e =
            assertThrows(
                MaitoInvalidResponseException.class, () -> client.tags().retrieve("tag_1"));
        assertEquals(307, e.statusCode());
        server.takeRequest();
      }
      assertEquals(0, elsewhere.getRequestCount(), "the redirect was followed");
    }
  }

  /**
   * Contract, Rates/keys: the SDK must never print a secret. With the key and the base URL swapped
   * (arguments, or {@code MAITO_API_KEY}/{@code MAITO_BASE_URL}), the base URL error quoted the
   * key.
   */
  @Test
  void aKeyGivenAsTheBaseUrlIsNotQuotedInTheError() {
    String key = SpecValidatingServer.KEY;
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MaitoClient.builder().apiKey(server.baseUrl()).baseUrl(key).build());
    assertFalse(e.getMessage().contains(key.substring(8)), e.getMessage());

    IllegalArgumentException fromEnv =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                MaitoClient.builder()
                    .fromEnv(Map.of("MAITO_API_KEY", key, "MAITO_BASE_URL", key))
                    .build());
    assertFalse(fromEnv.getMessage().contains(key.substring(8)), fromEnv.getMessage());
  }
}
