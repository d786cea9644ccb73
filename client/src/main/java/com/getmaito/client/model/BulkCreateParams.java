package com.getmaito.client.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A bulk create of 1 to 100 subscribers, with an optional batch-wide opt-in attestation. */
public final class BulkCreateParams {
  /** The most rows one bulk call takes. */
  public static final int MAX_ROWS = 100;

  private final List<SubscriberCreateParams> subscribers;
  private final @Nullable Boolean optInAttestation;

  private BulkCreateParams(Builder b) {
    Objects.requireNonNull(b.subscribers, "subscribers == null");
    Checks.argument(
        !b.subscribers.isEmpty() && b.subscribers.size() <= MAX_ROWS,
        "subscribers",
        b.subscribers.size() + " rows",
        "must hold 1 to " + MAX_ROWS + " rows");
    for (int i = 0; i < b.subscribers.size(); i++) {
      Objects.requireNonNull(b.subscribers.get(i), "subscribers[" + i + "] == null");
    }
    Checks.argument(
        b.optInAttestation == null || b.optInAttestation,
        "optInAttestation",
        b.optInAttestation,
        "must be true when set (leave it unset otherwise)");
    this.subscribers = List.copyOf(b.subscribers);
    this.optInAttestation = b.optInAttestation;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a bulk create of these rows, without a batch-wide attestation.
   *
   * @param subscribers 1 to 100 rows
   * @return the params
   * @throws IllegalArgumentException when there are no rows or more than 100
   */
  public static BulkCreateParams of(List<SubscriberCreateParams> subscribers) {
    return builder().subscribers(subscribers).build();
  }

  /** {@return the rows, in order} */
  public List<SubscriberCreateParams> subscribers() {
    return subscribers;
  }

  /** {@return the batch-wide opt-in attestation ({@code true}), or null when not sent} */
  public @Nullable Boolean optInAttestation() {
    return optInAttestation;
  }

  /** {@return the JSON body this sends} */
  public Map<String, @Nullable Object> body() {
    List<Map<String, @Nullable Object>> rows = new ArrayList<>(subscribers.size());
    for (SubscriberCreateParams s : subscribers) {
      rows.add(s.body());
    }
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("subscribers", rows);
    if (optInAttestation != null) {
      body.put("optInAttestation", optInAttestation);
    }
    return Collections.unmodifiableMap(body);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BulkCreateParams && ((BulkCreateParams) o).body().equals(body());
  }

  @Override
  public int hashCode() {
    return body().hashCode();
  }

  @Override
  public String toString() {
    return "BulkCreateParams[" + subscribers.size() + " rows]";
  }

  /** Builds {@link BulkCreateParams}. */
  public static final class Builder {
    private @Nullable List<SubscriberCreateParams> subscribers;
    private @Nullable Boolean optInAttestation;

    private Builder() {}

    /**
     * Sets the rows (required).
     *
     * @param subscribers 1 to 100 rows, checked in {@link #build()}
     * @return this builder
     */
    public Builder subscribers(List<SubscriberCreateParams> subscribers) {
      this.subscribers =
          new ArrayList<>(Objects.requireNonNull(subscribers, "subscribers == null"));
      return this;
    }

    /**
     * Attests that every row opted in; sent only when set, and then it must be true.
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
     * @throws IllegalArgumentException when there are no rows or more than 100
     */
    public BulkCreateParams build() {
      return new BulkCreateParams(this);
    }
  }
}
