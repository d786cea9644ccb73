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

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder().name(name).expirationDays(expirationDays).scope(scope);
  }

  public String name() {
    return name;
  }

  public @Nullable Integer expirationDays() {
    return expirationDays;
  }

  public @Nullable ApiKeyScope scope() {
    return scope;
  }

  /** The JSON body this sends. */
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

    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name == null");
      return this;
    }

    /** Days until the key expires, 1 to 365; unset means it never expires. */
    public Builder expirationDays(@Nullable Integer expirationDays) {
      this.expirationDays = expirationDays;
      return this;
    }

    /** {@code full} (default) or {@code restricted} to subscribers and tags. */
    public Builder scope(@Nullable ApiKeyScope scope) {
      this.scope = scope;
      return this;
    }

    /**
     * Checks and builds the params.
     *
     * @throws IllegalArgumentException when {@code name} is missing or too long, or {@code
     *     expirationDays} is outside 1 to 365
     */
    public ApiKeyCreateParams build() {
      return new ApiKeyCreateParams(this);
    }
  }
}
