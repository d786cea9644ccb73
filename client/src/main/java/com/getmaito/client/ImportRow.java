package com.getmaito.client;

import com.getmaito.client.model.SubscriberCreateParams;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of input for {@link SubscriberImporter#runRows}: the subscriber to create with the
 * caller's row number, or a row the caller already found invalid (so it is counted and reported
 * with the others). The optional context (such as the row's original fields) comes back in {@link
 * ImportFailure#context()}.
 */
public final class ImportRow {
  private final long rowNumber;
  private final @Nullable SubscriberCreateParams params;
  private final @Nullable String email;
  private final @Nullable String invalidReason;
  private final @Nullable Object context;

  private ImportRow(
      long rowNumber,
      @Nullable SubscriberCreateParams params,
      @Nullable String email,
      @Nullable String invalidReason,
      @Nullable Object context) {
    this.rowNumber = rowNumber;
    this.params = params;
    this.email = email;
    this.invalidReason = invalidReason;
    this.context = context;
  }

  /**
   * A row to create.
   *
   * @param rowNumber the row's number, reported back in failures
   * @param params the subscriber to create
   * @param context anything the caller wants back in this row's failure, or null
   * @return the row
   */
  public static ImportRow of(
      long rowNumber, SubscriberCreateParams params, @Nullable Object context) {
    Objects.requireNonNull(params, "params == null");
    return new ImportRow(rowNumber, params, params.email(), null, context);
  }

  /**
   * A row the caller found invalid: counted as {@link ImportOutcome#INVALID}, never sent.
   *
   * @param rowNumber the row's number, reported back in its failure
   * @param email the row's email, when it has one
   * @param reason what is wrong with the row
   * @param context anything the caller wants back in the failure, or null
   * @return the row
   */
  public static ImportRow invalid(
      long rowNumber, @Nullable String email, String reason, @Nullable Object context) {
    Objects.requireNonNull(reason, "reason == null");
    return new ImportRow(rowNumber, null, email, reason, context);
  }

  /** {@return the row's number, as given} */
  public long rowNumber() {
    return rowNumber;
  }

  /** {@return the subscriber to create; null for an invalid row} */
  public @Nullable SubscriberCreateParams params() {
    return params;
  }

  /** {@return the row's email, when known} */
  public @Nullable String email() {
    return email;
  }

  /** {@return why the row is invalid; null for a row to create} */
  public @Nullable String invalidReason() {
    return invalidReason;
  }

  /** {@return the caller's context object, handed back in failures} */
  public @Nullable Object context() {
    return context;
  }

  @Override
  public String toString() {
    return "ImportRow["
        + rowNumber
        + ", "
        + (params != null ? params : "invalid: " + invalidReason)
        + "]";
  }
}
