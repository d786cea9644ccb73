package com.getmaito.client;

import static com.getmaito.client.testing.ResilienceFixtures.error;
import static com.getmaito.client.testing.ResilienceFixtures.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.getmaito.client.errors.MaitoApiException;
import com.getmaito.client.errors.NotFoundException;
import com.getmaito.client.errors.RateLimitException;
import com.getmaito.client.errors.ServerException;
import com.getmaito.client.model.RateLimitInfo;
import com.getmaito.client.testing.FakeClock;
import com.getmaito.client.testing.FakeSleeper;
import com.getmaito.client.testing.ResilienceFixtures;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link RateLimitInfo} from {@code RateLimit-*} / {@code X-RateLimit-*} on responses and errors.
 */
class RateLimitInfoTest {
  private final FakeClock clock = new FakeClock();
  private final FakeSleeper sleeper = new FakeSleeper(clock);
  private MockWebServer server;
  private MaitoClient client;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    client = ResilienceFixtures.client(server, clock, sleeper).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private static RateLimitInfo info(int limit, int remaining, int resetSeconds) {
    return new RateLimitInfo(limit, remaining, Duration.ofSeconds(resetSeconds));
  }

  @Test
  void isNullBeforeTheFirstResponse() {
    assertNull(client.lastRateLimit());
  }

  @Test
  void readsThePrimaryHeadersOfASuccess() {
    server.enqueue(
        tag()
            .addHeader("RateLimit-Limit", "120")
            .addHeader("RateLimit-Remaining", "119")
            .addHeader("RateLimit-Reset", "60")
            .build());
    client.tags().retrieve("tag_1");
    assertEquals(info(120, 119, 60), client.lastRateLimit());
  }

  @Test
  void readsTheCompatHeaders() {
    server.enqueue(
        tag()
            .addHeader("X-RateLimit-Limit", "60")
            .addHeader("X-RateLimit-Remaining", "7")
            .addHeader("X-RateLimit-Reset", "12")
            .build());
    client.tags().retrieve("tag_1");
    assertEquals(info(60, 7, 12), client.lastRateLimit());
  }

  @Test
  void primaryHeadersWinOverCompat() {
    server.enqueue(
        tag()
            .addHeader("RateLimit-Limit", "120")
            .addHeader("RateLimit-Remaining", "100")
            .addHeader("RateLimit-Reset", "30")
            .addHeader("X-RateLimit-Limit", "1")
            .addHeader("X-RateLimit-Remaining", "1")
            .addHeader("X-RateLimit-Reset", "1")
            .build());
    client.tags().retrieve("tag_1");
    assertEquals(info(120, 100, 30), client.lastRateLimit());
  }

  @Test
  void readsTheLeadingNumberOfAStructuredValue() {
    server.enqueue(
        tag()
            .addHeader("RateLimit-Limit", "120;w=60")
            .addHeader("RateLimit-Remaining", "5")
            .addHeader("RateLimit-Reset", "9")
            .build());
    client.tags().retrieve("tag_1");
    assertEquals(info(120, 5, 9), client.lastRateLimit());
  }

  @Test
  void readsTheWindowFromRateLimitPolicy() {
    server.enqueue(
        tag()
            .addHeader("RateLimit-Limit", "20")
            .addHeader("RateLimit-Remaining", "19")
            .addHeader("RateLimit-Reset", "1")
            .addHeader("RateLimit-Policy", "20;w=1")
            .build());
    client.tags().retrieve("tag_1");
    assertEquals(
        new RateLimitInfo(20, 19, Duration.ofSeconds(1), Duration.ofSeconds(1)),
        client.lastRateLimit());
  }

  @Test
  void readsAnEpochSecondsResetRelativeToTheClock() {
    long epoch = FakeClock.DEFAULT_START.plusSeconds(42).getEpochSecond();
    server.enqueue(
        tag()
            .addHeader("X-RateLimit-Limit", "100")
            .addHeader("X-RateLimit-Remaining", "0")
            .addHeader("X-RateLimit-Reset", String.valueOf(epoch))
            .build());
    client.tags().retrieve("tag_1");
    assertEquals(info(100, 0, 42), client.lastRateLimit());
  }

