package com.getmaito.client;

import com.getmaito.client.errors.MaitoException;
import com.getmaito.client.internal.HttpPipeline;
import com.getmaito.client.internal.ImportCheckpoint;
import com.getmaito.client.internal.ImportPace;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One run of {@link SubscriberImporter}: the calling thread reads rows and seals batches, at most
 * {@code concurrency} batches are in flight on the run's own daemon threads, and every row's
 * outcome is counted (and its failure reported) once, under one lock.
 */
final class ImportRun {
  private static final long PROGRESS_EVERY_MILLIS = 200;
  private static final AtomicInteger RUNS = new AtomicInteger();

  private final HttpPipeline pipeline;
  private final SubscriberImporter settings;
  private final Clock clock;
  private final long startMillis;
  private final ImportWaits waits;
  private final AtomicLong rowsRead = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();
  private final AtomicLong rateLimitWaits = new AtomicLong();
  private final List<ImportFailure> failures = new ArrayList<>();
  private final EmailsInFlight emailsInFlight = new EmailsInFlight();
  private long created;
  private long duplicates;
  private long invalid;
  private long failed;
  private long notAttempted;
  private long skipped;
  private volatile long lastProgressMillis;
  private volatile @Nullable MaitoException fatal;
  private volatile @Nullable RuntimeException unexpected;

  ImportRun(HttpPipeline pipeline, SubscriberImporter settings, @Nullable ImportPace pace) {
    this.pipeline = pipeline;
    this.settings = settings;
    this.waits = new ImportWaits(pipeline.config().sleeper(), pace);
    this.clock = pipeline.config().clock();
    this.startMillis = clock.millis();
    this.lastProgressMillis = startMillis;
  }

  void cancel() {
    waits.cancel();
  }

  boolean isCancelled() {
    return waits.isCancelled();
  }

  Duration maxWait() {
    return settings.maxWait();
  }

  void retried() {
    retries.incrementAndGet();
  }

  void rateLimitWaited() {
    rateLimitWaits.incrementAndGet();
    retries.incrementAndGet();
  }

  ImportWaits waits() {
    return waits;
  }

