package com.getmaito.client.internal;

import com.getmaito.client.model.RateLimitInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/** Reads {@code Retry-After} and the rate-limit headers (primary and compat forms). */
final class HeaderValues {
  /** Larger reset values are epoch seconds, not a delta. */
  private static final long EPOCH_THRESHOLD = 1_000_000_000L;

  private HeaderValues() {}

  static @Nullable RateLimitInfo rateLimit(Headers headers, Clock clock) {
    Integer limit = integer(first(headers, "RateLimit-Limit", "X-RateLimit-Limit"));
    Integer remaining = integer(first(headers, "RateLimit-Remaining", "X-RateLimit-Remaining"));
    Long reset = longValue(first(headers, "RateLimit-Reset", "X-RateLimit-Reset"));
    if (limit == null && remaining == null && reset == null) {
      return null;
    }
    Duration resetIn = null;
    if (reset != null) {
      resetIn =
          reset >= EPOCH_THRESHOLD
              ? nonNegative(Duration.between(clock.instant(), Instant.ofEpochSecond(reset)))
              : Duration.ofSeconds(Math.max(0, reset));
    }
    return new RateLimitInfo(limit, remaining, resetIn);
  }

  /** {@code Retry-After} as delta-seconds or an HTTP-date; null when absent or unreadable. */
  static @Nullable Duration retryAfter(@Nullable String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    try {
      double seconds = Double.parseDouble(v);
      if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
        return null;
      }
      return Duration.ofMillis(Math.max(0, (long) Math.ceil(seconds * 1000)));
    } catch (NumberFormatException notANumber) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
        return nonNegative(Duration.between(clock.instant(), at.toInstant()));
      } catch (DateTimeParseException notImfFixdate) {
        // RFC 9110 asks recipients to accept the obsolete RFC 850 and asctime forms too.
        Date at = obsoleteHttpDate(v);
        return at == null ? null : nonNegative(Duration.between(clock.instant(), at.toInstant()));
      }
    }
  }

  /** An HTTP-date in any form OkHttp's lenient parser reads, or null. */
  private static @Nullable Date obsoleteHttpDate(String value) {
    try {
      return Headers.of("Retry-After", value).getDate("Retry-After");
    } catch (IllegalArgumentException notAHeaderValue) {
      return null;
    }
  }

  private static Duration nonNegative(Duration d) {
    return d.isNegative() ? Duration.ZERO : d;
  }

  private static @Nullable String first(Headers headers, String primary, String compat) {
    String v = headers.get(primary);
    return v != null ? v : headers.get(compat);
  }

  /** The leading integer of a header value ("120" or "120;w=60"). */
  private static @Nullable Long longValue(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String v = value.trim();
    int end = 0;
    while (end < v.length()
        && (Character.isDigit(v.charAt(end)) || (end == 0 && v.charAt(0) == '-'))) {
      end++;
    }
    try {
      return end == 0 ? null : Long.parseLong(v.substring(0, end));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static @Nullable Integer integer(@Nullable String value) {
    Long v = longValue(value);
    return v == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
  }
}
