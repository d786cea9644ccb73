package com.getmaito.client.internal;

import com.getmaito.client.RateBudget;
import com.getmaito.client.RequestOptions;
import com.getmaito.client.model.RateLimitInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The one request path. Every call, sync or async, paged or bulk, goes through here. It composes
 * small pieces, each with one job: {@link RequestFactory} builds the request (URL, headers,
 * credentials, {@code Idempotency-Key}); {@link RetryLoop} and {@link AsyncCall} send its attempts
 * through the limiter and the {@link RetryPolicy}; {@link ResponseReader} reads each response (body
 * cap, {@link EnvelopeDecoder}, {@link ErrorMapper}); {@link HttpLog} logs; {@link Redactor} keeps
 * the key out of everything shown; {@link HttpClientFactory} configures OkHttp.
 */
public final class HttpPipeline implements AutoCloseable {
  private final ClientConfig config;
  private final OkHttpClient http;
  private final boolean ownsHttp;
  private final @Nullable RateBudget limiter;
  private final AtomicReference<@Nullable RateLimitInfo> lastRateLimit = new AtomicReference<>();
  private final List<Consumer<RateLimitInfo>> rateLimitObservers = new CopyOnWriteArrayList<>();
  private final RequestFactory requests;
  private final RetryLoop loop;

  /**
   * A pipeline for {@code config}, with its own connection pool and dispatcher, or sharing {@code
   * sharedWith}'s (which then stay open when this one closes).
   */
  public HttpPipeline(ClientConfig config, @Nullable HttpPipeline sharedWith) {
    this.config = config;
    this.http = HttpClientFactory.create(config, sharedWith == null ? null : sharedWith.http);
    this.ownsHttp = sharedWith == null;
    this.limiter = limiter(config);
    Redactor redactor = new Redactor(config.apiKey());
    this.requests = new RequestFactory(config, http, redactor);
    HttpLog log = new HttpLog(config.logLevel());
    ResponseReader reader = new ResponseReader(config, redactor, log, this::onRateLimit);
    this.loop = new RetryLoop(config, limiter, reader, log);
  }

  /** The user's budget, else the in-process limiter of {@code rateLimit}, else none. */
  private static @Nullable RateBudget limiter(ClientConfig config) {
    if (config.rateBudget() != null) {
      return config.rateBudget();
    }
    return config.rateLimit() == null
        ? null
        : new ClientRateLimiter(config.rateLimit(), config.rateLimitWindow(), nanoTime(config));
  }

  /**
   * Whether every call waits for a limiter or budget (then the importer needs no pace of its own).
   */
  public boolean hasLimiter() {
    return limiter != null;
  }

  /** Nanoseconds on the client's clock: {@link System#nanoTime()}, or the injected clock's. */
  static Supplier<Long> nanoTime(ClientConfig config) {
    if (config.clock().equals(Clock.systemUTC())) {
      return System::nanoTime;
    }
    return () -> {
      Instant now = config.clock().instant();
      return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    };
  }

  public ClientConfig config() {
    return config;
  }

  public OkHttpClient http() {
    return http;
  }

  /** The rate-limit headers of the most recent response, from any thread. */
  public @Nullable RateLimitInfo lastRateLimit() {
    return lastRateLimit.get();
  }

  /**
   * Registers {@code observer} to be told the rate-limit headers of every response that carries
   * them, error responses included, on the thread that read the response. An observer that throws
   * is logged and does not affect the call.
   */
  public void addRateLimitObserver(Consumer<RateLimitInfo> observer) {
    rateLimitObservers.add(Objects.requireNonNull(observer, "observer == null"));
  }

  private void onRateLimit(RateLimitInfo info) {
    lastRateLimit.set(info);
    if (limiter != null) {
      limiter.onResponse(info);
    }
    for (Consumer<RateLimitInfo> observer : rateLimitObservers) {
      try {
        observer.accept(info);
      } catch (RuntimeException e) {
        HttpLog.LOG.warn("A rate-limit observer failed", e);
      }
    }
  }

  /** Runs the call on this thread, retrying as the policy allows. */
  public <T> T execute(ApiCall<T> call, RequestOptions options) {
    if (loop.isClosed()) {
      throw RetryLoop.closedError(List.of());
    }
    return loop.execute(requests.create(call, options));
  }

  /** Runs the call without blocking a thread; retries wait on the sleeper's scheduler. */
  public <T> CompletableFuture<T> executeAsync(ApiCall<T> call, RequestOptions options) {
    if (loop.isClosed()) {
      return CompletableFuture.failedFuture(RetryLoop.closedError(List.of()));
    }
    return loop.executeAsync(requests.create(call, options));
  }

  @Override
  public void close() {
    loop.close();
    if (ownsHttp) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
    if (config.sleeper() instanceof SystemSleeper) {
      ((SystemSleeper) config.sleeper()).close();
    }
  }
}
