package com.getmaito.client.model;

import java.util.Locale;
import java.util.Objects;

/**
 * An API key's scope: {@code full}, or {@code restricted} to subscribers and tags. An open value: a
 * value the server adds later is kept as sent ({@link #asString()}), with {@link #known()}
 * returning {@link Known#UNKNOWN}.
 */
public final class ApiKeyScope {
  /** {@code full}: every route. */
  public static final ApiKeyScope FULL = new ApiKeyScope("full", Known.FULL);

  /** {@code restricted}: subscribers and tags only. */
  public static final ApiKeyScope RESTRICTED = new ApiKeyScope("restricted", Known.RESTRICTED);

  /** The values this SDK version knows, plus {@code UNKNOWN} for newer ones. */
  public enum Known {
    /** {@link #FULL}. */
    FULL,
    /** {@link #RESTRICTED}. */
    RESTRICTED,
    /** A value newer than this SDK; {@link #asString()} holds it. */
    UNKNOWN
  }

  private final String value;
  private final Known known;

  private ApiKeyScope(String value, Known known) {
    this.value = value;
    this.known = known;
  }

  /**
   * Returns the value for {@code value} as the API spells it, ignoring case; unknown values are
   * kept.
   *
   * @param value the value as the API spells it
   * @return one of the constants, or a new value whose {@link #known()} is {@link Known#UNKNOWN}
   */
  public static ApiKeyScope of(String value) {
    Objects.requireNonNull(value, "value == null");
    switch (value.toLowerCase(Locale.ROOT)) {
      case "full":
        return FULL;
      case "restricted":
        return RESTRICTED;
      default:
        return new ApiKeyScope(value, Known.UNKNOWN);
    }
  }

  /** {@return the value as the API spells it} */
  public String asString() {
    return value;
  }

  /** {@return the known value, or {@link Known#UNKNOWN} for a value newer than this SDK} */
  public Known known() {
    return known;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApiKeyScope && ((ApiKeyScope) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
