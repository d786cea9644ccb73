package com.getmaito.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.getmaito.client.MaitoClient;
import com.getmaito.client.RetryEvent;
import com.getmaito.client.Sleeper;
import com.getmaito.client.errors.ServerException;
import com.getmaito.client.model.TagCreateParams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/** OkHttp would silently re-send a request answered 503 with {@code Retry-After: 0}. */
class NoSilentRetryInterceptorTest {
  private static final String TAG =
      "{\"ok\":true,\"data\":{\"id\":\"tag_1\",\"name\":\"vip\",\"description\":null,\"subscriberCount\":0,"
          + "\"createdAt\":\"2026-11-22T10:30:00.000Z\",\"updatedAt\":\"2026-11-22T10:30:00.000Z\"}}";

  private static final Sleeper NO_WAIT =
      new Sleeper() {
        @Override
        public void sleep(Duration duration) {}

        @Override
        public CompletableFuture<Void> sleepAsync(Duration duration) {
          return CompletableFuture.completedFuture(null);
        }
      };

  private static MockResponse unavailableRetryNow() {
    return new MockResponse.Builder().code(503).addHeader("Retry-After", "0").body("{}").build();
  }

  @Test
  void aPostWithoutAnIdempotencyKeyIsSentOnceDespiteRetryAfterZero() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(unavailableRetryNow());
      server.enqueue(new MockResponse.Builder().code(201).body(TAG).build());
      server.start();
      try (MaitoClient client =
          MaitoClient.builder()
              .apiKey("sk_test")
              .baseUrl(server.url("/v1").toString())
              .autoIdempotencyKeys(false)
              .sleeper(NO_WAIT)
              .build()) {
        ServerException e =
            assertThrows(
                ServerException.class, () -> client.tags().create(TagCreateParams.of("vip")));
        assertEquals(Duration.ZERO, e.retryAfterHeader());
        assertEquals(1, server.getRequestCount());
      }
    }
  }

  @Test
  void aKeyedPostIsRetriedByTheSdksPolicyWhichCountsAndReportsTheAttempt() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(unavailableRetryNow());
      server.enqueue(new MockResponse.Builder().code(201).body(TAG).build());
      server.start();
      List<RetryEvent> events = new ArrayList<>();
      try (MaitoClient client =
          MaitoClient.builder()
              .apiKey("sk_test")
              .baseUrl(server.url("/v1").toString())
              .retryListener(events::add)
              .sleeper(NO_WAIT)
              .build()) {
        assertEquals("tag_1", client.tags().create(TagCreateParams.of("vip")).id());
        assertEquals(2, server.getRequestCount());
        assertEquals(1, events.size());
        assertEquals(Duration.ZERO, events.get(0).delay());
        String first = server.takeRequest().getHeaders().get("Idempotency-Key");
        assertEquals(first, server.takeRequest().getHeaders().get("Idempotency-Key"));
      }
    }
  }
}
