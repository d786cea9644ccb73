package com.getmaito.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.MaitoClient;
import com.getmaito.client.model.Subscriber;
import com.getmaito.client.model.SubscriberListParams;
import com.getmaito.client.testing.ResilienceFixtures;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * The single-pass paths: timestamps parsed without {@code DateTimeFormatter} yet exactly as {@link
 * OffsetDateTime#parse} reads them, and a page decoded from the bytes read off the socket without
 * copying them. Allocation is counted with the thread's allocated-bytes counter (not a timing).
 */
class SinglePassTest {
  @StartStop private final MockWebServer server = new MockWebServer();

  private static final List<String> TIMESTAMPS =
      List.of(
          "2026-11-22T10:30:00.000Z",
          "2026-11-22T10:30:00Z",
          "2026-11-22T10:30:00.1Z",
          "2026-11-22T10:30:00.123456789Z",
          "2026-11-22T10:30:00.1234567891Z",
          "2026-11-22T10:30:00.Z",
          "2026-11-22T10:30:00+02:00",
          "2026-11-22T10:30:00.5-07:30",
          "2026-11-22T10:30:00-00:00",
          "2026-11-22T10:30:00+18:00",
          "2026-11-22T10:30:00+18:01",
          "2026-11-22T10:30:00+19:00",
          "2026-11-22T10:30:00+02:00:30",
          "2026-11-22T10:30Z",
          "2026-11-22t10:30:00z",
          "2024-02-29T00:00:00Z",
          "2023-02-29T00:00:00Z",
          "2026-04-31T00:00:00Z",
          "2026-13-01T00:00:00Z",
          "2026-00-01T00:00:00Z",
          "2026-11-00T00:00:00Z",
          "2026-11-22T24:00:00Z",
          "2026-11-22T23:60:00Z",
          "2026-11-22T23:59:60Z",
          "0000-01-01T00:00:00Z",
          "0000-01-01T00:00:00.000Z",
          "0000-02-29T12:00:00.000Z",
          "1900-02-29T00:00:00.000Z",
          "2000-02-29T00:00:00.000Z",
          "2023-02-29T00:00:00.000Z",
          "2026-04-31T00:00:00.000Z",
          "2026-13-01T00:00:00.000Z",
          "2026-00-01T00:00:00.000Z",
          "2026-11-00T00:00:00.000Z",
          "2026-11-22T24:00:00.000Z",
          "2026-11-22T23:60:00.000Z",
          "2026-11-22T23:59:60.000Z",
          "2026-1x-22T10:30:00.000Z",
          "2026-11-22T10:30:00.0x0Z",
          "2026-11-22T10:30:00.0/0Z",
          "2026-11-22T10:30:00.0:0Z",
          "2026-11-22T10:30:00,000Z",
          "9999-12-31T23:59:59.999Z",
          "9999-12-31T23:59:59.999999999Z",
          "+12026-11-22T10:30:00Z",
          "2026-11-22 10:30:00Z",
          "2026-1x-22T10:30:00Z",
          "2026-11-22T10:30:00.000",
          "2026-11-22T10:30:00.000ZZ",
          "not a timestamp",
          "");

  private static Instant viaAdapter(String text) throws Exception {
    JsonAdapter<Instant> adapter = Json.adapter(Instant.class);
    return adapter.fromJson(JsonReader.of(new Buffer().writeUtf8("\"" + text + "\"")));
  }

  @Test
  void timestampsReadExactlyAsOffsetDateTimeParseReadsThem() throws Exception {
    for (String text : TIMESTAMPS) {
      Instant expected;
      try {
        expected = OffsetDateTime.parse(text).toInstant();
      } catch (RuntimeException e) {
        expected = null;
      }
      if (expected == null) {
        assertNull(Json.parseRfc3339(text), text);
        assertThrows(JsonDataException.class, () -> viaAdapter(text), text);
      } else {
        assertEquals(expected, viaAdapter(text), text);
        Instant fast = Json.parseRfc3339(text);
        assertTrue(fast == null || fast.equals(expected), text);
      }
    }
  }

  @Test
  void everyDayOfTheYears0To9999InTheServersShapeReadsAsTheCalendarSays() {
    String[] times = {"T00:00:00.000Z", "T23:59:59.999Z", "T12:34:56.789Z"};
    long[] seconds = {0, 86_399, 45_296};
    long[] nanos = {0, 999_000_000, 789_000_000};
    int i = 0;
    for (LocalDate day = LocalDate.of(0, 1, 1);
        day.getYear() <= 9999;
        day = day.plusDays(1), i = (i + 1) % 3) {
      String text = day + times[i]; // LocalDate prints four-digit years as yyyy-MM-dd
      Instant expected = Instant.ofEpochSecond(day.toEpochDay() * 86_400 + seconds[i], nanos[i]);
      assertEquals(expected, Json.parseRfc3339(text), text);
    }
  }

  @Test
  void theServersTimestampShapesTakeTheFastPath() {
    assertEquals(
        Instant.parse("2026-11-22T10:30:00.123Z"), Json.parseRfc3339("2026-11-22T10:30:00.123Z"));
    assertEquals(
        Instant.parse("2026-11-22T08:30:00Z"), Json.parseRfc3339("2026-11-22T10:30:00+02:00"));
  }

  /** Bytes this thread allocates while running {@code work}. */
  private static long allocated(Runnable work) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    work.run();
    return threads.getCurrentThreadAllocatedBytes() - before;
  }

  @Test
  void aTimestampCostsNoFormatterGarbage() throws Exception {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < 10_000; i++) {
      json.append(i == 0 ? "" : ",").append("\"2026-11-22T10:30:00.000Z\"");
    }
    String array = json.append(']').toString();
    JsonAdapter<List<Instant>> adapter = Json.adapter(ApiCall.listOf(Instant.class));
    for (int warm = 0; warm < 5; warm++) {
      adapter.fromJson(array);
    }
    long bytes =
        allocated(
            () -> {
              try {
                adapter.fromJson(array);
              } catch (java.io.IOException e) {
                throw new AssertionError(e);
              }
            });
    // DateTimeFormatter allocated about 1.9 KB per value; the string, the date and the instant
    // are about 150 bytes.
    assertTrue(bytes / 10_000 < 500, "bytes per timestamp: " + bytes / 10_000);
  }

  @Test
  void aPageIsDecodedFromTheBytesAsRead() {
    StringBuilder page = new StringBuilder("{\"ok\":true,\"data\":[");
    for (int i = 0; i < 500; i++) {
      page.append(i == 0 ? "" : ",")
          .append("{\"id\":\"sub_")
          .append(i)
          .append("\",\"email\":\"a")
          .append(i)
          .append("@example.com\",\"emailNormalized\":\"a")
          .append(i)
          .append("@example.com\",\"firstName\":null,\"lastName\":null,")
          .append("\"status\":\"subscribed\",\"confirmed\":true,\"tags\":[],\"customFields\":{},")
          .append("\"source\":null,\"subscribedAt\":null,\"unsubscribedAt\":null,")
          .append("\"createdAt\":\"2026-11-22T10:30:00.000Z\",")
          .append("\"updatedAt\":\"2026-11-22T10:30:00.000Z\"}");
    }
    String body = page.append("],\"meta\":{\"limit\":500}}").toString();
    try (MaitoClient client = ResilienceFixtures.client(server).maxRetries(0).build()) {
      SubscriberListParams params = SubscriberListParams.builder().limit(500).build();
      long least = Long.MAX_VALUE;
      for (int i = 0; i < 30; i++) {
        server.enqueue(new MockResponse.Builder().body(body).build());
        AtomicReference<List<Subscriber>> out = new AtomicReference<>();
        least = Math.min(least, allocated(() -> out.set(client.subscribers().list(params).data())));
        assertEquals(500, out.get().size());
      }
      // Before: 15.6 times the body (two copies of it, and DateTimeFormatter's garbage per
      // timestamp); now 3.7 (the strings and records themselves). A copy of the body is 1 more.
      assertTrue(
          least < 4.5 * body.length(),
          "bytes allocated for a page of " + body.length() + " bytes: " + least);
    }
  }
}
