package com.getmaito.client;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of an import that did not end {@link ImportOutcome#CREATED}.
 *
 * @param rowNumber the row's number: its position in the input (from 1), or the number the caller
 *     gave in {@link ImportRow#of}
 * @param email the row's email, when it had one
 * @param outcome how the row ended (never {@code CREATED})
 * @param code the server's code ({@code DUPLICATE}, {@code VALIDATION_FAILED}, {@code UNAVAILABLE},
 *     ...), {@code INVALID_ROW} for a row rejected before sending, or null for a row not attempted
 * @param message why, in words
 * @param context the caller's context object from {@link ImportRow}, handed back unchanged
 */
public record ImportFailure(
    long rowNumber,
    @Nullable String email,
    ImportOutcome outcome,
    @Nullable String code,
    String message,
    @Nullable Object context) {

  /** The code of a row rejected before it was sent. */
  public static final String INVALID_ROW = "INVALID_ROW";

  /**
   * Checks that the outcome and message are present. *
   *
   * @param rowNumber the row's number: its position in the input (from 1), or the number the caller
   *     gave in {@link ImportRow#of}
   * @param email the row's email, when it had one
   * @param outcome how the row ended (never {@code CREATED})
   * @param code the server's code ({@code DUPLICATE}, {@code VALIDATION_FAILED}, {@code
   *     UNAVAILABLE}, ...), {@code INVALID_ROW} for a row rejected before sending, or null for a
   *     row not attempted
   * @param message why, in words
   * @param context the caller's context object from {@link ImportRow}, handed back unchanged
   */
  public ImportFailure {
    Objects.requireNonNull(outcome, "outcome == null");
    Objects.requireNonNull(message, "message == null");
  }

  @Override
  public String toString() {
    return "ImportFailure[row="
        + rowNumber
        + ", email="
        + email
        + ", outcome="
        + outcome
        + ", code="
        + code
        + ", message="
        + message
        + "]";
  }
}
