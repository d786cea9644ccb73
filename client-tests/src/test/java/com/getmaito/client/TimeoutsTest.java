package com.getmaito.client;

import static com.getmaito.client.testing.ResilienceFixtures.createdTag;
import static com.getmaito.client.testing.ResilienceFixtures.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.errors.MaitoIoException;
import com.getmaito.client.model.TagCreateParams;
import com.getmaito.client.testing.FakeSleeper;
import com.getmaito.client.testing.ResilienceFixtures;
import com.getmaito.emulator.MutableClock;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Timeouts: the defaults (connect 10 s, read/write 30 s, whole call 60 s), the builder's and
 * per-request overrides, and that a timed-out attempt is a retryable {@link MaitoIoException}. Slow
 * responses are a few hundred milliseconds against timeouts of 100 ms.
 */
class TimeoutsTest {
  // 250 ms against 1 s delays: far enough apart that a loaded machine (load 12+ on 2 cores) does
  // not
  // time out the prompt answers too.
  private static final Duration SHORT = Duration.ofMillis(250);

  private final MutableClock clock = ResilienceFixtures.clock();
  private final FakeSleeper sleeper = new FakeSleeper(clock);
  @StartStop private final MockWebServer server = new MockWebServer();

  private MaitoClient.Builder client() {
    return ResilienceFixtures.client(server, clock, sleeper);
  }

  @Test
  void defaultsAreConnect10sReadAndWrite30sWholeCall60s() {
    try (MaitoClient client = client().build()) {
      OkHttpClient http = client.pipeline().http();
      assertEquals(10_000, http.connectTimeoutMillis());
      assertEquals(30_000, http.readTimeoutMillis());
      assertEquals(30_000, http.writeTimeoutMillis());
      assertEquals(60_000, http.callTimeoutMillis());
      assertEquals(Duration.ofSeconds(60), client.pipeline().config().callTimeout());
      assertTrue(!http.retryOnConnectionFailure(), "only the SDK's policy may resend a request");
    }
  }

  @Test
  void builderTimeoutsReachTheTransport() {
    try (MaitoClient client =
        client()
            .transport(
                TransportOptions.builder()
                    .connectTimeout(Duration.ofSeconds(1))
                    .readTimeout(Duration.ofSeconds(2))
                    .writeTimeout(Duration.ofSeconds(3))
                    .build())
            .timeout(Duration.ofSeconds(4))
            .build()) {
      OkHttpClient http = client.pipeline().http();
      assertEquals(1_000, http.connectTimeoutMillis());
      assertEquals(2_000, http.readTimeoutMillis());
      assertEquals(3_000, http.writeTimeoutMillis());
      assertEquals(4_000, http.callTimeoutMillis());
    }
  }

