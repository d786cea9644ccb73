package com.getmaito.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.getmaito.client.errors.NotFoundException;
import com.getmaito.client.model.RateLimitInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link MaitoClient#lastRateLimit()} and exceptions' rate-limit info from response headers. */
class QuotaHeadersTest {
  @RegisterExtension final SpecValidatingServer server = new SpecValidatingServer();

  @Test
  void lastRateLimitIsNullBeforeTheFirstResponse() {
    assertNull(server.client().lastRateLimit());
  }

  @Test
  void lastRateLimitReadsRateLimitHeaders() {
    server.enqueueFixture(
        200,
        "tag.json",
        "RateLimit-Limit",
        "120",
        "RateLimit-Remaining",
        "119",
        "RateLimit-Reset",
        "60");
    MaitoClient client = server.client();

    client.tags().retrieve("tag_1");

    assertEquals(new RateLimitInfo(120, 119, Duration.ofSeconds(60)), client.lastRateLimit());
  }

  @Test
  void lastRateLimitReadsCompatXRateLimitHeaders() {
    server.enqueueFixture(
        200,
        "tag.json",
        "X-RateLimit-Limit",
        "600",
        "X-RateLimit-Remaining",
        "598",
        "X-RateLimit-Reset",
        "12");
    MaitoClient client = server.client();

    client.tags().retrieve("tag_1");

    assertEquals(new RateLimitInfo(600, 598, Duration.ofSeconds(12)), client.lastRateLimit());
  }

  @Test
  void primaryHeadersWinOverCompatOnes() {
    server.enqueueFixture(
        200,
        "tag.json",
        "RateLimit-Remaining",
        "5",
        "X-RateLimit-Remaining",
        "7",
        "X-RateLimit-Limit",
        "10");
    MaitoClient client = server.client();

    client.tags().retrieve("tag_1");

    assertEquals(new RateLimitInfo(10, 5, null), client.lastRateLimit());
  }

  @Test
  void anEpochResetIsTurnedIntoTheTimeLeft() {
    Instant now = Instant.parse("2026-11-22T10:30:00Z");
    server.enqueueFixture(
        200, "tag.json", "RateLimit-Reset", String.valueOf(now.getEpochSecond() + 30));
    MaitoClient client =
        server.track(server.clientBuilder().clock(Clock.fixed(now, ZoneOffset.UTC)).build());

    client.tags().retrieve("tag_1");

    assertEquals(new RateLimitInfo(null, null, Duration.ofSeconds(30)), client.lastRateLimit());
  }

  @Test
  void lastRateLimitFollowsTheMostRecentResponseIncludingErrorsAndAsyncCalls() throws Exception {
    server.enqueueFixture(200, "tag.json", "RateLimit-Limit", "120", "RateLimit-Remaining", "3");
    server.enqueueFixture(
        404, "error-not-found.json", "RateLimit-Limit", "120", "RateLimit-Remaining", "2");
    server.enqueueFixture(200, "tag.json", "RateLimit-Limit", "120", "RateLimit-Remaining", "1");
    server.enqueueFixture(200, "tag.json");
    MaitoClient client = server.client();

    client.tags().retrieve("tag_1");
    assertEquals(3, client.lastRateLimit().remaining());
    NotFoundException e =
        assertThrows(NotFoundException.class, () -> client.subscribers().retrieve("sub_missing"));
    assertEquals(new RateLimitInfo(120, 2, null), e.rateLimit());
    assertEquals(2, client.lastRateLimit().remaining());
    client.async().tags().retrieve("tag_1").get(5, TimeUnit.SECONDS);
    assertEquals(1, client.lastRateLimit().remaining());
    client.tags().retrieve("tag_1");
    assertEquals(1, client.lastRateLimit().remaining(), "a response without the headers keeps it");
  }

  @Test
  void unreadableHeaderValuesAreLeftOut() {
    server.enqueueFixture(
        200, "tag.json", "X-RateLimit-Limit", "120;w=60", "X-RateLimit-Remaining", "lots");
    MaitoClient client = server.client();

    client.tags().retrieve("tag_1");

    assertEquals(new RateLimitInfo(120, null, null), client.lastRateLimit());
  }
}