  @Test
  void keepsAbsentFieldsNull() {
    server.enqueue(tag().addHeader("RateLimit-Remaining", "3").build());
    client.tags().retrieve("tag_1");
    assertEquals(new RateLimitInfo(null, 3, null), client.lastRateLimit());
  }

  @Test
  void followsTheMostRecentResponse() {
    server.enqueue(tag().addHeader("RateLimit-Remaining", "9").build());
    server.enqueue(tag().addHeader("RateLimit-Remaining", "8").build());
    client.tags().retrieve("tag_1");
    assertEquals(9, client.lastRateLimit().remaining());
    client.tags().retrieve("tag_1");
    assertEquals(8, client.lastRateLimit().remaining());
  }

  @Test
  void errorsCarryTheRateLimitOfTheirResponse() {
    server.enqueue(
        error(404, "NOT_FOUND")
            .addHeader("RateLimit-Limit", "120")
            .addHeader("RateLimit-Remaining", "50")
            .addHeader("RateLimit-Reset", "20")
            .build());
    NotFoundException e =
        assertThrows(NotFoundException.class, () -> client.tags().retrieve("tag_1"));
    assertEquals(info(120, 50, 20), e.rateLimit());
    assertEquals(info(120, 50, 20), client.lastRateLimit());
  }

  @Test
  void errorsWithoutHeadersHaveNoRateLimit() {
    server.enqueue(error(404, "NOT_FOUND").build());
    MaitoApiException e =
        assertThrows(MaitoApiException.class, () -> client.tags().retrieve("tag_1"));
    assertNull(e.rateLimit());
  }

  @Test
  void aRateLimitExceptionCarriesCompatHeadersAndFallsBackToTheReset() {
    server.enqueue(
        error(429, "RATE_LIMITED")
            .addHeader("X-RateLimit-Limit", "60")
            .addHeader("X-RateLimit-Remaining", "0")
            .addHeader("X-RateLimit-Reset", "15")
            .build());
    RateLimitException e =
        assertThrows(
            RateLimitException.class,
            () -> client.tags().retrieve("tag_1", RequestOptions.builder().maxRetries(0).build()));
    assertEquals(info(60, 0, 15), e.rateLimit());
    assertNull(e.retryAfterHeader());
    assertEquals(Duration.ofSeconds(15), e.retryAfter());
  }

  @Test
  void retryAfterWinsOverTheResetOnARateLimitException() {
    server.enqueue(
        error(429, "RATE_LIMITED")
            .addHeader("Retry-After", "5")
            .addHeader("RateLimit-Remaining", "0")
            .addHeader("RateLimit-Reset", "15")
            .build());
    RateLimitException e =
        assertThrows(
            RateLimitException.class,
            () -> client.tags().retrieve("tag_1", RequestOptions.builder().maxRetries(0).build()));
    assertEquals(Duration.ofSeconds(5), e.retryAfter());
    assertEquals(Duration.ofSeconds(15), e.rateLimit().reset());
  }

  @Test
  void theFinalErrorAfterRetriesCarriesTheLastResponsesRateLimit() {
    server.enqueue(error(503, "UNAVAILABLE").addHeader("RateLimit-Remaining", "3").build());
    server.enqueue(error(503, "UNAVAILABLE").addHeader("RateLimit-Remaining", "2").build());
    server.enqueue(error(503, "UNAVAILABLE").addHeader("RateLimit-Remaining", "1").build());
    ServerException e = assertThrows(ServerException.class, () -> client.tags().retrieve("tag_1"));
    assertEquals(1, e.rateLimit().remaining());
    assertEquals(1, client.lastRateLimit().remaining());
  }

  @Test
  void asyncCallsUpdateItAndCarryItOnErrors() throws Exception {
    server.enqueue(tag().addHeader("RateLimit-Remaining", "11").build());
    server.enqueue(error(409, "CONFLICT").addHeader("RateLimit-Remaining", "10").build());
    client.async().tags().retrieve("tag_1").get(5, TimeUnit.SECONDS);
    assertEquals(11, client.lastRateLimit().remaining());
    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () -> client.async().tags().retrieve("tag_1").get(5, TimeUnit.SECONDS));
    assertEquals(10, ((MaitoApiException) e.getCause()).rateLimit().remaining());
    assertEquals(10, client.lastRateLimit().remaining());
  }
}
