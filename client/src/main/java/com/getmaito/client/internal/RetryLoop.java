package com.getmaito.client.internal;

import com.getmaito.client.RateBudget;
import com.getmaito.client.RetryEvent;
import com.getmaito.client.errors.MaitoException;
import com.getmaito.client.errors.MaitoInvalidResponseException;
import com.getmaito.client.errors.MaitoIoException;
import com.getmaito.client.errors.NotFoundException;
import com.getmaito.client.errors.RateLimitException;
import io.github.resilience4j.retry.Retry;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Sends a call's attempts until one succeeds or the {@link RetryPolicy} says stop: waits for the
 * limiter, sends, reads the response, and waits between attempts. Sync here; {@link AsyncCall} runs
 * the same steps without blocking a thread. The failures that caused retries travel on the final
 * exception as suppressed exceptions.
 */
final class RetryLoop {
  private final ClientConfig config;
  private final RetryPolicy policy;
  private final @Nullable RateBudget limiter;
  private final ResponseReader reader;
  private final HttpLog log;
  private final RequestEvents events;
  private volatile boolean closed;

  RetryLoop(ClientConfig config, @Nullable RateBudget limiter, ResponseReader reader, HttpLog log) {
    this.config = config;
    this.policy = new RetryPolicy(config.maxRetryWait());
    this.limiter = limiter;
    this.reader = reader;
    this.log = log;
    this.events = new RequestEvents(config);
  }

  /** Runs the call on this thread, retrying as the policy allows. */
  <T> T execute(Exchange<T> x) {
    Retry.AsyncContext<Object> retry = retryContext(x);
    List<MaitoException> failures = new ArrayList<>(0);
    for (int attempt = 1; ; attempt++) {
      try {
        Duration wait = limiterWait();
        sleep(wait, x, attempt);
        if (closed) {
          throw closedError(failures);
        }
        T result = attempt(x, attempt, wait);
        retry.onComplete();
        return result;
      } catch (MaitoException e) {
        T done = resultOfEarlierAttempt(x, e, failures);
        if (done != null) {
          retry.onComplete();
          return done;
        }
        long delay = Thread.currentThread().isInterrupted() ? -1 : retryDelay(x, retry, e);
        if (delay < 0) {
          throw finish(e, failures);
        }
        failures.add(e);
        announceRetry(x, attempt, e, delay);
        try {
          sleep(Duration.ofMillis(delay), x, attempt);
        } catch (MaitoIoException interrupted) {
          throw finish(interrupted, failures);
        }
      }
    }
  }

  /** Runs the call without blocking a thread; waits run on the sleeper's scheduler. */
  <T> CompletableFuture<T> executeAsync(Exchange<T> x) {
    AsyncCall<T> call = new AsyncCall<>(this, x);
    call.next();
    return call.result();
  }

  private <T> T attempt(Exchange<T> x, int attempt, Duration limiterWait) {
    RequestEvents.Attempt event = events.start(x, attempt, limiterWait);
    try {
      T result = send(x, attempt, event);
      events.end(event, null);
      return result;
    } catch (MaitoException e) {
      events.end(event, e);
      throw e;
    }
  }

  private <T> T send(Exchange<T> x, int attempt, RequestEvents.@Nullable Attempt event) {
    long start = System.nanoTime();
    log.request(x.request(), attempt);
    Call call = x.client().newCall(x.request());
    try (Response response = call.execute()) {
      if (event != null) {
        event.response(response);
      }
      try {
        return reader.read(x, response, attempt, start);
      } catch (MaitoInvalidResponseException e) {
        // Before the response closes: closing an unread body makes OkHttp drain it (up to 100 ms
        // of a huge or endless body) to reuse the connection; cancelling drops the connection.
        call.cancel();
        throw e;
      }
    } catch (IOException e) {
      throw reader.networkFailure(x, e, attempt);
    }
  }

  private void sleep(Duration d, Exchange<?> x, int attempt) {
    if (d.isZero() || d.isNegative()) {
      return;
    }
    try {
      config.sleeper().sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MaitoIoException(
          x.description() + " was interrupted while waiting",
          new InterruptedIOException("interrupted"),
          attempt);
    }
  }

  ClientConfig config() {
    return config;
  }

  ResponseReader reader() {
    return reader;
  }

  HttpLog log() {
    return log;
  }

  RequestEvents events() {
    return events;
  }

  boolean isClosed() {
    return closed;
  }

  void close() {
    closed = true;
  }

  Retry.AsyncContext<Object> retryContext(Exchange<?> x) {
    return policy.context(x.maxRetries());
  }

  /** How long the client-side limiter makes this attempt wait; zero without a limiter. */
  Duration limiterWait() {
    return limiter == null ? Duration.ZERO : limiter.reserve();
  }

  /**
   * The wait before the next attempt in milliseconds, or -1 when the call must not retry. A call
   * that may not be resent (a POST without a key) is retried only after a failure that proves
   * nothing was processed.
   */
  long retryDelay(Exchange<?> x, Retry.AsyncContext<Object> retry, MaitoException e) {
    if (limiter != null && e instanceof RateLimitException) {
      // A shared budget makes every process wait, not just this call.
      Duration retryAfter = ((RateLimitException) e).retryAfter();
      if (retryAfter != null) {
        limiter.onRetryAfter(retryAfter);
      }
    }
    if (!x.idempotent() && !RetryPolicy.wasNotProcessed(e)) {
      return -1;
    }
    return retry.onError(e);
  }

  /**
   * A delete's result when a retry finds the resource gone (404) after an earlier attempt that may
   * have deleted it (its response lost, or a server error): the caller's intent holds. Null
   * otherwise.
   */
  <T> @Nullable T resultOfEarlierAttempt(
      Exchange<T> x, MaitoException e, List<MaitoException> failures) {
    Supplier<T> ifGone = x.call().ifGone();
    if (ifGone == null || !(e instanceof NotFoundException)) {
      return null;
    }
    for (MaitoException earlier : failures) {
      if (!RetryPolicy.wasNotProcessed(earlier)) {
        HttpLog.LOG.info(
            "{} answered 404 on a retry: an earlier attempt deleted it", x.description());
        return ifGone.get();
      }
    }
    return null;
  }

  /** Logs the retry and tells the listener, before the wait. */
  void announceRetry(Exchange<?> x, int attempt, MaitoException cause, long delayMillis) {
    log.retry(x, attempt, delayMillis, cause);
    if (config.retryListener() != null) {
      config
          .retryListener()
          .onRetry(new RetryEvent(x.description(), attempt, cause, Duration.ofMillis(delayMillis)));
    }
  }

  /** {@code last}, with the earlier failures that caused retries suppressed on it. */
  static <E extends Throwable> E finish(E last, List<MaitoException> failures) {
    for (MaitoException e : failures) {
      if (e != last) {
        last.addSuppressed(e);
      }
    }
    return last;
  }

  /** The error of a call on a closed client, with any failures it had suppressed on it. */
  static IllegalStateException closedError(List<MaitoException> failures) {
    return finish(
        new IllegalStateException("The client is closed: create a new MaitoClient"), failures);
  }
}
