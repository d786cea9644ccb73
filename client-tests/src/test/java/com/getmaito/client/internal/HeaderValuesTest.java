package com.getmaito.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.getmaito.client.model.RateLimitInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** {@link HeaderValues}: {@code Retry-After} in its RFC 9110 forms only, and the rate limit. */
class HeaderValuesTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2015-10-21T07:27:00Z"), ZoneOffset.UTC);

  private static Duration retryAfter(String value) {
    return HeaderValues.retryAfter(value, CLOCK);
  }

  private static RateLimitInfo rateLimit(String... namesAndValues) {
    return HeaderValues.rateLimit(Headers.of(namesAndValues), CLOCK);
  }

  @Test
  void retryAfterReadsDelaySeconds() {
    assertEquals(Duration.ofSeconds(17), retryAfter("17"));
    assertEquals(Duration.ZERO, retryAfter("0"));
    assertEquals(Duration.ofSeconds(5), retryAfter(" 5 "));
  }

  @Test
  void retryAfterReadsTheThreeHttpDateForms() {
    assertEquals(Duration.ofMinutes(1), retryAfter("Wed, 21 Oct 2015 07:28:00 GMT"));
    assertEquals(Duration.ofMinutes(1), retryAfter("Wednesday, 21-Oct-15 07:28:00 GMT"));
    assertEquals(Duration.ofMinutes(1), retryAfter("Wed Oct 21 07:28:00 2015"));
    assertEquals(Duration.ofDays(15).plusMinutes(1), retryAfter("Fri Nov  5 07:28:00 2015"));
  }

  @Test
  void retryAfterInThePastIsNoWait() {
    assertEquals(Duration.ZERO, retryAfter("Wed, 21 Oct 2015 07:00:00 GMT"));
  }

  @Test
  void retryAfterIgnoresWhatRfc9110DoesNotAllow() {
    for (String value :
        new String[] {
          "1e3",
          "0x10p0",
          "10d",
          "10f",
          "-5",
          "+5",
          "1.5",
          "NaN",
          "Infinity",
          "",
          " ",
          "soon",
          "٣",
          "Wed, 21 Oct 2015 07:28:00 +0000",
          "2015-10-21T07:28:00Z",
          "Wed, 31 Feb 2015 07:28:00 GMT"
        }) {
      assertNull(retryAfter(value), value);
    }
    assertNull(HeaderValues.retryAfter(null, CLOCK));
  }

  @Test
  void aHugeRetryAfterIsCappedNotIgnored() {
    assertEquals(Duration.ofMillis(Long.MAX_VALUE), retryAfter("99999999999999999999999"));
  }

  @Test
  void rateLimitReadsTheWindowFromThePolicy() {
    assertEquals(
        new RateLimitInfo(120, 119, Duration.ofSeconds(60), Duration.ofSeconds(60)),
        rateLimit(
            "RateLimit-Limit", "120",
            "RateLimit-Remaining", "119",
            "RateLimit-Reset", "60",
            "RateLimit-Policy", "120;w=60"));
    assertEquals(
        new RateLimitInfo(20, null, null, Duration.ofSeconds(1)),
        rateLimit("RateLimit-Limit", "20", "RateLimit-Policy", "20; w=1"));
  }

  @Test
  void rateLimitWithoutAPolicyHasNoWindow() {
    assertEquals(
        new RateLimitInfo(60, 7, Duration.ofSeconds(12)),
        rateLimit(
            "X-RateLimit-Limit", "60", "X-RateLimit-Remaining", "7", "X-RateLimit-Reset", "12"));
    assertNull(rateLimit("RateLimit-Limit", "60").window());
  }

  @Test
  void rateLimitPicksThePolicyItemMatchingTheLimit() {
    assertEquals(
        Duration.ofSeconds(3600),
        rateLimit("RateLimit-Limit", "1000", "RateLimit-Policy", "10;w=1, 1000;w=3600").window());
    assertEquals(
        Duration.ofSeconds(10),
        rateLimit("RateLimit-Limit", "100", "RateLimit-Policy", "\"default\";q=100;w=10").window());
  }

  @Test
  void aPolicyAloneGivesTheLimitAndWindow() {
    assertEquals(
        new RateLimitInfo(120, null, null, Duration.ofSeconds(60)),
        rateLimit("RateLimit-Policy", "120;w=60"));
  }

  @Test
  void anUnreadablePolicyWindowIsLeftOut() {
    assertNull(rateLimit("RateLimit-Limit", "120", "RateLimit-Policy", "120;w=0").window());
    assertNull(rateLimit("RateLimit-Limit", "120", "RateLimit-Policy", "120;w=-5").window());
    assertNull(rateLimit("RateLimit-Limit", "120", "RateLimit-Policy", "120;w=1e3").window());
    assertNull(rateLimit("RateLimit-Limit", "120", "RateLimit-Policy", "lots").window());
  }
}
