package com.getmaito.client.errors;

/** 404 (NOT_FOUND): the resource is absent or owned by another account. */
public class NotFoundException extends MaitoApiException {
  public NotFoundException(ErrorResponse error, int attempts) {
    super(error, attempts);
  }
}
