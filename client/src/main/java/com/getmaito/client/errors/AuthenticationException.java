package com.getmaito.client.errors;

/** 401 (UNAUTHORIZED): the key is missing, malformed, revoked or expired. */
public class AuthenticationException extends MaitoApiException {
  public AuthenticationException(ErrorResponse error, int attempts) {
    super(error, attempts);
  }
}
