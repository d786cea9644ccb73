package com.getmaito.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.getmaito.client.errors.NotFoundException;
import com.getmaito.client.model.Subscriber;
import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.client.model.SubscriberStatus;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class SmokeTest {
  static final String SUB =
      "{\"id\":\"sub_1\",\"email\":\"Ann@Example.com\",\"emailNormalized\":\"ann@example.com\","
          + "\"firstName\":\"Ann\",\"lastName\":null,\"status\":\"subscribed\",\"confirmed\":false,"
          + "\"tags\":[\"vip\"],\"customFields\":{\"plan\":\"pro\",\"seats\":3,\"ratio\":0.5,\"x\":null},"
          + "\"source\":null,\"subscribedAt\":\"2026-11-22T10:30:00.000Z\",\"unsubscribedAt\":null,"
          + "\"createdAt\":\"2026-11-22T10:30:00.000Z\",\"updatedAt\":\"2026-11-22T10:30:00.000Z\",\"new\":1}";

  @Test
  void createThenNotFound() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      server.enqueue(
          new MockResponse.Builder().code(201).body("{\"ok\":true,\"data\":" + SUB + "}").build());
      server.enqueue(
          new MockResponse.Builder()
              .code(404)
              .addHeader("X-Request-Id", "req_9")
              .body(
                  "{\"ok\":false,\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"Subscriber not found.\"}}")
              .build());
      try (MaitoClient client =
          MaitoClient.builder()
              .apiKey("sk_test_123")
              .baseUrl(server.url("/v1").toString())
              .build()) {
        Subscriber s =
            client
                .subscribers()
                .create(
                    SubscriberCreateParams.builder()
                        .email("Ann@Example.com")
                        .firstName("Ann")
                        .tags(List.of("vip"))
                        .build());
        assertEquals("sub_1", s.id());
        assertEquals(SubscriberStatus.SUBSCRIBED, s.status());
        assertEquals(3L, s.customFields().get("seats"));
        RecordedRequest r = server.takeRequest();
        assertEquals("POST", r.getMethod());
        assertEquals("/v1/newsletter/subscribers", r.getUrl().encodedPath());
        assertEquals("Bearer sk_test_123", r.getHeaders().get("Authorization"));
        assertEquals(
            "{\"email\":\"Ann@Example.com\",\"firstName\":\"Ann\",\"tags\":[\"vip\"]}",
            r.getBody().utf8());
        NotFoundException e =
            assertThrows(NotFoundException.class, () -> client.subscribers().retrieve("sub/2"));
        assertEquals("req_9", e.requestId());
        assertEquals(
            "/v1/newsletter/subscribers/sub%2F2", server.takeRequest().getUrl().encodedPath());
        System.out.println(e.getMessage());
      }
    }
  }
}
