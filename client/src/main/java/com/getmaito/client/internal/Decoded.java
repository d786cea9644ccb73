package com.getmaito.client.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A decoded success body: the data and the envelope's {@code meta} (null for bare bodies).
 *
 * @param data the decoded {@code data} (or the bare body)
 * @param meta the envelope's {@code meta}, when present
 */
public record Decoded<T>(T data, @Nullable Map<String, @Nullable Object> meta) {

  /** A number from {@code meta}, or null. */
  public @Nullable Long metaLong(String key) {
    Object v = meta == null ? null : meta.get(key);
    return v instanceof Number ? ((Number) v).longValue() : null;
  }

  /** A string from {@code meta}, or null. */
  public @Nullable String metaString(String key) {
    Object v = meta == null ? null : meta.get(key);
    return v instanceof String ? (String) v : null;
  }

  /** Whether {@code meta} has the key at all (even with a null value). */
  public boolean metaHas(String key) {
    return meta != null && meta.containsKey(key);
  }
}
