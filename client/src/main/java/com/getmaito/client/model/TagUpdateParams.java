package com.getmaito.client.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A partial tag update: a field never set is left as it is; {@code description(null)} clears the
 * description. Renaming a tag renames it on every subscriber.
 */
public final class TagUpdateParams {
  private final Map<String, @Nullable Object> body;

  private TagUpdateParams(Map<String, @Nullable Object> body) {
    this.body = Collections.unmodifiableMap(new LinkedHashMap<>(body));
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these params, to derive others from} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.body.putAll(body);
    return b;
  }

  /** {@return the JSON body this sends: the fields set, with {@code null} for those to clear} */
  public Map<String, @Nullable Object> body() {
    return body;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TagUpdateParams && ((TagUpdateParams) o).body.equals(body);
  }

  @Override
  public int hashCode() {
    return body.hashCode();
  }

  @Override
  public String toString() {
    return "TagUpdateParams" + body;
  }

  /** Builds {@link TagUpdateParams}; every field is optional. */
  public static final class Builder {
    private final Map<String, @Nullable Object> body = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets a new name (it cannot be cleared).
     *
     * @param name 1 to 64 characters
     * @return this builder
     * @throws IllegalArgumentException when {@code name} is not 1 to 64 characters
     */
    public Builder name(String name) {
      body.put("name", Checks.lengthBetween(name, 1, 64, "name"));
      return this;
    }

    /**
     * Sets a new description; {@code null} clears it.
     *
     * @param description the description, or null
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      body.put("description", description);
      return this;
    }

    /** {@return the params, with the fields set so far} */
    public TagUpdateParams build() {
      return new TagUpdateParams(body);
    }
  }
}
