package com.getmaito.client;

import com.getmaito.client.errors.MaitoException;

/**
 * The API stopped an import: the key was refused (401), lacks the permission (403), or the host
 * stayed unreachable after the retries. In-flight batches were finished and the checkpoint (if any)
 * written; {@link #report()} counts the rows not sent as not attempted, and {@link #getCause()} is
 * the failure that stopped the run.
 */
public final class ImportStoppedException extends MaitoException {
  private final transient ImportReport report;

  ImportStoppedException(MaitoException cause, ImportReport report) {
    super("The import was stopped: " + cause.getMessage(), cause, cause.attempts());
    this.report = report;
  }

  /**
   * What the run did before it stopped.
   *
   * @return the partial report
   */
  public ImportReport report() {
    return report;
  }
}
