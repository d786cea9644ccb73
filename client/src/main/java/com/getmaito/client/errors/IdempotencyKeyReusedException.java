package com.getmaito.client.errors;

/**
 * 422 (IDEMPOTENCY_KEY_REUSED): the same {@code Idempotency-Key} was sent with a different body.
 */
public class IdempotencyKeyReusedException extends MaitoApiException {
  public IdempotencyKeyReusedException(ErrorResponse error, int attempts) {
    super(error, attempts);
  }
}
