package com.getmaito.client.errors;

import org.jspecify.annotations.Nullable;

/** The root of every exception the SDK throws. Unchecked. */
public class MaitoException extends RuntimeException {
  private final int attempts;

  /**
   * Creates an exception for a call that was attempted once.
   *
   * @param message what failed, without secrets
   * @param cause the underlying failure, or null
   */
  public MaitoException(String message, @Nullable Throwable cause) {
    this(message, cause, 1);
  }

  /**
   * Creates an exception for a call that was attempted {@code attempts} times.
   *
   * @param message what failed, without secrets
   * @param cause the underlying failure, or null
   * @param attempts how many HTTP attempts the call made, at least 1 (0 when nothing was sent)
   */
  public MaitoException(String message, @Nullable Throwable cause, int attempts) {
    super(message, cause);
    this.attempts = attempts;
  }

  /**
   * {@return how many attempts the failed call made} 1 when it was not retried, 0 when none was
   * sent.
   */
  public int attempts() {
    return attempts;
  }

  static String attemptsSuffix(int attempts) {
    return attempts > 1 ? " (after " + attempts + " attempts)" : "";
  }
}
