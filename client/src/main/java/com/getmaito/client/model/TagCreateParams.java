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

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the params for a tag named {@code name} without a description.
   *
   * @param name 1 to 64 characters
   * @return the params
   * @throws IllegalArgumentException when {@code name} is not 1 to 64 characters
   */
  public static TagCreateParams of(String name) {
    return builder().name(name).build();
  }

  /** {@return a builder holding these params, to derive others from} */
  public Builder toBuilder() {
    return new Builder().name(name).description(description);
  }

  /** {@return the tag's name} */
  public String name() {
    return name;
  }

  /** {@return the description, or null when not set} */
  public @Nullable String description() {
    return description;
  }

  /** {@return the JSON body this sends} */
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

    /**
     * Sets the name (required), unique case-insensitively.
     *
     * @param name 1 to 64 characters, checked in {@link #build()}
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name == null");
      return this;
    }

    /**
     * Sets the description; not sent when null.
     *
     * @param description the description, or null
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Checks and builds the params.
     *
     * @return the params
     * @throws IllegalArgumentException when {@code name} is missing or not 1 to 64 characters
     */
    public TagCreateParams build() {
      return new TagCreateParams(this);
    }
  }
}
