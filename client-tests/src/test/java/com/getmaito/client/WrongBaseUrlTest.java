package com.getmaito.client;

import static com.getmaito.client.testing.ResilienceFixtures.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.errors.NotFoundException;
import com.getmaito.client.errors.RouteNotFoundException;
import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.client.model.SubscriberListParams;
import com.getmaito.client.testing.ResilienceFixtures;
import com.getmaito.emulator.MaitoEmulator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * A base URL without {@code /v1} (or otherwise wrong) makes every call 404: the SDK says so, with a
 * {@link RouteNotFoundException}, instead of letting a caller read "no such subscriber".
 */
class WrongBaseUrlTest {
  @StartStop private final MockWebServer server = new MockWebServer();

  @Test
  void aBaseUrlWithoutTheVersionIsNamedAsTheProblemOnEveryKindOfCall() {
    try (MaitoEmulator emulator = MaitoEmulator.start()) {
      String withoutVersion = emulator.baseUrl().replaceAll("/v1/?$", "");
      try (MaitoClient client =
          MaitoClient.builder()
              .apiKey(emulator.bootstrapKey())
              .baseUrl(withoutVersion)
              .maxRetries(0)
              .build()) {
        RouteNotFoundException retrieve =
            assertThrows(
                RouteNotFoundException.class, () -> client.subscribers().retrieve("sub_1"));
        assertProbablyWrongBaseUrl(retrieve, "GET /newsletter/subscribers/{id}");
        assertTrue(retrieve.getMessage().contains(withoutVersion), retrieve.getMessage());
        assertEquals(404, retrieve.statusCode());
        assertInstanceOf(NotFoundException.class, retrieve, "404 handling keeps working");

        RouteNotFoundException list =
            assertThrows(
                RouteNotFoundException.class,
                () -> client.subscribers().list(SubscriberListParams.builder().build()));
        assertProbablyWrongBaseUrl(list, "GET /newsletter/subscribers");
        RouteNotFoundException create =
            assertThrows(
                RouteNotFoundException.class,
                () ->
                    client
                        .subscribers()
                        .create(SubscriberCreateParams.builder().email("a@b.co").build()));
        assertProbablyWrongBaseUrl(create, "POST /newsletter/subscribers");
      }
    }
  }

  @Test
  void aMissingResourceUnderAVersionedBaseUrlIsAPlainNotFound() {
    server.enqueue(error(404, "NOT_FOUND").build());
    try (MaitoClient client = ResilienceFixtures.client(server).build()) {
      NotFoundException e =
          assertThrows(NotFoundException.class, () -> client.subscribers().retrieve("sub_1"));
      assertEquals(NotFoundException.class, e.getClass());
      assertFalse(e.getMessage().contains("base URL"), e.getMessage());
    }
  }

  @Test
  void a404OnACollectionRouteIsAWrongRouteWhateverTheBody() throws Exception {
    server.enqueue(error(404, "NOT_FOUND").build());
    try (MaitoClient client = ResilienceFixtures.client(server).maxRetries(0).build()) {
      ExecutionException e =
          assertThrows(
              ExecutionException.class,
              () ->
                  client
                      .async()
                      .tags()
                      .list(com.getmaito.client.model.TagListParams.builder().build())
                      .get(5, TimeUnit.SECONDS));
      assertProbablyWrongBaseUrl(
          assertInstanceOf(RouteNotFoundException.class, e.getCause()), "GET /newsletter/tags");
    }
  }

  @Test
  void a404WhoseBodyIsNotTheApisEnvelopeIsAWrongRoute() {
    server.enqueue(
        new MockResponse.Builder()
            .code(404)
            .addHeader("Content-Type", "text/html")
            .body("<html><body><h1>404 Not Found</h1>nginx</body></html>")
            .build());
    try (MaitoClient client = ResilienceFixtures.client(server).build()) {
      RouteNotFoundException e =
          assertThrows(RouteNotFoundException.class, () -> client.tags().retrieve("tag_1"));
      assertProbablyWrongBaseUrl(e, "GET /newsletter/tags/{id}");
      assertEquals(server.url("/v1").toString(), e.baseUrl());
    }
  }

  private static void assertProbablyWrongBaseUrl(RouteNotFoundException e, String route) {
    assertEquals(route, e.route());
    assertTrue(e.getMessage().contains("base URL"), e.getMessage());
    assertTrue(e.getMessage().contains("probably wrong"), e.getMessage());
    assertTrue(e.getMessage().contains("https://api.getmaito.com/v1"), e.getMessage());
    assertTrue(e.getMessage().contains("No route for") || e.getMessage().contains("404"));
  }
}
