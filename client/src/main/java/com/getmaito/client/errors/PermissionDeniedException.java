package com.getmaito.client.errors;

/** 403 (FORBIDDEN): a valid key outside its scope (a restricted key on {@code /api-keys}). */
public class PermissionDeniedException extends MaitoApiException {
  public PermissionDeniedException(ErrorResponse error, int attempts) {
    super(error, attempts);
  }
}
