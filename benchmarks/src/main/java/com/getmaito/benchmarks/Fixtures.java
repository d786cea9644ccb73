package com.getmaito.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bodies the benchmarks exchange, compact JSON as a server sends it: one subscriber (about 460
 * bytes), a page of 500 (about 227 KB), a bulk create of 100 rows (about 15.6 KB out) and its
 * result (about 45 KB back).
 */
final class Fixtures {
  static final int PAGE_SIZE = 500;
  static final int BULK_ROWS = 100;

  private Fixtures() {}

  /** A subscriber as the API returns it. */
  static String subscriber(int i) {
    return "{\"id\":\"sub_01JD2ZK4M8QX7T3V9B6N"
        + String.format("%06d", i)
        + "\",\"email\":\"Ada.Lovelace"
        + i
        + "@Example.com\",\"emailNormalized\":\"ada.lovelace"
        + i
        + "@example.com\",\"firstName\":\"Ada\",\"lastName\":\"Lovelace\","
        + "\"status\":\"subscribed\",\"confirmed\":true,\"tags\":[\"vip\",\"early-adopter\"],"
        + "\"customFields\":{\"company\":\"Analytical Engines Ltd\",\"seats\":"
        + (i % 50)
        + ",\"beta\":true},\"source\":\"landing-page\","
        + "\"subscribedAt\":\"2026-11-22T10:30:00.000Z\",\"unsubscribedAt\":null,"
        + "\"createdAt\":\"2026-11-22T10:30:00.000Z\",\"updatedAt\":\"2026-11-22T11:45:12.345Z\"}";
  }

  /** {@code GET /newsletter/subscribers/{id}}. */
  static String retrieveBody() {
    return "{\"ok\":true,\"data\":" + subscriber(1) + "}";
  }

  /** {@code GET /newsletter/subscribers?limit=500}: a full page with a next cursor. */
  static String listBody() {
    StringBuilder b = new StringBuilder("{\"ok\":true,\"data\":[");
    for (int i = 0; i < PAGE_SIZE; i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(subscriber(i));
    }
    return b.append("],\"meta\":{\"total\":100000,\"limit\":500,\"nextCursor\":\"c_500\"}}")
        .toString();
  }

  /** {@code POST /newsletter/subscribers/bulk}: every row created. */
  static String bulkBody() {
    StringBuilder b = new StringBuilder("{\"ok\":true,\"data\":{\"created\":[");
    for (int i = 0; i < BULK_ROWS; i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(subscriber(i));
    }
    return b.append("],\"failed\":[]}}").toString();
  }

  /** One bulk row as plain values: email, names, tags, custom fields, source. */
  record Row(
      String email,
      String firstName,
      String lastName,
      List<String> tags,
      Map<String, Object> customFields,
      String source) {}

  /** The rows of one bulk create, the same for the SDK and the bare client. */
  static List<Row> bulkRows() {
    List<Row> rows = new ArrayList<>(BULK_ROWS);
    for (int i = 0; i < BULK_ROWS; i++) {
      Map<String, Object> custom = new LinkedHashMap<>();
      custom.put("company", "Analytical Engines Ltd");
      custom.put("seats", i % 50);
      rows.add(
          new Row(
              "ada.lovelace" + i + "@example.com",
              "Ada",
              "Lovelace",
              List.of("import-2026-11"),
              custom,
              "csv-import"));
    }
    return rows;
  }
}