  ImportReport run(Iterator<ImportRow> input) {
    int concurrency = settings.concurrency();
    Semaphore inFlight = new Semaphore(concurrency);
    int id = RUNS.incrementAndGet();
    AtomicInteger threads = new AtomicInteger();
    ExecutorService workers =
        Executors.newFixedThreadPool(
            concurrency,
            r -> {
              Thread t = new Thread(r, "maito-import-" + id + "-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    BatchSender sender = new BatchSender(pipeline, this, settings.optInAttestation());
    ImportBatch.Builder forming = new ImportBatch.Builder(settings.batchSize());
    boolean interrupted = false;
    long seq = 0;
    try (ImportCheckpoint checkpoint =
        settings.checkpoint() == null
            ? null
            : ImportCheckpoint.open(settings.checkpoint(), settings.batchSize())) {
      String keyStem = "maito-import-" + java.util.UUID.randomUUID() + "-";
      try {
        while (!isCancelled() && input.hasNext()) {
          ImportRow row = input.next();
          java.util.Objects.requireNonNull(row, "the input held a null row");
          rowsRead.incrementAndGet();
          if (forming.add(row)) {
            ImportBatch batch = forming.seal(seq++);
            dispatch(batch, checkpoint, keyStem, sender, workers, inFlight);
          }
          maybeProgress();
        }
        if (!forming.isEmpty() && !isCancelled()) {
          dispatch(forming.seal(seq), checkpoint, keyStem, sender, workers, inFlight);
        }
      } catch (InterruptedException e) {
        interrupted = true;
        cancel();
      } finally {
        if (!forming.isEmpty()) {
          notAttempted(forming.rows());
        }
        inFlight.acquireUninterruptibly(concurrency);
        workers.shutdown();
      }
    } finally {
      if (interrupted || Thread.interrupted()) {
        Thread.currentThread().interrupt();
      }
    }
    ImportReport report = report();
    emitProgress();
    RuntimeException failure = unexpected;
    if (failure != null) {
      throw failure;
    }
    MaitoException stop = fatal;
    if (stop != null) {
      throw new ImportStoppedException(stop, report);
    }
    return report;
  }

  private void dispatch(
      ImportBatch batch,
      @Nullable ImportCheckpoint checkpoint,
      String keyStem,
      BatchSender sender,
      ExecutorService workers,
      Semaphore inFlight)
      throws InterruptedException {
    String key = keyStem + batch.seq;
    if (checkpoint != null) {
      Long done = checkpoint.finished(batch.seq, batch.fingerprint(), batch.firstRow());
      if (done != null) {
        synchronized (this) {
          skipped += batch.rows.size();
        }
        rowsRead.addAndGet(-batch.rows.size());
        return;
      }
      key = checkpoint.key(batch.seq);
    }
    try {
      inFlight.acquire();
    } catch (InterruptedException e) {
      notAttempted(batch.rows);
      throw e;
    }
    if (isCancelled()) {
      inFlight.release();
      notAttempted(batch.rows);
      return;
    }
    List<String> emails = EmailsInFlight.of(batch);
    try {
      emailsInFlight.admit(emails);
    } catch (InterruptedException e) {
      inFlight.release();
      notAttempted(batch.rows);
      throw e;
    }
    if (checkpoint != null) {
      try {
        checkpoint.begin(batch.seq, batch.firstRow(), batch.lastRow(), batch.fingerprint());
      } catch (RuntimeException e) {
        emailsInFlight.landed(emails);
        inFlight.release();
        notAttempted(batch.rows);
        throw e;
      }
    }
    String batchKey = key;
    workers.execute(() -> sendAndAccount(batch, batchKey, checkpoint, sender, emails, inFlight));
  }

  /** A worker's job: send the batch, count its rows once, record it done. */
  private void sendAndAccount(
      ImportBatch batch,
      String key,
      @Nullable ImportCheckpoint checkpoint,
      BatchSender sender,
      List<String> emails,
      Semaphore inFlight) {
    boolean accounted = false;
    try {
      List<BatchSender.Outcome> outcomes;
      try {
        outcomes = batch.toCreate.isEmpty() ? List.of() : sender.send(batch, batch.toCreate, key);
      } catch (BatchSender.Stopped stopped) {
        if (stopped instanceof BatchSender.Fatal) {
          fatal = ((BatchSender.Fatal) stopped).cause;
        }
        cancel();
        if (stopped.known.isEmpty()) {
          return; // nothing of this batch happened: all its rows are not attempted (finally)
        }
        outcomes = new ArrayList<>(stopped.known);
        BatchSender.Outcome rest =
            new BatchSender.Outcome(ImportOutcome.NOT_ATTEMPTED, null, notAttemptedReason());
        while (outcomes.size() < batch.toCreate.size()) {
          outcomes.add(rest);
        }
      }
      boolean anyFailed = account(batch, outcomes);
      accounted = true;
      if (checkpoint != null && !anyFailed) {
        // A batch with failed rows stays unfinished, so a resume sends it again (under its key).
        checkpoint.finish(batch.seq, batch.fingerprint(), batch.rows.size());
      }
    } catch (RuntimeException | Error e) {
      if (unexpected == null && e instanceof RuntimeException) {
        unexpected = (RuntimeException) e;
      }
      cancel();
      if (e instanceof Error) {
        throw (Error) e;
      }
    } finally {
      if (!accounted) {
        notAttempted(batch.rows);
      }
      emailsInFlight.landed(emails);
      inFlight.release();
    }
  }

  /**
   * Counts a finished batch: its invalid rows, then the outcome of each row it sent.
   *
   * @return whether a row failed
   */
  private synchronized boolean account(ImportBatch batch, List<BatchSender.Outcome> outcomes) {
    boolean anyFailed = false;
    int sent = 0;
    for (ImportRow row : batch.rows) {
      if (row.params() == null) {
        invalid++;
        report(row, ImportOutcome.INVALID, ImportFailure.INVALID_ROW, row.invalidReason());
        continue;
      }
      BatchSender.Outcome o = outcomes.get(sent++);
      switch (o.outcome()) {
        case CREATED:
          created++;
          continue;
        case DUPLICATE:
          duplicates++;
          break;
        case INVALID:
          invalid++;
          break;
        case NOT_ATTEMPTED:
          notAttempted++;
          anyFailed = true;
          break;
        default:
          failed++;
          anyFailed = true;
      }
      report(row, o.outcome(), o.code(), o.message());
    }
    maybeProgress();
    return anyFailed;
  }

  private String notAttemptedReason() {
    MaitoException stop = fatal;
    return stop != null
        ? "not attempted: the import was stopped by " + stop.getClass().getSimpleName()
        : "not attempted: the import was cancelled";
  }

  private synchronized void notAttempted(List<ImportRow> rows) {
    String why = notAttemptedReason();
    for (ImportRow row : rows) {
      notAttempted++;
      report(row, ImportOutcome.NOT_ATTEMPTED, null, why);
    }
  }

  private void report(
      ImportRow row, ImportOutcome outcome, @Nullable String code, @Nullable String message) {
    ImportFailure f =
        new ImportFailure(
            row.rowNumber(),
            row.email(),
            outcome,
            code,
            message == null ? outcome.name().toLowerCase(java.util.Locale.ROOT) : message,
            row.context());
    if (failures.size() < ImportReport.MAX_FAILURES) {
      failures.add(f);
    }
    Consumer<ImportFailure> listener = settings.failureListener();
    if (listener != null) {
      call(listener, f);
    }
  }

  private <T> void call(Consumer<T> listener, T value) {
    try {
      listener.accept(value);
    } catch (RuntimeException e) {
      if (unexpected == null) {
        unexpected = e;
      }
      cancel();
    }
  }

  /** Emits progress when it is due; checked without the lock, since it is called for every row. */
  private void maybeProgress() {
    long now = clock.millis();
    if (now - lastProgressMillis < PROGRESS_EVERY_MILLIS) {
      return;
    }
    synchronized (this) {
      if (now - lastProgressMillis >= PROGRESS_EVERY_MILLIS) {
        emitProgress();
      }
    }
  }

  private synchronized void emitProgress() {
    lastProgressMillis = clock.millis();
    Consumer<ImportProgress> listener = settings.progressListener();
    if (listener == null) {
      return;
    }
    Duration elapsed = elapsed();
    long done = created + duplicates + invalid + failed + notAttempted;
    double seconds = elapsed.toNanos() / 1e9;
    call(
        listener,
        new ImportProgress(
            rowsRead.get(),
            created,
            duplicates,
            invalid,
            failed,
            notAttempted,
            elapsed,
            seconds <= 0 ? 0 : done / seconds));
  }

  private Duration elapsed() {
    return Duration.ofMillis(Math.max(0, clock.millis() - startMillis));
  }

  private synchronized ImportReport report() {
    return new ImportReport(
        rowsRead.get(),
        created,
        duplicates,
        invalid,
        failed,
        notAttempted,
        skipped,
        elapsed(),
        retries.get(),
        rateLimitWaits.get(),
        failures);
  }
}
