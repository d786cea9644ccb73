package com.getmaito.client.model;

import com.getmaito.client.internal.DecodedObject;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A newsletter subscriber.
 *
 * @param id opaque id, {@code sub_...}
 * @param email the address as given
 * @param emailNormalized lower-cased and trimmed; uniqueness is checked on this form
 * @param firstName up to 100 characters
 * @param lastName up to 100 characters
 * @param status subscription status; values newer than this SDK are kept
 * @param confirmed whether double opt-in was confirmed
 * @param tags tag names
 * @param customFields string keys; string, number (Long or Double), boolean or null values
 * @param source where the subscriber came from, up to 160 characters
 * @param subscribedAt when the subscriber subscribed
 * @param unsubscribedAt when the subscriber unsubscribed
 * @param createdAt creation time
 * @param updatedAt last update time
 */
public record Subscriber(
    String id,
    String email,
    String emailNormalized,
    @Nullable String firstName,
    @Nullable String lastName,
    SubscriberStatus status,
    boolean confirmed,
    List<String> tags,
    Map<String, @Nullable Object> customFields,
    @Nullable String source,
    @Nullable Instant subscribedAt,
    @Nullable Instant unsubscribedAt,
    Instant createdAt,
    Instant updatedAt) {
  /**
   * Checks the required fields and copies the collections; a null {@code emailNormalized} is
   * derived from {@code email}.
   *
   * @param id opaque id, {@code sub_...}
   * @param email the address as given
   * @param emailNormalized lower-cased and trimmed; uniqueness is checked on this form
   * @param firstName up to 100 characters
   * @param lastName up to 100 characters
   * @param status subscription status; values newer than this SDK are kept
   * @param confirmed whether double opt-in was confirmed
   * @param tags tag names
   * @param customFields string keys; string, number (Long or Double), boolean or null values
   * @param source where the subscriber came from, up to 160 characters
   * @param subscribedAt when the subscriber subscribed
   * @param unsubscribedAt when the subscriber unsubscribed
   * @param createdAt creation time
   * @param updatedAt last update time
   */
  public Subscriber {
    Checks.required(id, "Subscriber.id");
    Checks.required(email, "Subscriber.email");
    if (emailNormalized == null) {
      emailNormalized = email.trim().toLowerCase(Locale.ROOT);
    }
    Checks.required(status, "Subscriber.status");
    tags = tags == null ? List.of() : List.copyOf(tags);
    // What the decoder read is read-only already and held by nothing else: kept as it is.
    customFields =
        customFields == null
            ? Map.of()
            : customFields instanceof DecodedObject
                ? customFields
                : Collections.unmodifiableMap(new LinkedHashMap<>(customFields));
    Checks.required(createdAt, "Subscriber.createdAt");
    Checks.required(updatedAt, "Subscriber.updatedAt");
  }
}
