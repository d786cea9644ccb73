package com.getmaito.client.model;

import org.jspecify.annotations.Nullable;

/**
 * One row a bulk create rejected; the other rows were not affected.
 *
 * @param index the row's position in the request (0-based)
 * @param email the row's email, when the server echoed it
 * @param code why: {@code DUPLICATE}, {@code VALIDATION_FAILED}, or a code newer than this SDK
 * @param message a human-readable reason (compat: a server's {@code reason})
 */
public record BulkFailure(int index, @Nullable String email, String code, String message) {
  /**
   * Checks {@code code}; a null {@code message} becomes the code.
   *
   * @param index the row's position in the request (0-based)
   * @param email the row's email, when the server echoed it
   * @param code why: {@code DUPLICATE}, {@code VALIDATION_FAILED}, or a code newer than this SDK
   * @param message a human-readable reason (compat: a server's {@code reason})
   */
  public BulkFailure {
    Checks.required(code, "BulkFailure.code");
    if (message == null) {
      message = code;
    }
  }

  /** {@return whether the row was rejected because the subscriber already exists} */
  public boolean isDuplicate() {
    return "DUPLICATE".equalsIgnoreCase(code) || "CONFLICT".equalsIgnoreCase(code);
  }
}
