package com.getmaito.client.internal;

import com.getmaito.client.model.RateLimitInfo;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/** Reads {@code Retry-After} and the rate-limit headers (primary and compat forms). */
final class HeaderValues {
  /** Larger reset values are epoch seconds, not a delta. */
  private static final long EPOCH_THRESHOLD = 1_000_000_000L;

  private static final String DAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
  private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
  private static final String TIME = "(\\d{2}):(\\d{2}):(\\d{2})";
  private static final List<String> MONTHS =
      List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

  /** RFC 9110 delay-seconds: digits only (no sign, fraction, exponent or suffix). */
  private static final Pattern DELAY_SECONDS = Pattern.compile("\\d+");

  /** IMF-fixdate: {@code Sun, 06 Nov 1994 08:49:37 GMT}. */
  private static final Pattern IMF_FIXDATE =
      Pattern.compile(DAY + ", (\\d{2}) " + MONTH + " (\\d{4}) " + TIME + " GMT");

  /** Obsolete RFC 850 date: {@code Sunday, 06-Nov-94 08:49:37 GMT}. */
  private static final Pattern RFC_850 =
      Pattern.compile(
          "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\\d{2})-"
              + MONTH
              + "-(\\d{2}) "
              + TIME
              + " GMT");

  /** Obsolete asctime date: {@code Sun Nov 6 08:49:37 1994}. */
  private static final Pattern ASCTIME =
      Pattern.compile(DAY + " " + MONTH + " ([ \\d]\\d) " + TIME + " (\\d{4})");

  /** One {@code RateLimit-Policy} item's window parameter: {@code w=60}. */
  private static final Pattern WINDOW_PARAM =
      Pattern.compile(";\\s*w\\s*=\\s*(\\d{1,9})\\s*(?:;|$)");

  /** One {@code RateLimit-Policy} item's quota: a leading number, or a {@code q=} parameter. */
  private static final Pattern QUOTA =
      Pattern.compile("^\\s*(\\d{1,9})\\s*(?:;|$)|;\\s*q\\s*=\\s*(\\d{1,9})\\s*(?:;|$)");

  private HeaderValues() {}

  static @Nullable RateLimitInfo rateLimit(Headers headers, Clock clock) {
    Integer limit = integer(first(headers, "RateLimit-Limit", "X-RateLimit-Limit"));
    Integer remaining = integer(first(headers, "RateLimit-Remaining", "X-RateLimit-Remaining"));
    Long reset = longValue(first(headers, "RateLimit-Reset", "X-RateLimit-Reset"));
    Policy policy = policy(first(headers, "RateLimit-Policy", "X-RateLimit-Policy"), limit);
    if (limit == null && policy != null) {
      limit = policy.quota;
    }
    Duration window = policy == null ? null : policy.window;
    if (limit == null && remaining == null && reset == null && window == null) {
      return null;
    }
    Duration resetIn = null;
    if (reset != null) {
      resetIn =
          reset >= EPOCH_THRESHOLD
              ? nonNegative(Duration.between(clock.instant(), Instant.ofEpochSecond(reset)))
              : Duration.ofSeconds(Math.max(0, reset));
    }
    return new RateLimitInfo(limit, remaining, resetIn, window);
  }

  /** A policy's quota (null if unreadable) and window (null if absent or unreadable). */
  private record Policy(@Nullable Integer quota, @Nullable Duration window) {}

  /**
   * Reads {@code RateLimit-Policy} ({@code 120;w=60}, or a list of such items): the item whose
   * quota is the reported {@code limit}, else the first item. Null when absent or unreadable.
   */
  private static @Nullable Policy policy(@Nullable String value, @Nullable Integer limit) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Policy first = null;
    for (String item : value.split(",")) {
      Matcher q = QUOTA.matcher(item);
      Integer quota = null;
      if (q.find()) {
        quota = Integer.valueOf(q.group(1) != null ? q.group(1) : q.group(2));
      }
      Matcher w = WINDOW_PARAM.matcher(item);
      Duration window = null;
      if (w.find() && Long.parseLong(w.group(1)) > 0) {
        window = Duration.ofSeconds(Long.parseLong(w.group(1)));
      }
      if (quota == null && window == null) {
        continue;
      }
      Policy policy = new Policy(quota, window);
      if (limit != null && limit.equals(quota)) {
        return policy;
      }
      if (first == null) {
        first = policy;
      }
    }
    return first;
  }

  /**
   * {@code Retry-After} as RFC 9110 has it: delay-seconds (a non-negative integer) or an HTTP-date
   * (IMF-fixdate, or the obsolete RFC 850 and asctime forms recipients must accept). Anything else
   * ({@code 1e3}, {@code 0x10p0}, {@code 10d}, {@code -5}) is ignored: null.
   */
  static @Nullable Duration retryAfter(@Nullable String value, Clock clock) {
    if (value == null) {
      return null;
    }
    String v = value.trim();
    if (DELAY_SECONDS.matcher(v).matches()) {
      // A huge delay is still "a very long time": cap it rather than ignore it.
      return v.length() > 15
          ? Duration.ofMillis(Long.MAX_VALUE)
          : Duration.ofSeconds(Long.parseLong(v));
    }
    Instant at = httpDate(v, clock);
    return at == null ? null : nonNegative(Duration.between(clock.instant(), at));
  }

  /** An HTTP-date in one of its three RFC 9110 forms, or null. */
  private static @Nullable Instant httpDate(String v, Clock clock) {
    try {
      Matcher m = IMF_FIXDATE.matcher(v);
      if (m.matches()) {
        return instant(
            Integer.parseInt(m.group(3)), m.group(2), Integer.parseInt(m.group(1)), m, 4);
      }
      m = RFC_850.matcher(v);
      if (m.matches()) {
        // A two-digit year more than 50 years ahead is the most recent past year ending so.
        int now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).getYear();
        int year = now - Math.floorMod(now, 100) + Integer.parseInt(m.group(3));
        if (year > now + 50) {
          year -= 100;
        }
        return instant(year, m.group(2), Integer.parseInt(m.group(1)), m, 4);
      }
      m = ASCTIME.matcher(v);
      if (m.matches()) {
        return instant(
            Integer.parseInt(m.group(6)), m.group(1), Integer.parseInt(m.group(2).trim()), m, 3);
      }
    } catch (DateTimeException impossibleDate) {
      // Falls through: "31 Feb" or "25:00:00" is no date.
    }
    return null;
  }

  private static Instant instant(int year, String month, int day, Matcher m, int timeGroup) {
    return LocalDateTime.of(
            year,
            MONTHS.indexOf(month) + 1,
            day,
            Integer.parseInt(m.group(timeGroup)),
            Integer.parseInt(m.group(timeGroup + 1)),
            Integer.parseInt(m.group(timeGroup + 2)))
        .toInstant(ZoneOffset.UTC);
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
