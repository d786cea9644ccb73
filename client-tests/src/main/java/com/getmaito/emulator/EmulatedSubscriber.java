package com.getmaito.emulator;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A snapshot of a subscriber as the emulator stores it, for assertions in tests.
 *
 * @param firstName null when not set
 * @param lastName null when not set
 * @param customFields values are {@code String}, {@code Long} (a number written without a fraction
 *     or exponent that fits a {@code long}), {@code Double} (any other number), {@code Boolean} or
 *     null: the types the SDK gives
 * @param source null when not set
 * @param subscribedAt when the subscriber last became {@code subscribed}; null if never
 * @param unsubscribedAt when the subscriber last became {@code unsubscribed}; null if never
 */
public record EmulatedSubscriber(
    String id,
    String email,
    String emailNormalized,
    String firstName,
    String lastName,
    String status,
    boolean confirmed,
    List<String> tags,
    Map<String, Object> customFields,
    String source,
    Instant subscribedAt,
    Instant unsubscribedAt,
    Instant createdAt,
    Instant updatedAt) {

  /** Copies the collections; {@code customFields} may hold null values. */
  public EmulatedSubscriber {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(email, "email == null");
    Objects.requireNonNull(emailNormalized, "emailNormalized == null");
    Objects.requireNonNull(status, "status == null");
    tags = List.copyOf(tags);
    customFields = Collections.unmodifiableMap(new LinkedHashMap<>(customFields));
    Objects.requireNonNull(createdAt, "createdAt == null");
    Objects.requireNonNull(updatedAt, "updatedAt == null");
  }
}
