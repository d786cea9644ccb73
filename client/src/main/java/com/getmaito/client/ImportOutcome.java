package com.getmaito.client;

/** How one row of an import ended; every row read ends in exactly one of these. */
public enum ImportOutcome {
  /** The subscriber was created (also when a resumed run's batch was replayed by the server). */
  CREATED,
  /** The email exists already, or appeared earlier in the input. */
  DUPLICATE,
  /** The row failed validation, client-side or on the server; it was not created. */
  INVALID,
  /** The row could not be created after the retries the client allows; the cause is given. */
  FAILED,
  /** The row was read but never sent, because the run was cancelled or stopped. */
  NOT_ATTEMPTED
}
