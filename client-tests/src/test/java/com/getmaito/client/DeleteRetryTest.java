package com.getmaito.client;

import static com.getmaito.client.testing.ResilienceFixtures.disconnectAfterRequest;
import static com.getmaito.client.testing.ResilienceFixtures.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.errors.NotFoundException;
import com.getmaito.client.model.DeleteResult;
import com.getmaito.client.model.RevokeResult;
import com.getmaito.client.testing.FakeClock;
import com.getmaito.client.testing.FakeSleeper;
import com.getmaito.client.testing.ResilienceFixtures;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * A delete retried after an attempt that may have done it (its response lost, or a server error)
 * and then answered 404 returns the result: the caller's intent holds. A 404 that no earlier
 * attempt can explain is still a {@link NotFoundException}.
 */
class DeleteRetryTest {
  private final FakeClock clock = new FakeClock();
  private final FakeSleeper sleeper = new FakeSleeper(clock);
  @StartStop private final MockWebServer server = new MockWebServer();

  private MaitoClient client() {
    return ResilienceFixtures.client(server, clock, sleeper).build();
  }

  private void lostResponseThen404() {
    server.enqueue(disconnectAfterRequest().build());
    server.enqueue(error(404, "NOT_FOUND").build());
  }

  @Test
  void aSubscriberDeleteRetriedAfterALostResponseReturnsTheResultOn404() throws Exception {
    lostResponseThen404();
    lostResponseThen404();
    try (MaitoClient client = client()) {
      assertEquals(new DeleteResult("sub_1", true), client.subscribers().delete("sub_1"));
      assertEquals(
          new DeleteResult("sub_2", true),
          client.async().subscribers().delete("sub_2").get(5, TimeUnit.SECONDS));
    }
    assertEquals(4, server.getRequestCount());
  }

  @Test
  void aTagDeleteRetriedAfterAServerErrorReturnsTheResultOn404() throws Exception {
    server.enqueue(error(500, "INTERNAL").build());
    server.enqueue(error(404, "NOT_FOUND").build());
    lostResponseThen404();
    try (MaitoClient client = client()) {
      assertEquals(new DeleteResult("tag_1", true), client.tags().delete("tag_1"));
      assertEquals(
          new DeleteResult("tag_2", true),
          client.async().tags().delete("tag_2").get(5, TimeUnit.SECONDS));
    }
  }

  @Test
  void aKeyRevocationRetriedAfterALostResponseReturnsTheResultOn404() throws Exception {
    lostResponseThen404();
    lostResponseThen404();
    try (MaitoClient client = client()) {
      assertEquals(new RevokeResult("key_1", true), client.apiKeys().revoke("key_1"));
      assertEquals(
          new RevokeResult("key_2", true),
          client.async().apiKeys().revoke("key_2").get(5, TimeUnit.SECONDS));
    }
  }

  @Test
  void a404OnTheFirstAttemptIsStillNotFound() {
    server.enqueue(error(404, "NOT_FOUND").build());
    try (MaitoClient client = client()) {
      assertThrows(NotFoundException.class, () -> client.subscribers().delete("sub_1"));
    }
  }

  @Test
  void a404AfterARateLimitRefusalIsStillNotFound() {
    // A 429 proves the first attempt did nothing: the 404 is the resource's real state.
    server.enqueue(error(429, "RATE_LIMITED").addHeader("Retry-After", "1").build());
    server.enqueue(error(404, "NOT_FOUND").build());
    server.enqueue(error(429, "RATE_LIMITED").addHeader("Retry-After", "1").build());
    server.enqueue(error(404, "NOT_FOUND").build());
    try (MaitoClient client = client()) {
      assertThrows(NotFoundException.class, () -> client.tags().delete("tag_1"));
      ExecutionException e =
          assertThrows(
              ExecutionException.class,
              () -> client.async().tags().delete("tag_1").get(5, TimeUnit.SECONDS));
      assertInstanceOf(NotFoundException.class, e.getCause());
    }
    assertEquals(4, server.getRequestCount());
  }

  @Test
  void aRetrieveThatFindsNothingOnARetryIsStillNotFound() {
    lostResponseThen404();
    try (MaitoClient client = client()) {
      NotFoundException e =
          assertThrows(NotFoundException.class, () -> client.tags().retrieve("tag_1"));
      assertTrue(e.getSuppressed().length == 1, "the lost response is kept");
    }
  }
}
