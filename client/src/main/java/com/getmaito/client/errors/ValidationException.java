package com.getmaito.client.errors;

/**
 * 400 (VALIDATION_FAILED) and 422 other than an idempotency-key reuse: the request was invalid;
 * {@link #details()} names the fields.
 */
public class ValidationException extends MaitoApiException {
  /**
   * Creates the exception for an error response; the SDK throws these, tests may create them.
   *
   * @param error what the SDK read from the response
   * @param attempts how many HTTP attempts the call made
   */
  public ValidationException(ErrorResponse error, int attempts) {
    super(error, attempts);
  }
}
