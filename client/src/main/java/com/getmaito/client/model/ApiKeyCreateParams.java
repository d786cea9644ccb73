package com.getmaito.client.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body of an API-key create: {@code name} (1 to 100 characters), an optional {@code
 * expirationDays} (1 to 365; unset means never expires) and {@code scope} (default full).
 */
public final class ApiKeyCreateParams {
  private final String name;
  private final @Nullable Integer expirationDays;
  private final @Nullable ApiKeyScope scope;

  private ApiKeyCreateParams(Builder b) {
    this.name = Checks.lengthBetween(b.name, 1, 100, "name");
    if (b.expirationDays != null) {
      Checks.argument(
          b.expirationDays >= 1 && b.expirationDays <= 365,
          "expirationDays",
          b.expirationDays,
          "must be between 1 and 365");
    }
    this.expirationDays = b.expirationDays;
    this.scope = b.scope;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these params, to derive others from} */
  public Builder toBuilder() {
    return new Builder().name(name).expirationDays(expirationDays).scope(scope);
  }

  /** {@return the key's name} */
  public String name() {
    return name;
  }

  /** {@return the days until the key expires, or null for never} */
  public @Nullable Integer expirationDays() {
    return expirationDays;
  }

  /** {@return the scope, or null for the server's default ({@code full})} */
  public @Nullable ApiKeyScope scope() {
    return scope;
  }

  /** {@return the JSON body this sends} */
  public Map<String, @Nullable Object> body() {
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("name", name);
    if (expirationDays != null) {
      body.put("expirationDays", expirationDays);
    }
    if (scope != null) {
      body.put("scope", scope.asString());
    }
    return Collections.unmodifiableMap(body);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApiKeyCreateParams && ((ApiKeyCreateParams) o).body().equals(body());
  }

  @Override
  public int hashCode() {
    return body().hashCode();
  }

  @Override
  public String toString() {
    return "ApiKeyCreateParams" + body();
  }

  /** Builds {@link ApiKeyCreateParams}; {@code name} is required. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable Integer expirationDays;
    private @Nullable ApiKeyScope scope;

    private Builder() {}

    /**
     * Sets the name (required).
     *
     * @param name 1 to 100 characters, checked in {@link #build()}
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name == null");
      return this;
    }

    /**
     * Sets the days until the key expires; unset means it never expires.
     *
     * @param expirationDays 1 to 365, or null for never
     * @return this builder
     */
    public Builder expirationDays(@Nullable Integer expirationDays) {
      this.expirationDays = expirationDays;
      return this;
    }

    /**
     * Sets the scope: {@code full} (default) or {@code restricted} to subscribers and tags.
     *
     * @param scope the scope, or null for the server's default
     * @return this builder
     */
    public Builder scope(@Nullable ApiKeyScope scope) {
      this.scope = scope;
      return this;
    }

    /**
     * Checks and builds the params.
     *
     * @return the params
     * @throws IllegalArgumentException when {@code name} is missing or too long, or {@code
     *     expirationDays} is outside 1 to 365
     */
    public ApiKeyCreateParams build() {
      return new ApiKeyCreateParams(this);
    }
  }
}
