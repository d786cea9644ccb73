package com.getmaito.client.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.AuthScheme;
import com.getmaito.client.LogLevel;
import com.getmaito.client.MaitoClient;
import com.getmaito.client.errors.ServerException;
import com.getmaito.client.model.ApiKeyCreateParams;
import com.getmaito.client.model.CreatedApiKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/**
 * Request logging at its most detailed ({@link LogLevel#HEADERS}, DEBUG) shows requests, statuses,
 * request ids and retries, and never the API key or a created key's secret. Test logging goes to
 * {@code target/test-sdk.log} (see {@code simplelogger.properties}).
 */
class LoggingRedactionTest {
  private static final Path LOG = Path.of("target/test-sdk.log");

  @Test
  void headersLevelLogsRequestsAndRetriesButNeverTheKeyOrASecret() throws Exception {
    String key = "sk_live_" + UUID.randomUUID().toString().replace("-", "");
    String secret = "mk_" + UUID.randomUUID().toString().replace("-", "");
    String created =
        "{\"ok\":true,\"data\":{\"id\":\"key_9\",\"name\":\"ci\",\"keyPrefix\":\"mk_abc****\","
            + "\"scope\":\"full\",\"rateLimit\":120,\"lastUsedAt\":null,"
            + "\"createdAt\":\"2026-11-22T10:30:00.000Z\",\"expiresAt\":null,\"apiKey\":\""
            + secret
            + "\"},\"meta\":{\"warning\":\"shown once\"}}";
    for (AuthScheme scheme : AuthScheme.values()) {
      try (MockWebServer server = new MockWebServer()) {
        server.enqueue(
            new MockResponse.Builder()
                .code(201)
                .addHeader("X-Request-Id", "req_log_1")
                .body(created)
                .build());
        server.enqueue(
            new MockResponse.Builder()
                .code(503)
                .addHeader("Retry-After", "0")
                .body("<html>echo " + key + "</html>")
                .build());
        server.start();
        try (MaitoClient client =
            MaitoClient.builder()
                .apiKey(key)
                .authScheme(scheme)
                .baseUrl(server.url("/v1").toString())
                .logLevel(LogLevel.HEADERS)
                .maxRetries(0)
                .build()) {
          CreatedApiKey k =
              client.apiKeys().create(ApiKeyCreateParams.builder().name("ci").build());
          assertTrue(k.secret().equals(secret));
          ServerException e = assertThrows(ServerException.class, () -> client.apiKeys().list());
          assertFalse(e.getMessage().contains(key), e.getMessage());
          assertTrue(e.getMessage().contains("[redacted]"), e.getMessage());
        }
      }
    }
    String log = Files.readString(LOG);
    assertTrue(log.contains("--> POST http://"), "requests are logged");
    assertTrue(log.contains("request req_log_1"), "request ids are logged");
    assertTrue(log.contains("Authorization: [redacted]"), "the header is logged, redacted");
    assertTrue(log.contains("X-API-Key: [redacted]"), "the compat header is logged, redacted");
    assertFalse(log.contains(key), "the API key never appears in the log");
    assertFalse(log.contains(secret), "a created key's secret never appears in the log");
  }
}
