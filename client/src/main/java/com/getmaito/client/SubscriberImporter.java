package com.getmaito.client;

import com.getmaito.client.internal.HttpPipeline;
import com.getmaito.client.internal.ImportPace;
import com.getmaito.client.model.BulkCreateParams;
import com.getmaito.client.model.SubscriberCreateParams;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Streams any number of subscribers through the 100-row bulk endpoint, paced to the key's rate
 * limit, with every row accounted for exactly once and, with a checkpoint, exactly once across a
 * killed process. Get one from {@link SubscriberService#importer()}, configure it, then run it:
 *
 * <pre>{@code
 * ImportReport report = client.subscribers().importer()
 *     .concurrency(4)
 *     .onProgress(p -> log.info("{} rows, {}/s", p.rowsRead(), p.rowsPerSecond()))
 *     .onFailure(f -> log.warn("row {}: {} {}", f.rowNumber(), f.outcome(), f.message()))
 *     .checkpoint(Path.of("import.ckpt"))
 *     .run(rows);
 * }</pre>
 *
 * <p>Memory stays bounded however long the input: rows are pulled as batches are needed, and
 * finished batches leave nothing behind but counts (and the first 1,000 failures). One bad row
 * never fails its batch; a batch the server refuses whole (400, 409, 413) is split until only the
 * bad rows are marked. Waits the server asks for are sat out up to {@link #maxWait(Duration)};
 * other failures are retried as the client's {@code maxRetries} allows. A 401, a 403 or a host
 * still unreachable after the retries stops the run with {@link ImportStoppedException}.
 *
 * <p>With a {@link #checkpoint(Path)}, each batch's boundaries and idempotency key are recorded
 * before it is sent and its completion after; running again with the same file and input skips
 * finished batches and re-sends unfinished ones (and those with failed rows) with their original
 * keys, so the server replays rather than creates them again. The file is locked while a run uses
 * it.
 *
 * <p>A run may be stopped from another thread with {@link #cancel()}, or by interrupting the thread
 * in {@code run}: reading stops, batches already sent finish (one still waiting for its send slot
 * or to retry stops there), and the report counts the rest as not attempted. One run at a time per
 * importer.
 */
public final class SubscriberImporter {
  private final HttpPipeline pipeline;
  private final @Nullable ImportPace pace;
  private int concurrency = 4;
  private int batchSize = BulkCreateParams.MAX_ROWS;
  private Duration maxWait = Duration.ofMinutes(15);
  private @Nullable Boolean optInAttestation;
  private @Nullable Consumer<ImportProgress> progressListener;
  private @Nullable Consumer<ImportFailure> failureListener;
  private @Nullable Path checkpoint;
  private volatile @Nullable ImportRun current;
  private volatile boolean cancelRequested;

  SubscriberImporter(HttpPipeline pipeline, @Nullable ImportPace pace) {
    this.pipeline = pipeline;
    this.pace = pace;
  }

  /**
   * Sets how many bulk calls may be in flight at once; default 4.
   *
   * @param n bulk calls in flight
   * @return this importer
   * @throws IllegalArgumentException when {@code n} is not 1 to 32
   */
  public SubscriberImporter concurrency(int n) {
    if (n < 1 || n > 32) {
      throw new IllegalArgumentException("concurrency must be 1 to 32 (was " + n + ")");
    }
    this.concurrency = n;
    return this;
  }

  /**
   * Sets how many rows each bulk call sends; default 100, the most the API takes.
   *
   * @param n rows per bulk call
   * @return this importer
   * @throws IllegalArgumentException when {@code n} is not 1 to 100
   */
  public SubscriberImporter batchSize(int n) {
    if (n < 1 || n > BulkCreateParams.MAX_ROWS) {
      throw new IllegalArgumentException(
          "batchSize must be 1 to " + BulkCreateParams.MAX_ROWS + " (was " + n + ")");
    }
    this.batchSize = n;
    return this;
  }

  /**
   * Sets the longest server-requested wait ({@code Retry-After}) the import sits out before it
   * marks a batch's rows failed; default 15 minutes.
   *
   * @param wait the longest wait to sit out
   * @return this importer
   * @throws IllegalArgumentException when {@code wait} is negative
   */
  public SubscriberImporter maxWait(Duration wait) {
    Objects.requireNonNull(wait, "wait == null");
    if (wait.isNegative()) {
      throw new IllegalArgumentException("maxWait must not be negative (was " + wait + ")");
    }
    this.maxWait = wait;
    return this;
  }

  /**
   * Sends {@code "optInAttestation": true} with every batch when {@code attest} is true.
   *
   * @param attest whether to attest opt-in for every row
   * @return this importer
   */
  public SubscriberImporter optInAttestation(boolean attest) {
    this.optInAttestation = attest ? Boolean.TRUE : null;
    return this;
  }

  /**
   * Tells {@code listener} how the run is going, at most every 200 ms and once at the end. It is
   * called from the importer's threads, one call at a time; an exception it throws cancels the run
   * and is rethrown by {@code run}.
   *
   * @param listener told of progress, or null for none
   * @return this importer
   */
  public SubscriberImporter onProgress(@Nullable Consumer<ImportProgress> listener) {
    this.progressListener = listener;
    return this;
  }

  /**
   * Tells {@code listener} of every row that does not end created (duplicate, invalid, failed or
   * not attempted), one call at a time, from the importer's threads; an exception it throws cancels
   * the run and is rethrown by {@code run}.
   *
   * @param listener told of each row not created, or null for none
   * @return this importer
   */
  public SubscriberImporter onFailure(@Nullable Consumer<ImportFailure> listener) {
    this.failureListener = listener;
    return this;
  }

  /**
   * Records progress in {@code file} so that a run stopped at any moment (even by {@code kill -9})
   * can be resumed by running again with the same file and the same input; none by default. A
   * resume skips the batches an earlier run finished and sends again those it left unfinished or
   * with failed rows. A file from a different input, or another batch size, or one in use by
   * another run (it is locked while a run uses it), is refused with an {@link
   * IllegalStateException} before anything is sent for the differing rows.
   *
   * @param file the resume file, or null for none
   * @return this importer
   */
  public SubscriberImporter checkpoint(@Nullable Path file) {
    this.checkpoint = file;
    return this;
  }

  /**
   * Imports {@code rows}, numbered 1, 2, 3, ... in the order they come.
   *
   * @param rows the subscribers to create
   * @return what the run did
   */
  public ImportReport run(Stream<SubscriberCreateParams> rows) {
    Objects.requireNonNull(rows, "rows == null");
    return run(rows.iterator());
  }

  /**
   * Imports {@code rows}, numbered 1, 2, 3, ... in the order they come.
   *
   * @param rows the subscribers to create
   * @return what the run did
   */
  public ImportReport run(Iterator<SubscriberCreateParams> rows) {
    Objects.requireNonNull(rows, "rows == null");
    return runRows(
        new Iterator<ImportRow>() {
          private long number;

          @Override
          public boolean hasNext() {
            return rows.hasNext();
          }

          @Override
          public ImportRow next() {
            SubscriberCreateParams params = rows.next();
            return ImportRow.of(++number, Objects.requireNonNull(params, "row == null"), null);
          }
        });
  }

  /**
   * Imports rows the caller has numbered, including rows it found invalid.
   *
   * @param rows the numbered rows
   * @return what the run did
   */
  public ImportReport runRows(Stream<ImportRow> rows) {
    Objects.requireNonNull(rows, "rows == null");
    return runRows(rows.iterator());
  }

  /**
   * Imports rows the caller has numbered, including rows it found invalid.
   *
   * @param rows the numbered rows
   * @return what the run did
   * @throws ImportStoppedException when the API stops the run (401, 403, unreachable host)
   * @throws IllegalStateException when another run of this importer is in progress, or the
   *     checkpoint belongs to a different input
   */
  public ImportReport runRows(Iterator<ImportRow> rows) {
    Objects.requireNonNull(rows, "rows == null");
    ImportRun run = new ImportRun(pipeline, this, pace);
    synchronized (this) {
      if (current != null) {
        throw new IllegalStateException("This importer is already running: one run at a time");
      }
      current = run;
      if (cancelRequested) {
        run.cancel();
      }
    }
    try {
      return run.run(rows);
    } finally {
      synchronized (this) {
        current = null;
        cancelRequested = false;
      }
    }
  }

  /**
   * Stops the run in progress: no more rows are read, batches already sent finish (one waiting for
   * its send slot or to retry stops there, its rows not attempted), the checkpoint is written and
   * {@code run} returns its report. Safe from any thread; a cancel before {@code run} starts makes
   * that run stop at once.
   */
  public synchronized void cancel() {
    cancelRequested = true;
    ImportRun run = current;
    if (run != null) {
      run.cancel();
    }
  }

  int concurrency() {
    return concurrency;
  }

  int batchSize() {
    return batchSize;
  }

  Duration maxWait() {
    return maxWait;
  }

  @Nullable Boolean optInAttestation() {
    return optInAttestation;
  }

  @Nullable Consumer<ImportProgress> progressListener() {
    return progressListener;
  }

  @Nullable Consumer<ImportFailure> failureListener() {
    return failureListener;
  }

  @Nullable Path checkpoint() {
    return checkpoint;
  }
}
