package com.getmaito.client.errors;

/**
 * 400 (VALIDATION_FAILED) and 422 other than an idempotency-key reuse: the request was invalid;
 * {@link #details()} names the fields.
 */
public class ValidationException extends MaitoApiException {
  public ValidationException(ErrorResponse error, int attempts) {
    super(error, attempts);
  }
}
