package com.getmaito.emulator;

import java.time.Instant;
import java.util.Objects;

/**
 * A snapshot of a tag as the emulator stores it, for assertions in tests.
 *
 * @param description null when not set
 * @param subscriberCount how many subscribers carry the tag
 */
public record EmulatedTag(
    String id,
    String name,
    String description,
    int subscriberCount,
    Instant createdAt,
    Instant updatedAt) {

  /** Checks the required values. */
  public EmulatedTag {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(createdAt, "createdAt == null");
    Objects.requireNonNull(updatedAt, "updatedAt == null");
  }
}
