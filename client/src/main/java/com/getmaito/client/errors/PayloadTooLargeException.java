package com.getmaito.client.errors;

/** 413 (PAYLOAD_TOO_LARGE): a bulk batch over 100 items. */
public class PayloadTooLargeException extends ValidationException {
  /**
   * Creates the exception for an error response; the SDK throws these, tests may create them.
   *
   * @param error what the SDK read from the response
   * @param attempts how many HTTP attempts the call made
   */
  public PayloadTooLargeException(ErrorResponse error, int attempts) {
    super(error, attempts);
  }
}
