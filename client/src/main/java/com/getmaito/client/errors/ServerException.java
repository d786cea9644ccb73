package com.getmaito.client.errors;

/**
 * 5xx (INTERNAL, UNAVAILABLE): server or gateway trouble; retried when safe before it reaches the
 * caller.
 */
public class ServerException extends MaitoApiException {
  public ServerException(ErrorResponse error, int attempts) {
    super(error, attempts);
  }
}
