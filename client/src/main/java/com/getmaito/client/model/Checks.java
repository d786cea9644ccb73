package com.getmaito.client.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Shared argument checks for the model and params classes. */
final class Checks {
  private Checks() {}

  /** Fails with "{@code what} is required" when a required response field is missing. */
  static <T> T required(@Nullable T value, String what) {
    if (value == null) {
      throw new NullPointerException(what + " is required");
    }
    return value;
  }

  static void argument(boolean ok, String field, @Nullable Object value, String problem) {
    if (!ok) {
      throw invalid(field, value, problem);
    }
  }

  /** The error for a field whose value has this problem, quoting the value (shortened). */
  static IllegalArgumentException invalid(String field, @Nullable Object value, String problem) {
    return new IllegalArgumentException(field + " " + problem + " (was " + quote(value) + ")");
  }

  static String quote(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    String s = String.valueOf(value);
    if (characters(s) > 60) {
      // Cut at a code point, never between the two halves of a surrogate pair.
      s = s.substring(0, s.offsetByCodePoints(0, 57)) + "...";
    }
    return value instanceof CharSequence ? "\"" + s + "\"" : s;
  }

  static String email(@Nullable String email, String field) {
    argument(email != null, field, null, "is required");
    String trimmed = email.trim();
    argument(
        trimmed.length() <= 254 && isEmail(trimmed), field, email, "must be a valid email address");
    return email;
  }

  /**
   * A local part, "@", a domain with at least one dot; no spaces: {@code
   * [^@\s]+@[^@\s.]+(\.[^@\s.]+)+} (with {@code \s} as in {@code java.util.regex}), checked in one
   * pass without a regex matcher per address.
   */
  static boolean isEmail(String s) {
    int at = -1;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ' || (c >= '\t' && c <= '\r')) {
        return false;
      }
      if (c == '@') {
        if (at >= 0) {
          return false;
        }
        at = i;
      }
    }
    if (at < 1 || at == n - 1) {
      return false;
    }
    // The domain: labels of at least one character, at least two of them.
    boolean dot = false;
    char previous = '@';
    for (int i = at + 1; i < n; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (previous == '.' || previous == '@') {
          return false;
        }
        dot = true;
      }
      previous = c;
    }
    return dot && previous != '.';
  }

  /** Characters as the contract counts them: Unicode code points, not UTF-16 units. */
  static int characters(String value) {
    return value.codePointCount(0, value.length());
  }

  static @Nullable String maxLength(@Nullable String value, int max, String field) {
    if (value != null && value.length() > max) { // code points never outnumber UTF-16 units
      int length = characters(value);
      argument(
          length <= max, field, value, "must be at most " + max + " characters, got " + length);
    }
    return value;
  }

  static String lengthBetween(@Nullable String value, int min, int max, String field) {
    argument(value != null, field, null, "is required");
    int length = characters(value);
    if (length < min || length > max) {
      throw invalid(field, value, "must be " + min + " to " + max + " characters, got " + length);
    }
    return value;
  }

  static List<String> tags(@Nullable List<String> tags, String field) {
    if (tags == null) {
      throw new NullPointerException(field + " == null");
    }
    List<String> copy = new ArrayList<>(tags.size());
    for (int i = 0; i < tags.size(); i++) {
      String tag = tags.get(i);
      // The field's name is built only for a tag that fails.
      int length = tag == null ? 0 : characters(tag);
      if (length < 1 || length > 64) {
        lengthBetween(tag, 1, 64, field + "[" + i + "]");
      }
      copy.add(tag);
    }
    return Collections.unmodifiableList(copy);
  }

  /** Custom fields: string keys; string, number, boolean or null values. Keeps nulls. */
  static Map<String, @Nullable Object> customFields(
      @Nullable Map<String, ? extends @Nullable Object> fields, String field) {
    if (fields == null) {
      throw new NullPointerException(field + " == null");
    }
    Map<String, @Nullable Object> copy = new LinkedHashMap<>();
    for (Map.Entry<String, ? extends @Nullable Object> e : fields.entrySet()) {
      argument(
          e.getKey() != null && !e.getKey().isEmpty(), field, e.getKey(), "keys must be non-empty");
      Object v = e.getValue();
      // The value's field name is built only for a value that fails.
      if (!(v == null || v instanceof String || v instanceof Number || v instanceof Boolean)) {
        throw invalid(field + "." + e.getKey(), v, "must be a string, number, boolean or null");
      }
      if ((v instanceof Double || v instanceof Float)
          && !Double.isFinite(((Number) v).doubleValue())) {
        throw invalid(
            field + "." + e.getKey(), v, "must be a finite number (JSON has no NaN or Infinity)");
      }
      copy.put(e.getKey(), v);
    }
    return Collections.unmodifiableMap(copy);
  }

  static int limit(int limit) {
    argument(limit >= 1 && limit <= 500, "limit", limit, "must be between 1 and 500");
    return limit;
  }

  /** A paging cursor as the server gave it: never empty. */
  static @Nullable String cursor(@Nullable String cursor) {
    if (cursor != null) {
      argument(!cursor.isEmpty(), "cursor", cursor, "must not be empty");
    }
    return cursor;
  }

  static long offset(long offset) {
    argument(offset >= 0, "offset", offset, "must be 0 or more");
    return offset;
  }
}
