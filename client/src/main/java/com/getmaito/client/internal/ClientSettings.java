package com.getmaito.client.internal;

import com.getmaito.client.AuthScheme;
import com.getmaito.client.LogLevel;
import com.getmaito.client.MaitoClient;
import com.getmaito.client.RateBudget;
import com.getmaito.client.RequestListener;
import com.getmaito.client.RetryListener;
import com.getmaito.client.Sleeper;
import com.getmaito.client.TransportOptions;
import java.time.Clock;
import java.time.Duration;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The mutable state of {@link MaitoClient.Builder}, with its defaults: the builder validates each
 * value and assigns it here, {@link #toConfig()} checks the whole and freezes it into a {@link
 * ClientConfig}. Not thread-safe, like the builder.
 */
public final class ClientSettings {
  public @Nullable String apiKey;
  public String baseUrl = MaitoClient.DEFAULT_BASE_URL;
  public AuthScheme authScheme = AuthScheme.BEARER;
  public int maxRetries = 2;
  public Duration maxRetryWait = Duration.ofSeconds(60);
  public Duration timeout = Duration.ofSeconds(60);
  public @Nullable Integer rateLimit;
  public Duration rateLimitWindow = Duration.ofMinutes(1);
  public @Nullable RateBudget rateBudget;
  public @Nullable RetryListener retryListener;
  public @Nullable RequestListener requestListener;
  public LogLevel logLevel = LogLevel.BASIC;
  public boolean allowInsecureHttp;
  public Clock clock = Clock.systemUTC();
  public @Nullable Sleeper sleeper;
  public boolean autoIdempotencyKeys = true;
  public TransportOptions transport = TransportOptions.ofDefaults();

  /** The client whose connection pool and dispatcher a derived client shares; never copied. */
  public @Nullable HttpPipeline shared;

  /** {@return a copy of every setting but {@link #shared}} */
  public ClientSettings copy() {
    ClientSettings s = new ClientSettings();
    s.apiKey = apiKey;
    s.baseUrl = baseUrl;
    s.authScheme = authScheme;
    s.maxRetries = maxRetries;
    s.maxRetryWait = maxRetryWait;
    s.timeout = timeout;
    s.rateLimit = rateLimit;
    s.rateLimitWindow = rateLimitWindow;
    s.rateBudget = rateBudget;
    s.retryListener = retryListener;
    s.requestListener = requestListener;
    s.logLevel = logLevel;
    s.allowInsecureHttp = allowInsecureHttp;
    s.clock = clock;
    s.sleeper = sleeper;
    s.autoIdempotencyKeys = autoIdempotencyKeys;
    s.transport = transport;
    return s;
  }

  /**
   * The settings as a client's config, after checking the key and the base URL.
   *
   * @throws IllegalStateException when no key was given
   * @throws IllegalArgumentException when the key or the base URL is refused by {@link
   *     ClientChecks}
   */
  public ClientConfig toConfig() {
    String key = ClientChecks.key(apiKey);
    HttpUrl url = ClientChecks.baseUrl(baseUrl, allowInsecureHttp, key);
    return new ClientConfig(
        key,
        url,
        authScheme,
        maxRetries,
        maxRetryWait,
        timeout,
        rateLimit,
        rateLimitWindow,
        rateBudget,
        retryListener,
        logLevel,
        clock,
        sleeper != null ? sleeper : new SystemSleeper(),
        autoIdempotencyKeys,
        transport,
        requestListener);
  }
}
