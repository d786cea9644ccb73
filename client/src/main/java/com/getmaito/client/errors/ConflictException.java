package com.getmaito.client.errors;

/** 409 (CONFLICT): a duplicate, such as an email already subscribed or a tag name taken. */
public class ConflictException extends MaitoApiException {
  public ConflictException(ErrorResponse error, int attempts) {
    super(error, attempts);
  }
}
