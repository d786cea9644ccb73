package com.getmaito.client.internal;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A JSON object as the decoder read it (custom fields, for one): in the order sent, read-only, and
 * over a map that nothing else holds, since only the decoder makes one. A model can keep it as it
 * is instead of copying it to be sure it never changes. Unsupported API.
 */
public final class DecodedObject extends AbstractMap<String, @Nullable Object> {
  private final Map<String, @Nullable Object> fields;

  /** {@code owned} must be a map no one else holds or will change. */
  DecodedObject(LinkedHashMap<String, @Nullable Object> owned) {
    this.fields = Collections.unmodifiableMap(owned);
  }

  @Override
  public Set<Entry<String, @Nullable Object>> entrySet() {
    return fields.entrySet();
  }

  @Override
  public int size() {
    return fields.size();
  }

  @Override
  public boolean containsKey(Object key) {
    return fields.containsKey(key);
  }

  @Override
  public @Nullable Object get(Object key) {
    return fields.get(key);
  }
}
