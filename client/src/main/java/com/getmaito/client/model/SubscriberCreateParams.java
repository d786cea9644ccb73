package com.getmaito.client.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body of a subscriber create (also one row of a bulk create). Build with {@link #builder()};
 * {@code build()} checks every field and names the one that is wrong.
 *
 * <pre>{@code
 * SubscriberCreateParams params = SubscriberCreateParams.builder()
 *     .email("ann@example.com")
 *     .firstName("Ann")
 *     .tags(List.of("vip"))
 *     .build();
 * }</pre>
 */
public final class SubscriberCreateParams {
  private final String email;
  private final @Nullable String firstName;
  private final @Nullable String lastName;
  private final @Nullable SubscriberStatus status;
  private final @Nullable Boolean confirmed;
  private final @Nullable List<String> tags;
  private final @Nullable Map<String, @Nullable Object> customFields;
  private final @Nullable String source;
  private final @Nullable Boolean optInAttestation;

  private SubscriberCreateParams(Builder b) {
    this.email = Checks.email(b.email, "email");
    this.firstName = Checks.maxLength(b.firstName, 100, "firstName");
    this.lastName = Checks.maxLength(b.lastName, 100, "lastName");
    this.status = b.status;
    this.confirmed = b.confirmed;
    this.tags = b.tags == null ? null : Checks.tags(b.tags, "tags");
    this.customFields =
        b.customFields == null ? null : Checks.customFields(b.customFields, "customFields");
    this.source = Checks.maxLength(b.source, 160, "source");
    Checks.argument(
        b.optInAttestation == null || b.optInAttestation,
        "optInAttestation",
        b.optInAttestation,
        "must be true when set (leave it unset otherwise)");
    this.optInAttestation = b.optInAttestation;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these params, to derive others from} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.email = email;
    b.firstName = firstName;
    b.lastName = lastName;
    b.status = status;
    b.confirmed = confirmed;
    b.tags = tags;
    b.customFields = customFields;
    b.source = source;
    b.optInAttestation = optInAttestation;
    return b;
  }

  /** {@return the email address, as given} */
  public String email() {
    return email;
  }

  /** {@return the first name, or null when not set} */
  public @Nullable String firstName() {
    return firstName;
  }

  /** {@return the last name, or null when not set} */
  public @Nullable String lastName() {
    return lastName;
  }

  /** {@return the status, or null for the server's default ({@code subscribed})} */
  public @Nullable SubscriberStatus status() {
    return status;
  }

  /** {@return whether double opt-in is confirmed, or null for the server's default (false)} */
  public @Nullable Boolean confirmed() {
    return confirmed;
  }

  /** {@return the tag names, or null when not set} */
  public @Nullable List<String> tags() {
    return tags;
  }

  /** {@return the custom fields, or null when not set} */
  public @Nullable Map<String, @Nullable Object> customFields() {
    return customFields;
  }

  /** {@return where the subscriber came from, or null when not set} */
  public @Nullable String source() {
    return source;
  }

  /** {@return the opt-in attestation ({@code true}), or null when not sent} */
  public @Nullable Boolean optInAttestation() {
    return optInAttestation;
  }

  /** {@return the JSON body this sends: only the fields that were set} */
  public Map<String, @Nullable Object> body() {
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("email", email);
    putIfSet(body, "firstName", firstName);
    putIfSet(body, "lastName", lastName);
    putIfSet(body, "status", status == null ? null : status.asString());
    putIfSet(body, "confirmed", confirmed);
    putIfSet(body, "tags", tags);
    putIfSet(body, "customFields", customFields);
    putIfSet(body, "source", source);
    putIfSet(body, "optInAttestation", optInAttestation);
    return Collections.unmodifiableMap(body);
  }

  private static void putIfSet(Map<String, @Nullable Object> body, String key, @Nullable Object v) {
    if (v != null) {
      body.put(key, v);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubscriberCreateParams
        && ((SubscriberCreateParams) o).body().equals(body());
  }

  @Override
  public int hashCode() {
    return body().hashCode();
  }

  @Override
  public String toString() {
    return "SubscriberCreateParams" + body();
  }

  /** Builds {@link SubscriberCreateParams}; only {@code email} is required. */
  public static final class Builder {
    private @Nullable String email;
    private @Nullable String firstName;
    private @Nullable String lastName;
    private @Nullable SubscriberStatus status;
    private @Nullable Boolean confirmed;
    private @Nullable List<String> tags;
    private @Nullable Map<String, ? extends @Nullable Object> customFields;
    private @Nullable String source;
    private @Nullable Boolean optInAttestation;

    private Builder() {}

    /**
     * Sets the email address (required).
     *
     * @param email a valid email address, checked in {@link #build()}
     * @return this builder
     */
    public Builder email(String email) {
      this.email = Objects.requireNonNull(email, "email == null");
      return this;
    }

    /**
     * Sets the first name; not sent when null.
     *
     * @param firstName up to 100 characters
     * @return this builder
     */
    public Builder firstName(@Nullable String firstName) {
      this.firstName = firstName;
      return this;
    }

    /**
     * Sets the last name; not sent when null.
     *
     * @param lastName up to 100 characters
     * @return this builder
     */
    public Builder lastName(@Nullable String lastName) {
      this.lastName = lastName;
      return this;
    }

    /**
     * Sets the status; default on the server: {@code subscribed}.
     *
     * @param status the status, or null for the server's default
     * @return this builder
     */
    public Builder status(@Nullable SubscriberStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets whether double opt-in is already confirmed; default false on the server.
     *
     * @param confirmed true when confirmed, or null for the server's default
     * @return this builder
     */
    public Builder confirmed(@Nullable Boolean confirmed) {
      this.confirmed = confirmed;
      return this;
    }

    /**
     * Sets the tag names; not sent when null.
     *
     * @param tags names of 1 to 64 characters each
     * @return this builder
     */
    public Builder tags(@Nullable List<String> tags) {
      this.tags = tags;
      return this;
    }

    /**
     * Sets the custom fields; not sent when null.
     *
     * @param customFields string keys; string, number, boolean or null values
     * @return this builder
     */
    public Builder customFields(@Nullable Map<String, ? extends @Nullable Object> customFields) {
      this.customFields = customFields;
      return this;
    }

    /**
     * Sets where the subscriber came from; not sent when null.
     *
     * @param source up to 160 characters
     * @return this builder
     */
    public Builder source(@Nullable String source) {
      this.source = source;
      return this;
    }

    /**
     * Attests that the subscriber opted in. Sent only when set, and then it must be {@code true}.
     *
     * @param optInAttestation {@code true}, or null to leave it out
     * @return this builder
     */
    public Builder optInAttestation(@Nullable Boolean optInAttestation) {
      this.optInAttestation = optInAttestation;
      return this;
    }

    /**
     * Checks and builds the params.
     *
     * @return the params
     * @throws IllegalArgumentException naming the field and the problem, when a field is invalid
     */
    public SubscriberCreateParams build() {
      return new SubscriberCreateParams(this);
    }
  }
}