  @Test
  void rejectsNonPositiveTimeouts() {
    MaitoClient.Builder b = client();
    assertThrows(IllegalArgumentException.class, () -> b.timeout(Duration.ZERO));
    TransportOptions.Builder t = TransportOptions.builder();
    assertThrows(IllegalArgumentException.class, () -> t.readTimeout(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> t.connectTimeout(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> t.writeTimeout(Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class, () -> RequestOptions.builder().timeout(Duration.ZERO));
  }

  @Test
  void perRequestReadTimeoutShorterThanASlowResponseIsRetriedForGet() {
    List<RetryEvent> events = new CopyOnWriteArrayList<>();
    server.enqueue(tag().headersDelay(1000, TimeUnit.MILLISECONDS).build());
    server.enqueue(tag().build());
    try (MaitoClient client = client().retryListener(events::add).build()) {
      client.tags().retrieve("tag_1", RequestOptions.builder().readTimeout(SHORT).build());
      assertEquals(30_000, client.pipeline().http().readTimeoutMillis(), "client unchanged");
    }
    assertEquals(2, server.getRequestCount());
    assertEquals(1, events.size());
    MaitoIoException cause = assertInstanceOf(MaitoIoException.class, events.get(0).cause());
    assertInstanceOf(InterruptedIOException.class, cause.getCause(), "a timeout");
  }

  @Test
  void perRequestReadTimeoutOnEveryAttemptFailsWithMaitoIoException() {
    server.enqueue(tag().headersDelay(1000, TimeUnit.MILLISECONDS).build());
    server.enqueue(tag().headersDelay(1000, TimeUnit.MILLISECONDS).build());
    try (MaitoClient client = client().maxRetries(1).build()) {
      MaitoIoException e =
          assertThrows(
              MaitoIoException.class,
              () ->
                  client
                      .tags()
                      .retrieve("tag_1", RequestOptions.builder().readTimeout(SHORT).build()));
      assertEquals(2, e.attempts());
      assertTrue(e.getMessage().contains("after 2 attempts"), e.getMessage());
      assertInstanceOf(InterruptedIOException.class, e.getCause());
    }
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void aBodyThatStallsAfterTheHeadersTimesOutAndIsRetried() {
    server.enqueue(tag().bodyDelay(1000, TimeUnit.MILLISECONDS).build());
    server.enqueue(tag().build());
    try (MaitoClient client =
        client().transport(TransportOptions.builder().readTimeout(SHORT).build()).build()) {
      assertEquals("tag_1", client.tags().retrieve("tag_1").id());
    }
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void perRequestWholeCallTimeoutIsRetriedForGet() {
    server.enqueue(tag().headersDelay(1000, TimeUnit.MILLISECONDS).build());
    server.enqueue(tag().build());
    try (MaitoClient client = client().build()) {
      client.tags().retrieve("tag_1", RequestOptions.builder().timeout(SHORT).build());
    }
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void builderWholeCallTimeoutFailsWithMaitoIoException() {
    server.enqueue(tag().headersDelay(1000, TimeUnit.MILLISECONDS).build());
    try (MaitoClient client = client().timeout(SHORT).maxRetries(0).build()) {
      MaitoIoException e =
          assertThrows(MaitoIoException.class, () -> client.tags().retrieve("tag_1"));
      assertEquals(1, e.attempts());
    }
  }

  @Test
  void aTimedOutPostWithoutIdempotencyKeyIsNotRetried() {
    server.enqueue(createdTag().headersDelay(1000, TimeUnit.MILLISECONDS).build());
    server.enqueue(createdTag().build());
    try (MaitoClient client = client().autoIdempotencyKeys(false).build()) {
      assertThrows(
          MaitoIoException.class,
          () ->
              client
                  .tags()
                  .create(
                      TagCreateParams.of("vip"),
                      RequestOptions.builder().readTimeout(SHORT).build()));
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void asyncPerRequestTimeoutIsRetried() throws Exception {
    server.enqueue(tag().headersDelay(1000, TimeUnit.MILLISECONDS).build());
    server.enqueue(tag().build());
    try (MaitoClient client = client().build()) {
      client
          .async()
          .tags()
          .retrieve("tag_1", RequestOptions.builder().readTimeout(SHORT).build())
          .get(5, TimeUnit.SECONDS);
    }
    assertEquals(2, server.getRequestCount());
    assertTrue(sleeper.syncDurations().isEmpty());
  }

  @Test
  void asyncTimeoutOnEveryAttemptCompletesWithMaitoIoException() {
    server.enqueue(tag().headersDelay(1000, TimeUnit.MILLISECONDS).build());
    try (MaitoClient client = client().build()) {
      ExecutionException e =
          assertThrows(
              ExecutionException.class,
              () ->
                  client
                      .async()
                      .tags()
                      .retrieve(
                          "tag_1", RequestOptions.builder().timeout(SHORT).maxRetries(0).build())
                      .get(5, TimeUnit.SECONDS));
      assertInstanceOf(MaitoIoException.class, e.getCause());
    }
  }

  @Test
  void perRequestTimeoutsReuseTheClientsConnectionPool() throws Exception {
    server.enqueue(tag().build());
    server.enqueue(tag().build());
    try (MaitoClient client = client().build()) {
      client.tags().retrieve("tag_1");
      client.tags().retrieve("tag_1", RequestOptions.builder().readTimeout(SHORT).build());
      assertEquals(1, client.pipeline().http().connectionPool().connectionCount());
    }
    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertEquals(first.getConnectionIndex(), second.getConnectionIndex(), "same connection");
    assertEquals(1, second.getExchangeIndex());
  }
}
