package com.getmaito.client.errors;

/** 413 (PAYLOAD_TOO_LARGE): a bulk batch over 100 items. */
public class PayloadTooLargeException extends ValidationException {
  public PayloadTooLargeException(ErrorResponse error, int attempts) {
    super(error, attempts);
  }
}
