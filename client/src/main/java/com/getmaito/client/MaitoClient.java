package com.getmaito.client;

import com.getmaito.client.internal.ClientChecks;
import com.getmaito.client.internal.ClientSettings;
import com.getmaito.client.internal.HttpPipeline;
import com.getmaito.client.model.RateLimitInfo;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * The Maito API client. Thread-safe: create one, share it, and {@link #close()} it when the program
 * is done with it.
 *
 * <pre>{@code
 * try (MaitoClient client = MaitoClient.fromEnv()) {          // MAITO_API_KEY, MAITO_BASE_URL
 *   Subscriber s = client.subscribers().create(
 *       SubscriberCreateParams.builder().email("ann@example.com").firstName("Ann").build());
 *   for (Subscriber each : client.subscribers().list().autoPager()) { ... }
 * }
 * }</pre>
 */
public final class MaitoClient implements AutoCloseable {
  /** The production API. */
  public static final String DEFAULT_BASE_URL = "https://api.getmaito.com/v1";

  /** The environment variable holding the API key. */
  public static final String ENV_API_KEY = "MAITO_API_KEY";

  /** The environment variable that overrides the base URL. */
  public static final String ENV_BASE_URL = "MAITO_BASE_URL";

  private final HttpPipeline pipeline;
  private final ClientSettings origin;
  private final SubscriberService subscribers;
  private final TagService tags;
  private final ApiKeyService apiKeys;
  private final MaitoClientAsync async;
  private final AtomicBoolean closed = new AtomicBoolean();

  private MaitoClient(HttpPipeline pipeline, ClientSettings origin) {
    this.pipeline = pipeline;
    this.origin = origin;
    this.subscribers = new SubscriberService(pipeline);
    this.tags = new TagService(pipeline);
    this.apiKeys = new ApiKeyService(pipeline);
    this.async = new MaitoClientAsync(pipeline);
  }

  /**
   * A client configured from the environment: {@code MAITO_API_KEY} (required) and {@code
   * MAITO_BASE_URL} (optional).
   *
   * @return a new client; close it when done
   * @throws IllegalStateException when {@code MAITO_API_KEY} is not set
   * @throws IllegalArgumentException when the key is a public {@code pk_} key or malformed
   */
  public static MaitoClient fromEnv() {
    return builder().fromEnv().build();
  }

  /** {@return a builder with the default settings and no API key} */
  public static Builder builder() {
    return new Builder(new ClientSettings());
  }

  /**
   * A builder with this client's settings whose clients share this one's connection pool and
   * dispatcher. Closing the derived client leaves the shared pool to this one.
   *
   * @return a builder holding a copy of this client's settings
   */
  public Builder newBuilder() {
    ClientSettings copy = origin.copy();
    copy.shared = pipeline;
    return new Builder(copy);
  }

  /** {@return the subscribers service: {@code /newsletter/subscribers}} */
  public SubscriberService subscribers() {
    return subscribers;
  }

  /** {@return the tags service: {@code /newsletter/tags}} */
  public TagService tags() {
    return tags;
  }

  /** {@return the API keys service: {@code /api-keys}} */
  public ApiKeyService apiKeys() {
    return apiKeys;
  }

  /** {@return the same client's non-blocking API} */
  public MaitoClientAsync async() {
    return async;
  }

  /**
   * {@return the rate-limit headers of the most recent response on any thread} Null before the
   * first response.
   */
  public @Nullable RateLimitInfo lastRateLimit() {
    return pipeline.lastRateLimit();
  }

  /** The request pipeline; package-private so tests can inspect the transport. */
  HttpPipeline pipeline() {
    return pipeline;
  }

  /** {@return the base URL calls go to} */
  public String baseUrl() {
    return pipeline.config().baseUrl().toString();
  }

  /**
   * Releases the dispatcher threads, the connection pool and the retry scheduler; a program that
   * closes its clients exits promptly. Idempotent.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      pipeline.close();
    }
  }

  @Override
  public String toString() {
    return "MaitoClient[" + pipeline.config() + "]";
  }

  /** Builds a {@link MaitoClient}; only the API key is required. */
  public static final class Builder {
    private final ClientSettings s;

    private Builder(ClientSettings settings) {
      this.s = settings;
    }

    /**
     * Reads {@code MAITO_API_KEY} and, when set, {@code MAITO_BASE_URL} from the environment.
     *
     * @return this builder
     * @throws IllegalStateException when {@code MAITO_API_KEY} is not set
     */
    public Builder fromEnv() {
      return fromEnv(System.getenv());
    }

    /**
     * Reads {@code MAITO_API_KEY} and {@code MAITO_BASE_URL} from {@code environment}.
     *
     * @param environment variables by name, such as {@link System#getenv()}
     * @return this builder
     * @throws IllegalStateException when {@code MAITO_API_KEY} is absent or blank
     */
    public Builder fromEnv(Map<String, String> environment) {
      String key = environment.get(ENV_API_KEY);
      if (key == null || key.isBlank()) {
        throw new IllegalStateException(
            ENV_API_KEY
                + " is not set: set it to your secret API key (sk_... or mk_...), or build the"
                + " client with MaitoClient.builder().apiKey(...)");
      }
      apiKey(key.trim());
      String url = environment.get(ENV_BASE_URL);
      if (url != null && !url.isBlank()) {
        baseUrl(url.trim());
      }
      return this;
    }

    /**
     * Sets the API key (required): a secret key, {@code sk_...} or {@code mk_...}; a public {@code
     * pk_} key fails in {@link #build()}.
     *
     * @param apiKey the secret key; never logged or printed
     * @return this builder
     */
    public Builder apiKey(String apiKey) {
      s.apiKey = Objects.requireNonNull(apiKey, "apiKey == null");
      return this;
    }

    /**
     * Sets the URL calls go to; default {@value MaitoClient#DEFAULT_BASE_URL}.
     *
     * @param baseUrl an http(s) URL, checked in {@link #build()}
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      s.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
      return this;
    }

    /**
     * Sets how the key is sent; default {@link AuthScheme#BEARER}.
     *
     * @param authScheme the header that carries the key
     * @return this builder
     */
    public Builder authScheme(AuthScheme authScheme) {
      s.authScheme = Objects.requireNonNull(authScheme, "authScheme == null");
      return this;
    }

    /**
     * Sets the retries after the first attempt, default 2 (3 attempts); 0 turns retrying off.
     *
     * @param maxRetries 0 or more
     * @return this builder
     * @throws IllegalArgumentException when {@code maxRetries} is negative
     */
    public Builder maxRetries(int maxRetries) {
      s.maxRetries = ClientChecks.atLeast(0, maxRetries, "maxRetries");
      return this;
    }

    /**
     * The longest {@code Retry-After} the client sleeps through, default 60 s; a longer one fails
     * the call at once with {@link com.getmaito.client.errors.RateLimitException#retryAfter()}.
     *
     * @param maxRetryWait zero or more
     * @return this builder
     * @throws IllegalArgumentException when {@code maxRetryWait} is negative
     */
    public Builder maxRetryWait(Duration maxRetryWait) {
      s.maxRetryWait = ClientChecks.nonNegative(maxRetryWait, "maxRetryWait");
      return this;
    }

    /**
     * Sets the whole-call timeout per attempt; default 60 s.
     *
     * @param timeout positive
     * @return this builder
     * @throws IllegalArgumentException when {@code timeout} is zero or negative
     */
    public Builder timeout(Duration timeout) {
      s.timeout = ClientChecks.positive(timeout, "timeout");
      return this;
    }

    /**
     * Turns on the client-side rate limiter: at most {@code requests} per {@code window}, spread
     * evenly, shared by every thread and the async API, lowered when the server reports a lower
     * limit. Off by default. Replaces a {@link #rateBudget(RateBudget)} set before.
     *
     * @param requests 1 or more
     * @param window positive
     * @return this builder
     * @throws IllegalArgumentException when {@code requests} is under 1 or {@code window} is not
     *     positive
     */
    public Builder rateLimit(int requests, Duration window) {
      ClientChecks.atLeast(1, requests, "rateLimit requests");
      s.rateLimitWindow = ClientChecks.positive(window, "rateLimit window");
      s.rateLimit = requests;
      s.rateBudget = null;
      return this;
    }

    /**
     * Makes every call, async call and importer of this client draw its send slots from {@code
     * budget}, such as a {@link com.getmaito.client.redis.RedisRateBudget} that processes using the
     * same key share. Replaces a {@link #rateLimit(int, Duration)} set before; off by default. The
     * client does not close the budget. Give each API key its own budget.
     *
     * @param budget the budget
     * @return this builder
     */
    public Builder rateBudget(RateBudget budget) {
      s.rateBudget = Objects.requireNonNull(budget, "budget == null");
      s.rateLimit = null;
      return this;
    }

    /**
     * Sets a listener told of each retry (attempt, cause, wait) before the client waits; default
     * none.
     *
     * @param retryListener the listener, or null for none
     * @return this builder
     */
    public Builder retryListener(@Nullable RetryListener retryListener) {
      s.retryListener = retryListener;
      return this;
    }

    /**
     * Sets a listener told of every HTTP attempt (method, route template, status or failure,
     * duration, attempt number, rate-limiter wait), sync and async, for metrics and tracing;
     * default none. A listener that throws is logged and does not affect the call.
     *
     * @param requestListener the listener, or null for none
     * @return this builder
     */
    public Builder requestListener(@Nullable RequestListener requestListener) {
      s.requestListener = requestListener;
      return this;
    }

    /**
     * Sets the request logging detail through SLF4J; default {@link LogLevel#BASIC} at DEBUG.
     *
     * @param logLevel how much of each request to log
     * @return this builder
     */
    public Builder logLevel(LogLevel logLevel) {
      s.logLevel = Objects.requireNonNull(logLevel, "logLevel == null");
      return this;
    }

    /**
     * Allows sending the key over plain {@code http://} to a host that is not loopback. Off by
     * default: only do this on a network you trust.
     *
     * @param allowInsecureHttp true to allow plain http to any host
     * @return this builder
     */
    public Builder allowInsecureHttp(boolean allowInsecureHttp) {
      s.allowInsecureHttp = allowInsecureHttp;
      return this;
    }

    /**
     * Sets the time source for HTTP dates and the rate limiter; default the system UTC clock. For
     * tests.
     *
     * @param clock the time source
     * @return this builder
     */
    public Builder clock(Clock clock) {
      s.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Sets how the client waits between retries and for the limiter; default a real wait. For
     * tests.
     *
     * @param sleeper the waiter
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      s.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /**
     * Whether every POST without a caller-given key gets a generated {@code Idempotency-Key}, which
     * makes it safe to retry. Default true; when false, such POSTs are retried only after a 429 or
     * a refused connection, which prove nothing was processed.
     *
     * @param autoIdempotencyKeys false to send POSTs without a generated key
     * @return this builder
     */
    public Builder autoIdempotencyKeys(boolean autoIdempotencyKeys) {
      s.autoIdempotencyKeys = autoIdempotencyKeys;
      return this;
    }

    /**
     * Sets how calls reach the server: the connect, read and write timeouts, the most of a response
     * body read, a proxy, TLS and the connection pool; default {@link
     * TransportOptions#ofDefaults()}. Replaces all of them, including those {@link
     * MaitoClient#newBuilder()} copied: derive a change from the options you set with {@link
     * TransportOptions#toBuilder()}.
     *
     * @param transport the transport settings
     * @return this builder
     */
    public Builder transport(TransportOptions transport) {
      s.transport = Objects.requireNonNull(transport, "transport == null");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return a new client; close it when done
     * @throws IllegalStateException when no API key was given
     * @throws IllegalArgumentException when the key is a public {@code pk_} key or malformed, the
     *     base URL is not an http(s) URL, or it is plain http to a non-loopback host without {@link
     *     #allowInsecureHttp(boolean)}
     */
    public MaitoClient build() {
      return new MaitoClient(new HttpPipeline(s.toConfig(), s.shared), s.copy());
    }
  }
}
