package com.getmaito.client.errors;

/**
 * 5xx (INTERNAL, UNAVAILABLE): server or gateway trouble; retried when safe before it reaches the
 * caller.
 */
public class ServerException extends MaitoApiException {
  /**
   * Creates the exception for an error response; the SDK throws these, tests may create them.
   *
   * @param error what the SDK read from the response
   * @param attempts how many HTTP attempts the call made
   */
  public ServerException(ErrorResponse error, int attempts) {
    super(error, attempts);
  }
}
