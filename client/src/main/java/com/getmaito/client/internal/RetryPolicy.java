package com.getmaito.client.internal;

import com.getmaito.client.errors.MaitoApiException;
import com.getmaito.client.errors.MaitoIoException;
import com.getmaito.client.errors.RateLimitException;
import com.getmaito.client.errors.ServerException;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * When and how long to retry, as Resilience4j {@link Retry} configurations (one per retry count).
 *
 * <p>Retried: 408, 429, 500, 502, 503, 504 and network failures. The wait is the server's (see
 * {@link #serverWait}), else exponential backoff from 0.5 s, doubling, capped at 8 s, with 75–100 %
 * jitter. A server wait beyond {@code maxRetryWait} is not retried.
 */
final class RetryPolicy {
  static final Duration INITIAL_BACKOFF = Duration.ofMillis(500);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(8);

  private final Duration maxRetryWait;
  private final ConcurrentHashMap<Integer, Retry> retries = new ConcurrentHashMap<>();

  RetryPolicy(Duration maxRetryWait) {
    this.maxRetryWait = maxRetryWait;
  }

  /** A fresh retry context for one call that may make {@code maxRetries} retries. */
  Retry.AsyncContext<Object> context(int maxRetries) {
    return retries.computeIfAbsent(maxRetries, this::create).asyncContext();
  }

  private Retry create(int maxRetries) {
    IntervalBiFunction<Object> interval =
        (attempt, either) -> waitMillis(attempt, either.isLeft() ? either.getLeft() : null);
    RetryConfig config =
        RetryConfig.custom()
            .maxAttempts(maxRetries + 1)
            .retryOnException(this::shouldRetry)
            .intervalBiFunction(interval)
            .failAfterMaxAttempts(false)
            .build();
    return Retry.of("maito-" + maxRetries, config);
  }

  static boolean isRetryable(Throwable t) {
    if (t instanceof MaitoIoException) {
      return true;
    }
    if (t instanceof MaitoApiException) {
      int s = ((MaitoApiException) t).statusCode();
      if (s < 400) {
        // A failure envelope on a success status, mapped by its code (RATE_LIMITED, UNAVAILABLE).
        return t instanceof RateLimitException || t instanceof ServerException;
      }
      return s == 408 || s == 429 || s == 500 || s == 502 || s == 503 || s == 504;
    }
    return false;
  }

  private boolean shouldRetry(Throwable t) {
    if (!isRetryable(t)) {
      return false;
    }
    Duration serverWait = serverWait(t);
    return serverWait == null || serverWait.compareTo(maxRetryWait) <= 0;
  }

  /**
   * The wait the server asked for: {@code Retry-After}; for a rate-limit failure (a 429, or a
   * {@code RATE_LIMITED} failure envelope on any status) the rule of {@link
   * RateLimitException#retryAfter()}, which falls back to the rate-limit reset. The caller is told
   * the same wait the client would sleep through.
   */
  static @Nullable Duration serverWait(@Nullable Throwable t) {
    if (t instanceof RateLimitException) {
      return ((RateLimitException) t).retryAfter();
    }
    return t instanceof MaitoApiException ? ((MaitoApiException) t).retryAfterHeader() : null;
  }

  /**
   * Whether the failure proves the server processed nothing, so even a POST without an {@code
   * Idempotency-Key} may be retried: a rate-limit refusal, or a connection that failed before the
   * request was sent.
   */
  static boolean wasNotProcessed(Throwable t) {
    if (t instanceof RateLimitException) {
      return true;
    }
    Throwable cause = t instanceof MaitoIoException ? t.getCause() : null;
    return cause instanceof ConnectException
        || cause instanceof NoRouteToHostException
        || cause instanceof UnknownHostException;
  }

  static long waitMillis(int attempt, @Nullable Throwable cause) {
    Duration server = serverWait(cause);
    return server != null ? server.toMillis() : backoff(attempt).toMillis();
  }

  /** 0.5 s doubling per attempt, capped at 8 s, times a jitter factor in [0.75, 1.0]. */
  static Duration backoff(int attempt) {
    long base = INITIAL_BACKOFF.toMillis() << Math.min(Math.max(attempt - 1, 0), 10);
    base = Math.min(base, MAX_BACKOFF.toMillis());
    double jitter = 0.75 + ThreadLocalRandom.current().nextDouble() * 0.25;
    return Duration.ofMillis((long) (base * jitter));
  }
}
