package com.getmaito.client.model;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The paging part of a list call, checked once for every list's params: {@code limit} 1 to 500, a
 * non-empty {@code cursor} or an {@code offset} of 0 or more, never both.
 */
record Paging(@Nullable Integer limit, @Nullable String cursor, @Nullable Long offset) {
  Paging {
    Checks.argument(
        cursor == null || offset == null, "cursor", cursor, "cannot be combined with offset");
    if (limit != null) {
      Checks.limit(limit);
    }
    cursor = Checks.cursor(cursor);
    if (offset != null) {
      Checks.offset(offset);
    }
  }

  /** Adds {@code limit}, {@code cursor} and {@code offset}, those that are set, to a query. */
  void addTo(Map<String, String> query) {
    if (limit != null) {
      query.put("limit", limit.toString());
    }
    if (cursor != null) {
      query.put("cursor", cursor);
    }
    if (offset != null) {
      query.put("offset", offset.toString());
    }
  }
}
