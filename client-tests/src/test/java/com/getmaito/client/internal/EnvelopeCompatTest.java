package com.getmaito.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.getmaito.client.MaitoClient;
import com.getmaito.client.Page;
import com.getmaito.client.Sleeper;
import com.getmaito.client.errors.NotFoundException;
import com.getmaito.client.model.Tag;
import com.getmaito.client.model.TagListParams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

class EnvelopeCompatTest {
  private static final String TAG =
      "{\"id\":\"tag_1\",\"name\":\"vip\",\"description\":null,\"subscriberCount\":2,"
          + "\"createdAt\":\"2026-11-22T10:30:00.000Z\",\"updatedAt\":\"2026-11-22T10:30:00.000Z\"}";

  @Test
  void aDataWrapperWithoutOkOrSuccessIsReadAsAnEnvelope() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          new MockResponse.Builder()
              .body(
                  "{\"data\":["
                      + TAG
                      + "],\"meta\":{\"total\":1,\"limit\":10,\"nextCursor\":null}}")
              .build());
      server.enqueue(new MockResponse.Builder().body(TAG).build());
      server.start();
      try (MaitoClient client =
          MaitoClient.builder().apiKey("sk_test").baseUrl(server.url("/v1").toString()).build()) {
        Page<Tag> page = client.tags().list(TagListParams.builder().limit(10).build());
        assertEquals("vip", page.data().get(0).name());
        assertEquals(1L, page.total());
        assertFalse(page.hasNextPage());
        assertEquals("tag_1", client.tags().retrieve("tag_1").id());
      }
    }
  }

  @Test
  void aFailureEnvelopeOnA200WithARetryableCodeIsRetried() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          new MockResponse.Builder()
              .body("{\"success\":false,\"error\":{\"code\":\"UNAVAILABLE\",\"message\":\"busy\"}}")
              .build());
      server.enqueue(
          new MockResponse.Builder()
              .body(
                  "{\"success\":false,\"error\":{\"code\":\"RATE_LIMITED\",\"message\":\"slow\"}}")
              .build());
      server.enqueue(
          new MockResponse.Builder().body("{\"success\":true,\"data\":" + TAG + "}").build());
      server.enqueue(
          new MockResponse.Builder()
              .body("{\"success\":false,\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"gone\"}}")
              .build());
      server.start();
      List<Duration> waits = new ArrayList<>();
      try (MaitoClient client =
          MaitoClient.builder()
              .apiKey("sk_test")
              .baseUrl(server.url("/v1").toString())
              .sleeper(
                  new Sleeper() {
                    @Override
                    public void sleep(Duration d) {
                      waits.add(d);
                    }

                    @Override
                    public CompletableFuture<Void> sleepAsync(Duration d) {
                      waits.add(d);
                      return CompletableFuture.completedFuture(null);
                    }
                  })
              .build()) {
        assertEquals("tag_1", client.tags().retrieve("tag_1").id());
        assertEquals(3, server.getRequestCount());
        assertEquals(2, waits.size());
        assertThrows(NotFoundException.class, () -> client.tags().retrieve("tag_2"));
        assertEquals(4, server.getRequestCount(), "a non-retryable code is not retried");
      }
    }
  }
}
