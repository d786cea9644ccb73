package com.getmaito.client.errors;

/** 409 (CONFLICT): a duplicate, such as an email already subscribed or a tag name taken. */
public class ConflictException extends MaitoApiException {
  /**
   * Creates the exception for an error response; the SDK throws these, tests may create them.
   *
   * @param error what the SDK read from the response
   * @param attempts how many HTTP attempts the call made
   */
  public ConflictException(ErrorResponse error, int attempts) {
    super(error, attempts);
  }
}
