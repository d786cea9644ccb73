package com.getmaito.client.errors;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One field-level problem reported by the server with a validation error.
 *
 * @param field the request field, such as {@code email}; null when the problem is not tied to one
 * @param message what is wrong with it
 */
public record ErrorDetail(@Nullable String field, String message) {
  /**
   * Checks that {@code message} is set.
   *
   * @param field the request field, such as {@code email}; null when the problem is not tied to one
   * @param message what is wrong with it
   */
  public ErrorDetail {
    Objects.requireNonNull(message, "message == null");
  }
}
