package com.getmaito.client;

import java.time.Duration;

/**
 * A snapshot of a running import, given to {@link SubscriberImporter#onProgress} at most every 200
 * ms and once at the end.
 *
 * @param rowsRead rows taken from the input so far (rows skipped from a checkpoint not included)
 * @param created rows created
 * @param duplicates rows whose email existed or repeated an earlier row
 * @param invalid rows that failed validation
 * @param failed rows that failed after the retries
 * @param notAttempted rows read but not sent (after a cancel or a fatal stop)
 * @param elapsed time since the run started
 * @param rowsPerSecond rows finished (any outcome) per second of {@code elapsed}
 */
public record ImportProgress(
    long rowsRead,
    long created,
    long duplicates,
    long invalid,
    long failed,
    long notAttempted,
    Duration elapsed,
    double rowsPerSecond) {

  /**
   * Rows that have reached an outcome.
   *
   * @return the sum of the five outcome counts
   */
  public long rowsDone() {
    return created + duplicates + invalid + failed + notAttempted;
  }
}
