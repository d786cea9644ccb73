package com.getmaito.client;

import com.getmaito.client.errors.AuthenticationException;
import com.getmaito.client.errors.ConflictException;
import com.getmaito.client.errors.IdempotencyKeyReusedException;
import com.getmaito.client.errors.MaitoApiException;
import com.getmaito.client.errors.MaitoException;
import com.getmaito.client.errors.MaitoIoException;
import com.getmaito.client.errors.PermissionDeniedException;
import com.getmaito.client.errors.RateLimitException;
import com.getmaito.client.errors.ValidationException;
import com.getmaito.client.internal.BulkTally;
import com.getmaito.client.internal.HttpPipeline;
import com.getmaito.client.internal.RetryRules;
import com.getmaito.client.model.BulkCreateParams;
import com.getmaito.client.model.BulkFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Sends one batch's rows and gives every row an outcome. It makes its own retries (each attempt
 * goes through the client's pipeline with retries off and the batch's fixed idempotency key), so it
 * can wait out long {@code Retry-After}s up to the importer's {@code maxWait}, count the waits, and
 * split a batch the server refuses whole (400, 409, 413) until only the bad rows are marked.
 */
final class BatchSender {
  /** One row's outcome. */
  record Outcome(ImportOutcome outcome, @Nullable String code, String message) {
    static final Outcome CREATED = new Outcome(ImportOutcome.CREATED, null, "created");
  }

  /** A row the server's bulk answer neither created nor failed. */
  private static final Outcome UNACCOUNTED =
      new Outcome(
          ImportOutcome.FAILED,
          "INVALID_RESPONSE",
          "the server's bulk answer neither created nor failed this row");

  /**
   * The batch stopped part-way: {@code known} holds the outcomes of the rows before the stop (a
   * split batch's first half may have been created), the rest were not attempted.
   */
  abstract static class Stopped extends Exception {
    private static final long serialVersionUID = 1L;
    transient List<Outcome> known = List.of();

    Stopped(String message, @Nullable Throwable cause) {
      super(message, cause, false, false);
    }
  }

  /** The API refused the run as a whole (401, 403, unreachable): stop importing. */
  static final class Fatal extends Stopped {
    private static final long serialVersionUID = 1L;
    final transient MaitoException cause;

    Fatal(MaitoException cause) {
      super(cause.getMessage(), cause);
      this.cause = cause;
    }
  }

