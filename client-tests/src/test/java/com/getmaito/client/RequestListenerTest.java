package com.getmaito.client;

import static com.getmaito.client.testing.ResilienceFixtures.disconnectAfterRequest;
import static com.getmaito.client.testing.ResilienceFixtures.error;
import static com.getmaito.client.testing.ResilienceFixtures.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.errors.MaitoIoException;
import com.getmaito.client.errors.NotFoundException;
import com.getmaito.client.errors.ServerException;
import com.getmaito.client.model.BulkCreateParams;
import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.client.testing.FakeSleeper;
import com.getmaito.client.testing.ResilienceFixtures;
import com.getmaito.emulator.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** {@link RequestListener}: one event per HTTP attempt, sync and async, for metrics and tracing. */
class RequestListenerTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  private final MutableClock clock = ResilienceFixtures.clock();
  private final FakeSleeper sleeper = new FakeSleeper(clock);
  private final List<RequestEvent> events = new CopyOnWriteArrayList<>();

  private MaitoClient.Builder client() {
    return ResilienceFixtures.client(server, clock, sleeper).requestListener(events::add);
  }

  @Test
  void aSyncCallReportsItsRouteTemplateStatusRequestIdAndTiming() {
    server.enqueue(tag().addHeader("X-Request-Id", "req_42").build());
    try (MaitoClient client = client().build()) {
      client.tags().retrieve("tag_1");
    }
    assertEquals(1, events.size());
    RequestEvent e = events.get(0);
    assertEquals("GET", e.method());
    assertEquals("/newsletter/tags/{id}", e.route(), "the template, never the raw id");
    assertEquals(1, e.attempt());
    assertEquals(200, e.statusCode());
    assertEquals("req_42", e.requestId());
    assertTrue(e.succeeded());
    assertNull(e.failure());
    assertEquals(clock.instant(), e.startedAt(), "on the client's clock");
    assertFalse(e.duration().isNegative());
    assertEquals(Duration.ZERO, e.limiterWait());
  }

  @Test
  void everyAttemptOfARetriedCallIsReportedWithItsFailure() {
    server.enqueue(error(503, "UNAVAILABLE").build());
    server.enqueue(disconnectAfterRequest().build());
    server.enqueue(tag().build());
    try (MaitoClient client = client().maxRetries(2).build()) {
      client.tags().retrieve("tag_1");
    }
    assertEquals(List.of(1, 2, 3), events.stream().map(RequestEvent::attempt).toList());
    assertEquals(List.of(503, 0, 200), events.stream().map(RequestEvent::statusCode).toList());
    assertInstanceOf(ServerException.class, events.get(0).failure());
    assertInstanceOf(
        MaitoIoException.class, events.get(1).failure(), "a network failure: no status");
    assertTrue(events.get(2).succeeded());
  }

  @Test
  void anAsyncCallReportsTheSameEventsIncludingAFinalFailure() throws Exception {
    server.enqueue(error(503, "UNAVAILABLE").build());
    server.enqueue(error(404, "NOT_FOUND").build());
    try (MaitoClient client = client().build()) {
      ExecutionException e =
          assertThrows(
              ExecutionException.class,
              () -> client.async().subscribers().retrieve("sub_9").get(5, TimeUnit.SECONDS));
      assertInstanceOf(NotFoundException.class, e.getCause());
    }
    assertEquals(2, events.size(), "" + events);
    assertEquals("GET", events.get(0).method());
    assertEquals("/newsletter/subscribers/{id}", events.get(0).route());
    assertEquals(List.of(503, 404), events.stream().map(RequestEvent::statusCode).toList());
    assertInstanceOf(NotFoundException.class, events.get(1).failure());
  }

  @Test
  void theClientSideLimitersWaitIsReportedOnTheAttemptItHeld() throws Exception {
    server.enqueue(tag().build());
    server.enqueue(tag().build());
    server.enqueue(tag().build());
    try (MaitoClient client = client().rateLimit(2, Duration.ofSeconds(1)).build()) {
      client.tags().retrieve("tag_1");
      client.tags().retrieve("tag_1");
      client.async().tags().retrieve("tag_1").get(5, TimeUnit.SECONDS);
    }
    assertEquals(
        List.of(Duration.ZERO, Duration.ofMillis(500), Duration.ofMillis(500)),
        events.stream().map(RequestEvent::limiterWait).toList());
  }

  @Test
  void collectionAndBulkRoutesAreNamedAsTheContractDoes() {
    server.enqueue(ResilienceFixtures.ok(201, sub()).build());
    server.enqueue(ResilienceFixtures.ok(200, "{\"created\":[],\"failed\":[]}").build());
    try (MaitoClient client = client().build()) {
      client.subscribers().create(SubscriberCreateParams.builder().email("a@b.co").build());
      client
          .subscribers()
          .bulkCreate(
              BulkCreateParams.of(
                  List.of(SubscriberCreateParams.builder().email("c@d.co").build())));
    }
    assertEquals(
        List.of("POST /newsletter/subscribers", "POST /newsletter/subscribers/bulk"),
        events.stream().map(e -> e.method() + " " + e.route()).toList());
  }

  @Test
  void aListenerThatThrowsIsLoggedAndDoesNotBreakTheCall() throws Exception {
    server.enqueue(tag().build());
    server.enqueue(tag().build());
    RequestListener broken =
        e -> {
          throw new IllegalStateException("metrics backend down");
        };
    try (MaitoClient client =
        ResilienceFixtures.client(server, clock, sleeper).requestListener(broken).build()) {
      assertEquals("tag_1", client.tags().retrieve("tag_1").id());
      assertEquals("tag_1", client.async().tags().retrieve("tag_1").get(5, TimeUnit.SECONDS).id());
    }
    assertEquals(2, server.getRequestCount(), "no retry because of the listener");
  }

  private static String sub() {
    return "{\"id\":\"sub_1\",\"email\":\"a@b.co\",\"emailNormalized\":\"a@b.co\","
        + "\"firstName\":null,\"lastName\":null,\"status\":\"subscribed\",\"confirmed\":false,"
        + "\"tags\":[],\"customFields\":{},\"source\":null,"
        + "\"createdAt\":\"2026-11-22T10:30:00.000Z\",\"updatedAt\":\"2026-11-22T10:30:00.000Z\"}";
  }
}
