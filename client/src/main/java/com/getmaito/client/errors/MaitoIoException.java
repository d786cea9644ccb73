package com.getmaito.client.errors;

import java.io.IOException;

/**
 * The call failed on the network (connection refused or reset, timeout, interrupted) before a
 * complete response arrived. The cause is the last attempt's {@link IOException}.
 */
public class MaitoIoException extends MaitoException {
  public MaitoIoException(String message, IOException cause, int attempts) {
    super(message + attemptsSuffix(attempts), cause, attempts);
  }

  @Override
  public synchronized IOException getCause() {
    return (IOException) super.getCause();
  }
}
