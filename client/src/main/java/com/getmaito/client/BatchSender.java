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
import com.getmaito.client.internal.HttpPipeline;
import com.getmaito.client.internal.RetryRules;
import com.getmaito.client.model.BulkCreateParams;
import com.getmaito.client.model.BulkCreateResult;
import com.getmaito.client.model.BulkFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

  /** The API refused the run as a whole (401, 403, unreachable): stop importing. */
  static final class Fatal extends Exception {
    private static final long serialVersionUID = 1L;
    final MaitoException cause;

    Fatal(MaitoException cause) {
      super(cause.getMessage(), cause, false, false);
      this.cause = cause;
    }
  }

  /** The run was cancelled while this batch waited to retry: its rows are not attempted. */
  static final class Cancelled extends Exception {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super("cancelled", null, false, false);
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

  /** The outcome of each row of {@code rows}, in order. */
  List<Outcome> send(ImportBatch batch, List<ImportRow> rows, String key) throws Fatal, Cancelled {
    int maxRetries = pipeline.config().maxRetries();
    int failures = 0;
    while (true) {
      run.pace();
      try {
        return outcomes(rows.size(), call(batch, rows, key));
      } catch (RateLimitException e) {
        Duration wait = RetryRules.serverWait(e);
        if (wait == null) {
          wait = RetryRules.backoff(++failures);
        }
        if (wait.compareTo(run.maxWait()) > 0) {
          return all(
              rows.size(),
              failed(
                  e, "the server asked to wait " + wait.toSeconds() + " s, longer than maxWait"));
        }
        run.rateLimitWaited();
        run.waitFor(wait);
      } catch (AuthenticationException | PermissionDeniedException e) {
        throw new Fatal(e);
      } catch (IdempotencyKeyReusedException e) {
        return all(rows.size(), failed(e, e.getMessage()));
      } catch (ValidationException | ConflictException e) {
        if (rows.size() > 1) {
          return split(batch, rows, key);
        }
        boolean duplicate = e instanceof ConflictException;
        return List.of(
            new Outcome(
                duplicate ? ImportOutcome.DUPLICATE : ImportOutcome.INVALID,
                e.errorCode(),
                e.getMessage()));
      } catch (MaitoException e) {
        if (!RetryRules.isRetryable(e) || failures >= maxRetries) {
          if (e instanceof MaitoIoException) {
            throw new Fatal(e);
          }
          return all(rows.size(), failed(e, e.getMessage()));
        }
        failures++;
        Duration wait = RetryRules.serverWait(e);
        run.retried();
        run.waitFor(
            wait != null && wait.compareTo(run.maxWait()) <= 0
                ? wait
                : RetryRules.backoff(failures));
      }
    }
  }

  private BulkCreateResult call(ImportBatch batch, List<ImportRow> rows, String key) {
    BulkCreateParams params =
        BulkCreateParams.builder()
            .subscribers(batch.params(rows))
            .optInAttestation(optInAttestation)
            .build();
    RequestOptions options = RequestOptions.builder().maxRetries(0).idempotencyKey(key).build();
    return pipeline.execute(Endpoints.bulkCreate(params), options);
  }

  /** Halves the rows, each half under a key derived from this one, so a resume sends the same. */
  private List<Outcome> split(ImportBatch batch, List<ImportRow> rows, String key)
      throws Fatal, Cancelled {
    int half = rows.size() / 2;
    List<Outcome> outcomes = new ArrayList<>(rows.size());
    outcomes.addAll(send(batch, rows.subList(0, half), key + ".1"));
    outcomes.addAll(send(batch, rows.subList(half, rows.size()), key + ".2"));
    return outcomes;
  }

  private static List<Outcome> outcomes(int size, BulkCreateResult result) {
    List<Outcome> outcomes = new ArrayList<>(Collections.nCopies(size, Outcome.CREATED));
    for (BulkFailure f : result.failed()) {
      if (f.index() < 0 || f.index() >= size) {
        continue;
      }
      ImportOutcome outcome =
          f.isDuplicate()
              ? ImportOutcome.DUPLICATE
              : "VALIDATION_FAILED".equalsIgnoreCase(f.code())
                  ? ImportOutcome.INVALID
                  : ImportOutcome.FAILED;
      outcomes.set(f.index(), new Outcome(outcome, f.code(), f.message()));
    }
    return outcomes;
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
