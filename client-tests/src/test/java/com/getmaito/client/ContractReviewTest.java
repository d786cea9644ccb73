package com.getmaito.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.getmaito.client.errors.MaitoInvalidResponseException;
import com.getmaito.client.errors.RateLimitException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Findings of a line-by-line review of the SDK against API-CONTRACT.md. */
class ContractReviewTest {
  @RegisterExtension final SpecValidatingServer server = new SpecValidatingServer();

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
