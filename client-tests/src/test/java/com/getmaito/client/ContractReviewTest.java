package com.getmaito.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.getmaito.client.errors.MaitoInvalidResponseException;
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
}
