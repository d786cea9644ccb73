package com.getmaito.client.internal;

import com.getmaito.client.AuthScheme;
import com.getmaito.client.LogLevel;
import com.getmaito.client.RequestOptions;
import com.getmaito.client.RetryEvent;
import com.getmaito.client.errors.MaitoApiException;
import com.getmaito.client.errors.MaitoException;
import com.getmaito.client.errors.MaitoInvalidResponseException;
import com.getmaito.client.errors.MaitoIoException;
import com.getmaito.client.model.RateLimitInfo;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import io.github.resilience4j.retry.Retry;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.ByteString;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one request path. Every call, sync or async, paged or bulk, goes through here: URL and
 * headers, credentials, {@code Idempotency-Key}, the client-side rate limiter, retries
 * (Resilience4j), envelope decoding and error mapping.
 */
public final class HttpPipeline implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("com.getmaito.client");
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final ClientConfig config;
  private final OkHttpClient http;
  private final boolean ownsHttp;
  private final RetryPolicy retryPolicy;
  private final @Nullable ClientRateLimiter limiter;
  private final AtomicReference<@Nullable RateLimitInfo> lastRateLimit = new AtomicReference<>();
  private final String userAgent;
  private volatile boolean closed;

  public HttpPipeline(ClientConfig config, OkHttpClient http, boolean ownsHttp) {
    this.config = config;
    this.http = http;
    this.ownsHttp = ownsHttp;
    this.retryPolicy = new RetryPolicy(config.maxRetryWait());
    this.limiter =
        config.rateLimit() == null
            ? null
            : new ClientRateLimiter(config.rateLimit(), config.rateLimitWindow(), nanoTime(config));
    this.userAgent = UserAgent.value();
  }

  private static java.util.function.Supplier<Long> nanoTime(ClientConfig config) {
    if (config.clock().equals(java.time.Clock.systemUTC())) {
      return System::nanoTime;
    }
    return () -> {
      java.time.Instant now = config.clock().instant();
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

  /** Runs the call on this thread, retrying as the policy allows. */
  public <T> T execute(ApiCall<T> call, RequestOptions options) {
    if (closed) {
      throw closedError();
    }
    Prepared<T> p = prepare(call, options);
    Retry.AsyncContext<Object> retry = retryPolicy.context(p.maxRetries);
    List<MaitoException> earlier = new ArrayList<>(0);
    for (int attempt = 1; ; attempt++) {
      try {
        sleep(throttle(), p, attempt);
        T result = attemptSync(p, attempt);
        retry.onComplete();
        return result;
      } catch (MaitoException e) {
        long delay = Thread.currentThread().isInterrupted() ? -1 : retryDelay(p, retry, e);
        if (delay < 0) {
          throw finish(e, earlier);
        }
        earlier.add(e);
        announceRetry(p, attempt, e, delay);
        sleep(Duration.ofMillis(delay), p, attempt);
      }
    }
  }

  /** Runs the call without blocking a thread; retries wait on the sleeper's scheduler. */
  public <T> CompletableFuture<T> executeAsync(ApiCall<T> call, RequestOptions options) {
    if (closed) {
      return CompletableFuture.failedFuture(closedError());
    }
    AsyncRun<T> run = new AsyncRun<>(prepare(call, options));
    run.next();
    return run.result;
  }

  private <T> T attemptSync(Prepared<T> p, int attempt) {
    Call call = p.client.newCall(p.request);
    long start = System.nanoTime();
    logRequest(p, attempt);
    try (Response response = call.execute()) {
      return handle(p, response, attempt, start);
    } catch (IOException e) {
      throw networkFailure(p, e, attempt);
    }
  }

  private final class AsyncRun<T> {
    final CompletableFuture<T> result = new CompletableFuture<>();
    final Prepared<T> p;
    final Retry.AsyncContext<Object> retry;
    final List<MaitoException> earlier = new ArrayList<>(0);
    volatile @Nullable Call current;
    volatile @Nullable MaitoException lastError;
    int attempt;

    AsyncRun(Prepared<T> p) {
      this.p = p;
      this.retry = retryPolicy.context(p.maxRetries);
      result.whenComplete(
          (value, error) -> {
            Call c = current;
            if (result.isCancelled() && c != null) {
              c.cancel();
            }
          });
    }

    void next() {
      attempt++;
      Duration wait = throttle();
      if (wait.isZero()) {
        send();
      } else {
        after(wait, this::send);
      }
    }

    /**
     * Runs {@code then} once the sleeper's wait is over. A wait that fails (or a sleeper that
     * throws, as a closed client's does) ends the call with the last attempt's error, rather than
     * retrying at once or leaving the future pending forever.
     */
    void after(Duration wait, Runnable then) {
      CompletableFuture<Void> sleep;
      try {
        sleep = config.sleeper().sleepAsync(wait);
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
            } catch (RuntimeException e) {
              result.completeExceptionally(e);
            }
          });
    }

    void stop(Throwable why) {
      if (result.isDone()) {
        return;
      }
      MaitoException e = lastError;
      if (e == null) {
        InterruptedIOException cause = new InterruptedIOException("the wait failed");
        cause.initCause(why);
        e =
            new MaitoIoException(
                p.description + " was interrupted while waiting", cause, attempt - 1);
      } else {
        e.addSuppressed(why);
      }
      result.completeExceptionally(finish(e, earlier));
    }

    void send() {
      if (result.isDone()) {
        return;
      }
      final int n = attempt;
      final long start = System.nanoTime();
      Call call = p.client.newCall(p.request);
      current = call;
      if (result.isDone()) {
        // Cancelled between the check above and publishing the call: the canceller missed it.
        return;
      }
      logRequest(p, n);
      call.enqueue(
          new Callback() {
            @Override
            public void onFailure(Call c, IOException e) {
              fail(networkFailure(p, e, n));
            }

            @Override
            public void onResponse(Call c, Response response) {
              try (response) {
                T value = handle(p, response, n, start);
                retry.onComplete();
                result.complete(value);
              } catch (MaitoException e) {
                fail(e);
              } catch (RuntimeException | Error e) {
                // Whatever escapes must end the future: a caller waiting on it would hang.
                result.completeExceptionally(e);
              }
            }
          });
    }

    void fail(MaitoException e) {
      if (result.isDone()) {
        return;
      }
      try {
        long delay = retryDelay(p, retry, e);
        if (delay < 0) {
          result.completeExceptionally(finish(e, earlier));
          return;
        }
        earlier.add(e);
        announceRetry(p, attempt, e, delay);
        lastError = e;
        after(Duration.ofMillis(delay), this::next);
      } catch (RuntimeException unexpected) {
        result.completeExceptionally(unexpected);
      }
    }
  }

  private Duration throttle() {
    return limiter == null ? Duration.ZERO : limiter.reserve();
  }

  private void sleep(Duration d, Prepared<?> p, int attempt) {
    if (d.isZero() || d.isNegative()) {
      return;
    }
    try {
      config.sleeper().sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MaitoIoException(
          p.description + " was interrupted while waiting",
          new InterruptedIOException("interrupted"),
          attempt);
    }
  }

  /** The wait before the next attempt in milliseconds, or -1 when the call must not retry. */
  private long retryDelay(Prepared<?> p, Retry.AsyncContext<Object> retry, MaitoException e) {
    if (!p.retrySafe) {
      return -1;
    }
    return retry.onError(e);
  }

  private MaitoException finish(MaitoException last, List<MaitoException> earlier) {
    for (MaitoException e : earlier) {
      if (e != last) {
        last.addSuppressed(e);
      }
    }
    return last;
  }

  private void announceRetry(Prepared<?> p, int attempt, MaitoException cause, long delayMillis) {
    Duration wait = Duration.ofMillis(delayMillis);
    LOG.info(
        "Retrying {} in {} ms after attempt {} of {} failed: {}",
        p.description,
        delayMillis,
        attempt,
        p.maxRetries + 1,
        cause.getMessage());
    if (config.retryListener() != null) {
      config.retryListener().onRetry(new RetryEvent(p.description, attempt, cause, wait));
    }
  }

  private MaitoIoException networkFailure(Prepared<?> p, IOException e, int attempt) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new MaitoIoException(
        p.description + " failed: " + ErrorMapper.redact(reason, config.apiKey()), e, attempt);
  }

  private <T> T handle(Prepared<T> p, Response response, int attempt, long startNanos) {
    Headers headers = response.headers();
    RateLimitInfo rateLimit = HeaderValues.rateLimit(headers, config.clock());
    if (rateLimit != null) {
      lastRateLimit.set(rateLimit);
      if (limiter != null) {
        limiter.onResponse(rateLimit);
      }
    }
    String requestId = headers.get("X-Request-Id");
    logResponse(p, response, startNanos, requestId);
    ByteString body;
    try {
      body = response.body().byteString();
    } catch (IOException e) {
      throw networkFailure(p, e, attempt);
    }
    int status = response.code();
    if (response.isSuccessful()) {
      return decode(p, status, requestId, rateLimit, headers, body, attempt);
    }
    if (status >= 400) {
      throw ErrorMapper.fromResponse(
          status, body, requestId, rateLimit, retryAfter(headers), config.apiKey(), attempt);
    }
    throw new MaitoInvalidResponseException(
        "Unexpected HTTP status from " + p.description,
        status,
        requestId,
        ErrorMapper.excerpt(body, config.apiKey()),
        null,
        attempt);
  }

  /**
   * The decoder's exception quotes the value it could not read, which may be anything the server
   * echoed: keep its stack trace under the redacted message instead.
   */
  private static IOException sanitizedCause(Exception e, String redactedProblem) {
    IOException safe = new IOException(redactedProblem);
    safe.setStackTrace(e.getStackTrace());
    return safe;
  }

  /** {@code Retry-After}, also where {@link NoSilentRetryInterceptor} moved it on a 503. */
  private @Nullable Duration retryAfter(Headers headers) {
    String value = headers.get("Retry-After");
    if (value == null) {
      value = headers.get(NoSilentRetryInterceptor.RETRY_AFTER_503);
    }
    return HeaderValues.retryAfter(value, config.clock());
  }

  private <T> T decode(
      Prepared<T> p,
      int status,
      @Nullable String requestId,
      @Nullable RateLimitInfo rateLimit,
      Headers headers,
      ByteString body,
      int attempt) {
    try {
      Decoded<Object> decoded =
          decodeEnvelope(body, p.call.dataType(), status, requestId, rateLimit, headers, attempt);
      return p.call.mapper().apply(decoded);
    } catch (MaitoApiException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      String problem =
          body.size() == 0
              ? "empty body"
              : e instanceof JsonEncodingException
                  ? "the body is not valid JSON"
                  : ErrorMapper.redact(String.valueOf(e.getMessage()), config.apiKey());
      throw new MaitoInvalidResponseException(
          "Could not read the response to " + p.description + ": " + problem,
          status,
          requestId,
          ErrorMapper.excerpt(body, config.apiKey()),
          sanitizedCause(e, problem),
          attempt);
    }
  }

  /**
   * Decodes {@code {"ok": true, "data": ...}}, compat {@code {"success": true, ...}}, or a bare
   * body; a failure envelope on a success status becomes the matching API exception.
   */
  private Decoded<Object> decodeEnvelope(
      ByteString body,
      java.lang.reflect.Type dataType,
      int status,
      @Nullable String requestId,
      @Nullable RateLimitInfo rateLimit,
      Headers headers,
      int attempt)
      throws IOException {
    if (body.size() == 0) {
      throw new JsonDataException("empty body");
    }
    JsonAdapter<Object> adapter = Json.adapter(dataType);
    JsonReader reader = JsonReader.of(new Buffer().write(body));
    Object data;
    Map<String, @Nullable Object> meta = null;
    if (reader.peek() == JsonReader.Token.BEGIN_OBJECT && isEnvelope(reader.peekJson())) {
      Boolean ok = null;
      boolean hasData = false;
      data = null;
      reader.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        switch (name) {
          case "ok":
          case "success":
            ok = reader.peek() == JsonReader.Token.BOOLEAN ? reader.nextBoolean() : null;
            if (ok == null) {
              reader.skipValue();
            }
            break;
          case "data":
            hasData = true;
            data = adapter.fromJson(reader);
            break;
          case "meta":
            Object m = Json.readValue(reader);
            if (m instanceof Map) {
              @SuppressWarnings("unchecked")
              Map<String, @Nullable Object> cast = (Map<String, @Nullable Object>) m;
              meta = cast;
            }
            break;
          default:
            reader.skipValue();
        }
      }
      reader.endObject();
      if (Boolean.FALSE.equals(ok)) {
        throw ErrorMapper.fromResponse(
            status, body, requestId, rateLimit, retryAfter(headers), config.apiKey(), attempt);
      }
      if (!hasData || data == null) {
        throw new JsonDataException("the envelope has no data");
      }
    } else {
      data = adapter.fromJson(reader);
      if (data == null) {
        throw new JsonDataException("the body is null");
      }
    }
    if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
      throw new JsonDataException("unexpected content after the JSON body");
    }
    return new Decoded<>(data, meta);
  }

  private static boolean isEnvelope(JsonReader peek) throws IOException {
    try (peek) {
      peek.beginObject();
      while (peek.hasNext()) {
        String name = peek.nextName();
        // "data" too: a body wrapped as {"data": ..., "meta": ...} without "ok"; no model has a
        // field of that name, so bare data is never mistaken for an envelope.
        if (name.equals("ok") || name.equals("success") || name.equals("data")) {
          return true;
        }
        peek.skipValue();
      }
      return false;
    }
  }

  private <T> Prepared<T> prepare(ApiCall<T> call, RequestOptions options) {
    HttpUrl.Builder url = config.baseUrl().newBuilder();
    for (String segment : call.path()) {
      url.addPathSegment(segment);
    }
    for (Map.Entry<String, String> q : call.query().entrySet()) {
      url.addQueryParameter(q.getKey(), q.getValue());
    }
    Request.Builder request =
        new Request.Builder()
            .url(url.build())
            .header("Accept", "application/json")
            .header("User-Agent", userAgent);
    if (config.authScheme() == AuthScheme.X_API_KEY) {
      request.header("X-API-Key", config.apiKey());
    } else {
      request.header("Authorization", "Bearer " + config.apiKey());
    }
    options.headers().forEach(request::header);
    RequestBody body =
        call.body() == null ? null : RequestBody.create(Json.encodeBody(call.body()), JSON);
    if (body == null && call.method().equals("POST")) {
      body = RequestBody.create("{}", JSON);
    }
    request.method(call.method(), body);
    boolean retrySafe = true;
    if (call.method().equals("POST")) {
      String key = options.idempotencyKey();
      if (key == null && config.autoIdempotencyKeys()) {
        key = "maito-" + UUID.randomUUID();
      }
      if (key != null) {
        request.header("Idempotency-Key", key);
      } else {
        retrySafe = false;
      }
    }
    int maxRetries = options.maxRetries() != null ? options.maxRetries() : config.maxRetries();
    return new Prepared<>(call, request.build(), client(options), maxRetries, retrySafe);
  }

  private OkHttpClient client(RequestOptions o) {
    if (o.timeout() == null
        && o.connectTimeout() == null
        && o.readTimeout() == null
        && o.writeTimeout() == null) {
      return http;
    }
    OkHttpClient.Builder b = http.newBuilder();
    if (o.timeout() != null) {
      b.callTimeout(o.timeout());
    }
    if (o.connectTimeout() != null) {
      b.connectTimeout(o.connectTimeout());
    }
    if (o.readTimeout() != null) {
      b.readTimeout(o.readTimeout());
    }
    if (o.writeTimeout() != null) {
      b.writeTimeout(o.writeTimeout());
    }
    return b.build();
  }

  private void logRequest(Prepared<?> p, int attempt) {
    if (config.logLevel() == LogLevel.NONE || !LOG.isDebugEnabled()) {
      return;
    }
    LOG.debug("--> {} {} (attempt {})", p.request.method(), p.request.url(), attempt);
    if (config.logLevel() == LogLevel.HEADERS) {
      LOG.debug("    {}", redactedHeaders(p.request.headers()));
    }
  }

  private void logResponse(Prepared<?> p, Response r, long startNanos, @Nullable String requestId) {
    if (config.logLevel() == LogLevel.NONE || !LOG.isDebugEnabled()) {
      return;
    }
    LOG.debug(
        "<-- {} {} {} ({} ms, request {})",
        r.code(),
        p.request.method(),
        p.request.url(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos),
        requestId);
    if (config.logLevel() == LogLevel.HEADERS) {
      LOG.debug("    {}", redactedHeaders(r.headers()));
    }
  }

  static String redactedHeaders(Headers headers) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      boolean secret =
          name.equalsIgnoreCase("Authorization")
              || name.equalsIgnoreCase("X-API-Key")
              || name.equalsIgnoreCase("Cookie")
              || name.equalsIgnoreCase("Set-Cookie");
      b.append(i == 0 ? "" : ", ")
          .append(name)
          .append(": ")
          .append(secret ? "[redacted]" : headers.value(i));
    }
    return b.toString();
  }

  private static IllegalStateException closedError() {
    return new IllegalStateException("The client is closed: create a new MaitoClient");
  }

  @Override
  public void close() {
    closed = true;
    if (ownsHttp) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
    if (config.sleeper() instanceof SystemSleeper) {
      ((SystemSleeper) config.sleeper()).close();
    }
  }

  private static final class Prepared<T> {
    final ApiCall<T> call;
    final Request request;
    final OkHttpClient client;
    final int maxRetries;
    final boolean retrySafe;
    final String description;

    Prepared(
        ApiCall<T> call, Request request, OkHttpClient client, int maxRetries, boolean retrySafe) {
      this.call = call;
      this.request = request;
      this.client = client;
      this.maxRetries = maxRetries;
      this.retrySafe = retrySafe;
      this.description = request.method() + " " + request.url().encodedPath();
    }
  }
}
