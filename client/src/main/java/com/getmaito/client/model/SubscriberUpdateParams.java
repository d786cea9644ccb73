package com.getmaito.client.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A partial subscriber update: a field never set on the builder is left as it is on the server; a
 * field set to {@code null} is cleared.
 *
 * <pre>{@code
 * SubscriberUpdateParams.builder().firstName("Ann").lastName(null).build(); // set one, clear one
 * }</pre>
 */
public final class SubscriberUpdateParams {
  private final Map<String, @Nullable Object> body;

  private SubscriberUpdateParams(Map<String, @Nullable Object> body) {
    this.body = Collections.unmodifiableMap(new LinkedHashMap<>(body));
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.body.putAll(body);
    return b;
  }

  /** The JSON body this sends: the fields set, with {@code null} for the fields to clear. */
  public Map<String, @Nullable Object> body() {
    return body;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubscriberUpdateParams && ((SubscriberUpdateParams) o).body.equals(body);
  }

  @Override
  public int hashCode() {
    return body.hashCode();
  }

  @Override
  public String toString() {
    return "SubscriberUpdateParams" + body;
  }

  /** Builds {@link SubscriberUpdateParams}; every field is optional. */
  public static final class Builder {
    private final Map<String, @Nullable Object> body = new LinkedHashMap<>();

    private Builder() {}

    /** A new, valid email address (cannot be cleared). */
    public Builder email(String email) {
      body.put("email", Checks.email(email, "email"));
      return this;
    }

    /** Up to 100 characters; {@code null} clears it. */
    public Builder firstName(@Nullable String firstName) {
      body.put("firstName", Checks.maxLength(firstName, 100, "firstName"));
      return this;
    }

    /** Up to 100 characters; {@code null} clears it. */
    public Builder lastName(@Nullable String lastName) {
      body.put("lastName", Checks.maxLength(lastName, 100, "lastName"));
      return this;
    }

    /** The new status (cannot be cleared). */
    public Builder status(SubscriberStatus status) {
      body.put("status", Objects.requireNonNull(status, "status == null").asString());
      return this;
    }

    public Builder confirmed(boolean confirmed) {
      body.put("confirmed", confirmed);
      return this;
    }

    /** Replaces the tags; {@code null} clears them (sent as {@code []}, as the contract asks). */
    public Builder tags(@Nullable List<String> tags) {
      body.put("tags", tags == null ? List.of() : Checks.tags(tags, "tags"));
      return this;
    }

    /** Replaces the custom fields; {@code null} clears them (sent as {@code {}}). */
    public Builder customFields(@Nullable Map<String, ? extends @Nullable Object> customFields) {
      body.put(
          "customFields",
          customFields == null ? Map.of() : Checks.customFields(customFields, "customFields"));
      return this;
    }

    /** Up to 160 characters; {@code null} clears it. */
    public Builder source(@Nullable String source) {
      body.put("source", Checks.maxLength(source, 160, "source"));
      return this;
    }

    public SubscriberUpdateParams build() {
      return new SubscriberUpdateParams(body);
    }
  }
}
