package com.getmaito.client.errors;

/** 401 (UNAUTHORIZED): the key is missing, malformed, revoked or expired. */
public class AuthenticationException extends MaitoApiException {
  /**
   * Creates the exception for an error response; the SDK throws these, tests may create them.
   *
   * @param error what the SDK read from the response
   * @param attempts how many HTTP attempts the call made
   */
  public AuthenticationException(ErrorResponse error, int attempts) {
    super(error, attempts);
  }
}
