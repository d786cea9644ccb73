package com.getmaito.client.errors;

import java.io.IOException;

/**
 * The call failed on the network (connection refused or reset, timeout, interrupted) before a
 * complete response arrived. The cause is the last attempt's {@link IOException}.
 */
public class MaitoIoException extends MaitoException {
  /**
   * Creates the exception for a call whose last attempt failed on the network.
   *
   * @param message what failed, without secrets
   * @param cause the last attempt's network failure
   * @param attempts how many HTTP attempts the call made
   */
  public MaitoIoException(String message, IOException cause, int attempts) {
    super(message + attemptsSuffix(attempts), cause, attempts);
  }

  @Override
  /** {@return the last attempt's network failure} */
  public synchronized IOException getCause() {
    return (IOException) super.getCause();
  }
}
