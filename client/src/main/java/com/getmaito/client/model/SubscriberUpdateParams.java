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

    /**
     * Sets a new email address (it cannot be cleared).
     *
     * @param email a valid email address
     * @return this builder
     * @throws IllegalArgumentException when {@code email} is not a valid address
     */
    public Builder email(String email) {
      body.put("email", Checks.email(email, "email"));
      return this;
    }

    /**
     * Sets the first name; {@code null} clears it.
     *
     * @param firstName up to 100 characters, or null
     * @return this builder
     * @throws IllegalArgumentException when {@code firstName} is longer than 100 characters
     */
    public Builder firstName(@Nullable String firstName) {
      body.put("firstName", Checks.maxLength(firstName, 100, "firstName"));
      return this;
    }

    /**
     * Sets the last name; {@code null} clears it.
     *
     * @param lastName up to 100 characters, or null
     * @return this builder
     * @throws IllegalArgumentException when {@code lastName} is longer than 100 characters
     */
    public Builder lastName(@Nullable String lastName) {
      body.put("lastName", Checks.maxLength(lastName, 100, "lastName"));
      return this;
    }

    /**
     * Sets the status (it cannot be cleared).
     *
     * @param status the new status
     * @return this builder
     */
    public Builder status(SubscriberStatus status) {
      body.put("status", Objects.requireNonNull(status, "status == null").asString());
      return this;
    }

    /**
     * Sets whether double opt-in is confirmed.
     *
     * @param confirmed true when confirmed
     * @return this builder
     */
    public Builder confirmed(boolean confirmed) {
      body.put("confirmed", confirmed);
      return this;
    }

    /**
     * Replaces the tags; {@code null} clears them (sent as {@code []}, as the contract asks).
     *
     * @param tags names of 1 to 64 characters each, or null
     * @return this builder
     * @throws IllegalArgumentException when a tag name is empty or longer than 64 characters
     */
    public Builder tags(@Nullable List<String> tags) {
      body.put("tags", tags == null ? List.of() : Checks.tags(tags, "tags"));
      return this;
    }

    /**
     * Replaces the custom fields; {@code null} clears them (sent as {@code {}}).
     *
     * @param customFields string keys; string, number, boolean or null values; or null
     * @return this builder
     * @throws IllegalArgumentException when a key is empty or a value is not a string, finite
     *     number, boolean or null
     */
    public Builder customFields(@Nullable Map<String, ? extends @Nullable Object> customFields) {
      body.put(
          "customFields",
          customFields == null ? Map.of() : Checks.customFields(customFields, "customFields"));
      return this;
    }

    /**
     * Sets where the subscriber came from; {@code null} clears it.
     *
     * @param source up to 160 characters, or null
     * @return this builder
     * @throws IllegalArgumentException when {@code source} is longer than 160 characters
     */
    public Builder source(@Nullable String source) {
      body.put("source", Checks.maxLength(source, 160, "source"));
      return this;
    }

    /** {@return the params, with the fields set so far} */
    public SubscriberUpdateParams build() {
      return new SubscriberUpdateParams(body);
    }
  }
}
