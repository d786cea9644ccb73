package com.getmaito.client.errors;

/** 404 (NOT_FOUND): the resource is absent or owned by another account. */
public class NotFoundException extends MaitoApiException {
  /**
   * Creates the exception for an error response; the SDK throws these, tests may create them.
   *
   * @param error what the SDK read from the response
   * @param attempts how many HTTP attempts the call made
   */
  public NotFoundException(ErrorResponse error, int attempts) {
    super(error, attempts);
  }
}
