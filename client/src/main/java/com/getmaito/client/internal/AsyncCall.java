package com.getmaito.client.internal;

import com.getmaito.client.errors.MaitoException;
import com.getmaito.client.errors.MaitoInvalidResponseException;
import com.getmaito.client.errors.MaitoIoException;
import io.github.resilience4j.retry.Retry;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * One async call of the {@link RetryLoop}: the same steps without blocking a thread. Attempts run
 * on OkHttp's dispatcher, waits on the sleeper's scheduler. Whatever happens, including an {@link
 * Error} thrown by a retry listener, completes {@link #result()}: a caller waiting on it never
 * hangs. Cancelling the result cancels the HTTP call in flight.
 */
final class AsyncCall<T> {
  private final RetryLoop loop;
  private final Exchange<T> x;
  private final CompletableFuture<T> result = new CompletableFuture<>();
  private final Retry.AsyncContext<Object> retry;
  private final List<MaitoException> failures = new ArrayList<>(0);
  private volatile @Nullable Call current;
  private volatile @Nullable MaitoException lastError;
  private volatile int attempt;
  private volatile Duration limiterWait = Duration.ZERO;

  AsyncCall(RetryLoop loop, Exchange<T> x) {
    this.loop = loop;
    this.x = x;
    this.retry = loop.retryContext(x);
    result.whenComplete(
        (value, error) -> {
          Call c = current;
          if (result.isCancelled() && c != null) {
            c.cancel();
          }
        });
  }

  CompletableFuture<T> result() {
    return result;
  }

  /** Starts the next attempt, after the limiter's wait. */
  void next() {
    attempt++;
    Duration wait = loop.limiterWait();
    limiterWait = wait;
    if (wait.isZero()) {
      send();
    } else {
      after(wait, this::send);
    }
  }

  /**
   * Runs {@code then} once the sleeper's wait is over. A wait that fails (or a sleeper that throws,
   * as a closed client's does) ends the call, rather than retrying at once or leaving the future
   * pending forever.
   */
  private void after(Duration wait, Runnable then) {
    CompletableFuture<Void> sleep;
    try {
      sleep = loop.config().sleeper().sleepAsync(wait);
    } catch (RuntimeException e) {
      stop(e);
      return;
    }
    sleep.whenComplete(
        (v, t) -> {
          if (t != null) {
            stop(t);
            return;
          }
          try {
            then.run();
          } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
          }
        });
  }

  /**
   * Ends the call when a wait failed: with the closed-client error when the client was closed, else
   * with the last attempt's error (the wait's failure suppressed on it).
   */
  private void stop(Throwable why) {
    if (result.isDone()) {
      return;
    }
    if (loop.isClosed()) {
      result.completeExceptionally(RetryLoop.closedError(failures));
      return;
    }
    MaitoException e = lastError;
    if (e == null) {
      InterruptedIOException cause = new InterruptedIOException("the wait failed");
      cause.initCause(why);
      e =
          new MaitoIoException(
              x.description() + " was interrupted while waiting", cause, attempt - 1);
    } else {
      e.addSuppressed(why);
    }
    result.completeExceptionally(RetryLoop.finish(e, failures));
  }

  private void send() {
    if (result.isDone()) {
      return;
    }
    if (loop.isClosed()) {
      result.completeExceptionally(RetryLoop.closedError(failures));
      return;
    }
    final int n = attempt;
    final long start = System.nanoTime();
    final RequestEvents.Attempt event = loop.events().start(x, n, limiterWait);
    Call call = x.client().newCall(x.request());
    current = call;
    if (result.isDone()) {
      // Cancelled between the check above and publishing the call: the canceller missed it.
      return;
    }
    loop.log().request(x.request(), n);
    call.enqueue(
        new Callback() {
          @Override
          public void onFailure(Call c, IOException e) {
            MaitoException failure = loop.reader().networkFailure(x, e, n);
            loop.events().end(event, failure);
            fail(failure);
          }

          @Override
          public void onResponse(Call c, Response response) {
            try (response) {
              if (event != null) {
                event.response(response);
              }
              T value;
              try {
                value = loop.reader().read(x, response, n, start);
              } catch (MaitoInvalidResponseException e) {
                c.cancel(); // drop the connection rather than drain the rest (see RetryLoop)
                throw e;
              }
              loop.events().end(event, null);
              retry.onComplete();
              result.complete(value);
            } catch (MaitoException e) {
              loop.events().end(event, e);
              fail(e);
            } catch (RuntimeException | Error e) {
              // Whatever escapes must end the future: a caller waiting on it would hang.
              result.completeExceptionally(e);
            }
          }
        });
  }

  private void fail(MaitoException e) {
    if (result.isDone()) {
      return;
    }
    try {
      T done = loop.resultOfEarlierAttempt(x, e, failures);
      if (done != null) {
        retry.onComplete();
        result.complete(done);
        return;
      }
      long delay = loop.retryDelay(x, retry, e);
      if (delay < 0) {
        result.completeExceptionally(RetryLoop.finish(e, failures));
        return;
      }
      failures.add(e);
      loop.announceRetry(x, attempt, e, delay);
      lastError = e;
      after(Duration.ofMillis(delay), this::next);
    } catch (RuntimeException | Error unexpected) {
      // A listener's AssertionError, for instance: it must end the future, not OkHttp's thread.
      result.completeExceptionally(unexpected);
    }
  }
}
