package com.getmaito.client.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A tag.
 *
 * @param id opaque id, {@code tag_...}
 * @param name 1 to 64 characters, unique case-insensitively
 * @param description free text
 * @param subscriberCount how many subscribers carry the tag
 * @param createdAt creation time
 * @param updatedAt last update time
 */
public record Tag(
    String id,
    String name,
    @Nullable String description,
    long subscriberCount,
    Instant createdAt,
    Instant updatedAt) {
  /**
   * Checks the required fields; a missing one fails with a message naming it.
   *
   * @param id opaque id, {@code tag_...}
   * @param name 1 to 64 characters, unique case-insensitively
   * @param description free text
   * @param subscriberCount how many subscribers carry the tag
   * @param createdAt creation time
   * @param updatedAt last update time
   */
  public Tag {
    Checks.required(id, "Tag.id");
    Checks.required(name, "Tag.name");
    Checks.required(createdAt, "Tag.createdAt");
    Checks.required(updatedAt, "Tag.updatedAt");
  }
}
