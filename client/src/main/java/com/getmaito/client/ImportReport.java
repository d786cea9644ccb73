package com.getmaito.client;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What an import did. Every row read ends in exactly one outcome: {@code created + duplicates +
 * invalid + failed + notAttempted == rowsRead}.
 *
 * @param rowsRead rows taken from the input by this run (not counting {@code
 *     skippedFromCheckpoint})
 * @param created rows created (a resumed batch the server replays counts as created)
 * @param duplicates rows whose email existed, or repeated an earlier row
 * @param invalid rows that failed validation, before sending or on the server
 * @param failed rows that failed after the retries the client allows
 * @param notAttempted rows read but never sent, because the run was cancelled or stopped
 * @param skippedFromCheckpoint rows that an earlier run with the same checkpoint had finished
 * @param elapsed how long the run took
 * @param retries requests repeated after a failure (rate-limit waits included)
 * @param rateLimitWaits 429 answers waited out
 * @param failures the first 1,000 rows that did not end created ({@link
 *     SubscriberImporter#onFailure} is told of every one)
 */
public record ImportReport(
    long rowsRead,
    long created,
    long duplicates,
    long invalid,
    long failed,
    long notAttempted,
    long skippedFromCheckpoint,
    Duration elapsed,
    long retries,
    long rateLimitWaits,
    List<ImportFailure> failures) {

  /** The most failures a report keeps. */
  public static final int MAX_FAILURES = 1_000;

  /**
   * Copies {@code failures}. *
   *
   * @param rowsRead rows taken from the input by this run (not counting {@code
   *     skippedFromCheckpoint})
   * @param created rows created (a resumed batch the server replays counts as created)
   * @param duplicates rows whose email existed, or repeated an earlier row
   * @param invalid rows that failed validation, before sending or on the server
   * @param failed rows that failed after the retries the client allows
   * @param notAttempted rows read but never sent, because the run was cancelled or stopped
   * @param skippedFromCheckpoint rows that an earlier run with the same checkpoint had finished
   * @param elapsed how long the run took
   * @param retries requests repeated after a failure (rate-limit waits included)
   * @param rateLimitWaits 429 answers waited out
   * @param failures the first 1,000 rows that did not end created ({@link
   *     SubscriberImporter#onFailure} is told of every one)
   */
  public ImportReport {
    Objects.requireNonNull(elapsed, "elapsed == null");
    failures = List.copyOf(failures);
  }

  /**
   * Rows read per second of {@code elapsed}.
   *
   * @return the rate, 0 when no time passed
   */
  public double rowsPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : rowsRead / seconds;
  }

  /**
   * Whether every row read ended created, duplicate or invalid (nothing left to retry).
   *
   * @return true when no row failed or went unattempted
   */
  public boolean isComplete() {
    return failed == 0 && notAttempted == 0;
  }

  /**
   * The counts, and how many failures are kept (not the failures themselves).
   *
   * @return a one-line summary
   */
  @Override
  public String toString() {
    return "ImportReport[rowsRead="
        + rowsRead
        + ", created="
        + created
        + ", duplicates="
        + duplicates
        + ", invalid="
        + invalid
        + ", failed="
        + failed
        + ", notAttempted="
        + notAttempted
        + ", skippedFromCheckpoint="
        + skippedFromCheckpoint
        + ", elapsed="
        + elapsed
        + ", retries="
        + retries
        + ", rateLimitWaits="
        + rateLimitWaits
        + ", failures kept="
        + failures.size()
        + "]";
  }
}