  /** The run was cancelled while this batch waited to send or retry. */
  static final class Cancelled extends Stopped {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super("cancelled", null);
    }
  }

  private final HttpPipeline pipeline;
  private final ImportRun run;
  private final @Nullable Boolean optInAttestation;

  BatchSender(HttpPipeline pipeline, ImportRun run, @Nullable Boolean optInAttestation) {
    this.pipeline = pipeline;
    this.run = run;
    this.optInAttestation = optInAttestation;
  }

  /** The outcome of each row of {@code rows}, in order (the list is not to be changed). */
  List<Outcome> send(ImportBatch batch, List<ImportRow> rows, String key) throws Fatal, Cancelled {
    int maxRetries = pipeline.config().maxRetries();
    int failures = 0;
    while (true) {
      run.waits().pace();
      MaitoException error;
      try {
        return outcomes(rows, call(batch, rows, key));
      } catch (MaitoException e) {
        error = e;
      }
      if (error instanceof AuthenticationException || error instanceof PermissionDeniedException) {
        throw new Fatal(error);
      }
      if (error instanceof IdempotencyKeyReusedException) {
        return all(rows.size(), failed(error, error.getMessage()));
      }
      if (error instanceof ValidationException || error instanceof ConflictException) {
        return rows.size() > 1
            ? split(batch, rows, key)
            : List.of(refused((MaitoApiException) error));
      }
      Duration wait = RetryRules.serverWait(error);
      if (error instanceof RateLimitException) {
        // Nothing was processed: wait as long as the server asks (up to maxWait), uncounted.
        if (wait == null) {
          wait = RetryRules.backoff(1);
        }
        if (wait.compareTo(run.maxWait()) > 0) {
          String why = "the server asked to wait " + wait.toSeconds() + " s, longer than maxWait";
          return all(rows.size(), failed(error, why));
        }
        run.rateLimitWaited();
        run.waits().waitFor(wait);
        continue;
      }
      if (!RetryRules.isRetryable(error) || failures >= maxRetries) {
        if (error instanceof MaitoIoException) {
          throw new Fatal(error);
        }
        return all(rows.size(), failed(error, error.getMessage()));
      }
      failures++;
      run.retried();
      boolean serverWaitFits = wait != null && wait.compareTo(run.maxWait()) <= 0;
      run.waits().waitFor(serverWaitFits ? wait : RetryRules.backoff(failures));
    }
  }

  /** A one-row batch the server refused: a duplicate on 409, else invalid. */
  private static Outcome refused(MaitoApiException e) {
    ImportOutcome outcome =
        e instanceof ConflictException ? ImportOutcome.DUPLICATE : ImportOutcome.INVALID;
    return new Outcome(outcome, e.errorCode(), e.getMessage());
  }

  private BulkTally call(ImportBatch batch, List<ImportRow> rows, String key) {
    BulkCreateParams params =
        BulkCreateParams.builder()
            .subscribers(batch.params(rows))
            .optInAttestation(optInAttestation)
            .build();
    RequestOptions options = RequestOptions.builder().maxRetries(0).idempotencyKey(key).build();
    return pipeline.execute(Endpoints.bulkCreateTallied(params), options);
  }

  /** Halves the rows, each half under a key derived from this one, so a resume sends the same. */
  private List<Outcome> split(ImportBatch batch, List<ImportRow> rows, String key)
      throws Fatal, Cancelled {
    int half = rows.size() / 2;
    List<Outcome> outcomes = new ArrayList<>(rows.size());
    try {
      outcomes.addAll(send(batch, rows.subList(0, half), key + ".1"));
      outcomes.addAll(send(batch, rows.subList(half, rows.size()), key + ".2"));
    } catch (Stopped stopped) {
      // Keep what the first half did: its rows may have been created.
      outcomes.addAll(stopped.known);
      stopped.known = outcomes;
      throw stopped;
    }
    return outcomes;
  }

  private static List<Outcome> outcomes(List<ImportRow> rows, BulkTally result) {
    List<BulkFailure> failed = result.failed();
    if (failed.isEmpty() && result.created() == rows.size()) {
      return Collections.nCopies(rows.size(), Outcome.CREATED); // the usual answer: all created
    }
    BitSet placed = new BitSet(rows.size());
    for (BulkFailure f : failed) {
      if (f.index() >= 0 && f.index() < rows.size()) {
        placed.set(f.index());
      }
    }
    // When the answer does not account for every row, only the rows it names as failed are known.
    boolean accountsForAll = result.created() + placed.cardinality() == rows.size();
    List<Outcome> outcomes =
        new ArrayList<>(
            Collections.nCopies(rows.size(), accountsForAll ? Outcome.CREATED : UNACCOUNTED));
    @Nullable Map<String, Long> firstRowOfEmail = null;
    for (BulkFailure f : failed) {
      if (f.index() < 0 || f.index() >= rows.size()) {
        continue;
      }
      ImportRow row = rows.get(f.index());
      String message = f.message();
      ImportOutcome outcome = ImportOutcome.FAILED;
      if (f.isDuplicate()) {
        outcome = ImportOutcome.DUPLICATE;
        if (firstRowOfEmail == null) {
          firstRowOfEmail = firstRowOfEmail(rows);
        }
        long first = firstRowOfEmail.get(normalized(row));
        // The server names the earlier row by its index in the batch, which means nothing to
        // the user: name it by its row number instead.
        message =
            first != row.rowNumber()
                ? "repeats the email of row " + first + " of the input"
                : "the email is already subscribed (" + message + ")";
      } else if ("VALIDATION_FAILED".equalsIgnoreCase(f.code())) {
        outcome = ImportOutcome.INVALID;
      }
      outcomes.set(f.index(), new Outcome(outcome, f.code(), message));
    }
    return outcomes;
  }

  /** The number of the first row of each normalized email: built only for a duplicate. */
  private static Map<String, Long> firstRowOfEmail(List<ImportRow> rows) {
    Map<String, Long> first = new HashMap<>();
    for (ImportRow row : rows) {
      first.putIfAbsent(normalized(row), row.rowNumber());
    }
    return first;
  }

  static String normalized(ImportRow row) {
    return row.params().email().trim().toLowerCase(Locale.ROOT);
  }

  private static Outcome failed(MaitoException e, String message) {
    String code =
        e instanceof MaitoApiException && ((MaitoApiException) e).errorCode() != null
            ? ((MaitoApiException) e).errorCode()
            : e instanceof MaitoIoException ? "NETWORK" : "INVALID_RESPONSE";
    return new Outcome(ImportOutcome.FAILED, code, message);
  }

  private static List<Outcome> all(int size, Outcome outcome) {
    return Collections.nCopies(size, outcome);
  }
}
