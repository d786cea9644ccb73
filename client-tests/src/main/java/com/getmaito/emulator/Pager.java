package com.getmaito.emulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Function;
import java.util.function.Predicate;
import okhttp3.HttpUrl;

/**
 * Pages of a list in creation order: the {@code limit}, {@code cursor} and {@code offset} query
 * parameters, and {@code meta} with {@code total}, {@code limit} and {@code nextCursor}. A cursor
 * is the creation sequence number of the last row of the previous page ({@code offset} applies
 * after it). Called under the store's lock.
 */
final class Pager {
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;

  private final Paging paging;
  private long rowsVisited; // Guarded by the store's lock.

  Pager(Paging paging) {
    this.paging = paging;
  }

  /**
   * One page of all the rows of {@code index}: it seeks to the page (O(log n)) and visits at most
   * {@code limit + 1} rows, whatever the size of the store.
   */
  <T> Reply page(
      OrderedIndex<T> index,
      int limit,
      long offset,
      Long after,
      String kind,
      Function<T, Map<String, Object>> render) {
    long start = (after == null ? 0 : index.rank(after)) + offset;
    Long first = index.select(start);
    NavigableMap<Long, T> rows =
        first == null ? Collections.emptyNavigableMap() : index.from(first);
    return walk(rows, null, index.size(), limit, 0, kind, render);
  }

  /**
   * One page of the {@code candidates} that pass {@code filter} (null: all of them). With a known
   * {@code total} the walk stops after the page; with a {@code total} of -1 it goes on counting the
   * matches to the end.
   */
  <T> Reply page(
      NavigableMap<Long, T> candidates,
      Predicate<T> filter,
      long total,
      int limit,
      long offset,
      Long after,
      String kind,
      Function<T, Map<String, Object>> render) {
    NavigableMap<Long, T> rows = after == null ? candidates : candidates.tailMap(after, false);
    long before = 0;
    if (total < 0 && after != null) {
      for (T row : candidates.headMap(after, true).values()) {
        rowsVisited++;
        if (filter == null || filter.test(row)) {
          before++;
        }
      }
    }
    return walk(rows, filter, total < 0 ? -1 - before : total, limit, offset, kind, render);
  }

  /**
   * Skips {@code offset} matches, takes {@code limit}, looks one further for {@code nextCursor},
   * then stops, unless {@code total} is negative: then it counts the remaining matches too, and
   * {@code -1 - total} matches came before {@code rows}.
   */
  private <T> Reply walk(
      NavigableMap<Long, T> rows,
      Predicate<T> filter,
      long total,
      int limit,
      long offset,
      String kind,
      Function<T, Map<String, Object>> render) {
    boolean counting = total < 0;
    long matching = counting ? -1 - total : total;
    List<Object> items = new ArrayList<>();
    long skipped = 0;
    long lastSeq = 0;
    boolean more = false;
    for (Map.Entry<Long, T> row : rows.entrySet()) {
      rowsVisited++;
      if (filter != null && !filter.test(row.getValue())) {
        continue;
      }
      if (counting) {
        matching++;
      }
      if (skipped < offset) {
        skipped++;
      } else if (items.size() < limit) {
        items.add(render.apply(row.getValue()));
        lastSeq = row.getKey();
      } else {
        more = true;
        if (!counting) {
          break;
        }
      }
    }
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("total", matching);
    meta.put("limit", limit);
    meta.put("nextCursor", more && paging == Paging.CURSOR ? encodeCursor(kind, lastSeq) : null);
    return Reply.ok(200, items, meta);
  }

  /** How many stored rows list requests have looked at; for tests, under the store's lock. */
  long rowsVisited() {
    return rowsVisited;
  }

  private static String encodeCursor(String kind, long seq) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((kind + ":" + seq).getBytes(StandardCharsets.UTF_8));
  }

  /** The sequence number a {@code cursor} parameter points after, or null for none. */
  Long cursor(HttpUrl url, String kind, ApiError.Details details) {
    String cursor = url.queryParameter("cursor");
    if (cursor == null || paging == Paging.OFFSET_ONLY) {
      return null;
    }
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (decoded.startsWith(kind + ":")) {
        return Long.parseLong(decoded.substring(kind.length() + 1));
      }
    } catch (IllegalArgumentException e) {
      // Falls through: not a cursor of ours (NumberFormatException is an IllegalArgumentException).
    }
    details.add("cursor", "is not a valid cursor");
    return null;
  }

  static int limit(HttpUrl url, ApiError.Details details) {
    String limit = url.queryParameter("limit");
    if (limit == null) {
      return DEFAULT_LIMIT;
    }
    try {
      int value = Integer.parseInt(limit);
      if (value >= 1 && value <= MAX_LIMIT) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Falls through.
    }
    details.add("limit", "must be an integer between 1 and " + MAX_LIMIT);
    return DEFAULT_LIMIT;
  }

  static long offset(HttpUrl url, ApiError.Details details) {
    String offset = url.queryParameter("offset");
    if (offset == null) {
      return 0;
    }
    try {
      long value = Long.parseLong(offset);
      if (value >= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Falls through.
    }
    details.add("offset", "must be an integer >= 0");
    return 0;
  }
}
