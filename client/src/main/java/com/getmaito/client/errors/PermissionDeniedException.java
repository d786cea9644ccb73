package com.getmaito.client.errors;

/** 403 (FORBIDDEN): a valid key outside its scope (a restricted key on {@code /api-keys}). */
public class PermissionDeniedException extends MaitoApiException {
  /**
   * Creates the exception for an error response; the SDK throws these, tests may create them.
   *
   * @param error what the SDK read from the response
   * @param attempts how many HTTP attempts the call made
   */
  public PermissionDeniedException(ErrorResponse error, int attempts) {
    super(error, attempts);
  }
}
