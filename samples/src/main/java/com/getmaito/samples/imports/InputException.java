package com.getmaito.samples.imports;

/**
 * A usage or input error (unreadable file, no email column, a bad option value): the command prints
 * the message as one line and exits with status 2.
 */
final class InputException extends RuntimeException {
  InputException(String message) {
    super(message);
  }
}
