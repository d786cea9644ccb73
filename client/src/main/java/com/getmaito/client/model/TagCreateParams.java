package com.getmaito.client.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The body of a tag create: {@code name} (1 to 64 characters) and an optional description. */
public final class TagCreateParams {
  private final String name;
  private final @Nullable String description;

  private TagCreateParams(Builder b) {
    this.name = Checks.lengthBetween(b.name, 1, 64, "name");
    this.description = b.description;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A tag named {@code name} without a description. */
  public static TagCreateParams of(String name) {
    return builder().name(name).build();
  }

  public Builder toBuilder() {
    return new Builder().name(name).description(description);
  }

  public String name() {
    return name;
  }

  public @Nullable String description() {
    return description;
  }

  /** The JSON body this sends. */
  public Map<String, @Nullable Object> body() {
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("name", name);
    if (description != null) {
      body.put("description", description);
    }
    return Collections.unmodifiableMap(body);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TagCreateParams && ((TagCreateParams) o).body().equals(body());
  }

  @Override
  public int hashCode() {
    return body().hashCode();
  }

  @Override
  public String toString() {
    return "TagCreateParams" + body();
  }

  /** Builds {@link TagCreateParams}; {@code name} is required. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String description;

    private Builder() {}

    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name == null");
      return this;
    }

    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Checks and builds the params.
     *
     * @throws IllegalArgumentException when {@code name} is missing or not 1 to 64 characters
     */
    public TagCreateParams build() {
      return new TagCreateParams(this);
    }
  }
}
