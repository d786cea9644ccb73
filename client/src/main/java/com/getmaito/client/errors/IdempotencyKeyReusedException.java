package com.getmaito.client.errors;

/**
 * 422 (IDEMPOTENCY_KEY_REUSED): the same {@code Idempotency-Key} was sent with a different body.
 */
public class IdempotencyKeyReusedException extends MaitoApiException {
  /**
   * Creates the exception for an error response; the SDK throws these, tests may create them.
   *
   * @param error what the SDK read from the response
   * @param attempts how many HTTP attempts the call made
   */
  public IdempotencyKeyReusedException(ErrorResponse error, int attempts) {
    super(error, attempts);
  }
}
