package com.getmaito.client.internal;

import com.getmaito.client.AuthScheme;
import com.getmaito.client.LogLevel;
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
 * Everything a client was built with. {@link #toString()} never shows the key.
 *
 * @param apiKey the secret key
 * @param baseUrl base URL, such as {@code https://api.getmaito.com/v1}
 * @param authScheme how the key is sent
 * @param maxRetries retries after the first attempt
 * @param maxRetryWait the longest server-requested wait the client will sleep through
 * @param callTimeout whole-call timeout per attempt
 * @param rateLimit client-side requests per window, or null for none
 * @param rateLimitWindow the window of {@code rateLimit}
 * @param rateBudget the budget every call draws from instead of {@code rateLimit}, or null
 * @param retryListener told of each retry
 * @param logLevel request logging detail
 * @param clock time source for dates and the limiter
 * @param sleeper waits between retries and for the limiter
 * @param autoIdempotencyKeys whether every POST gets a generated {@code Idempotency-Key}
 * @param transport socket timeouts, the response body limit, proxy, TLS and connection pool
 * @param requestListener told of each HTTP attempt, or null for none
 */
public record ClientConfig(
    String apiKey,
    HttpUrl baseUrl,
    AuthScheme authScheme,
    int maxRetries,
    Duration maxRetryWait,
    Duration callTimeout,
    @Nullable Integer rateLimit,
    Duration rateLimitWindow,
    @Nullable RateBudget rateBudget,
    @Nullable RetryListener retryListener,
    LogLevel logLevel,
    Clock clock,
    Sleeper sleeper,
    boolean autoIdempotencyKeys,
    TransportOptions transport,
    @Nullable RequestListener requestListener) {

  @Override
  public String toString() {
    return "ClientConfig[baseUrl="
        + baseUrl
        + ", authScheme="
        + authScheme
        + ", apiKey="
        + maskKey(apiKey)
        + ", maxRetries="
        + maxRetries
        + ", maxRetryWait="
        + maxRetryWait
        + ", callTimeout="
        + callTimeout
        + ", rateLimit="
        + (rateBudget != null
            ? rateBudget.toString()
            : rateLimit == null ? "off" : rateLimit + "/" + rateLimitWindow)
        + ", "
        + transport
        + "]";
  }

  /** The key's type prefix only, like {@code sk_****}: never any of the secret part. */
  public static String maskKey(String key) {
    int underscore = key.indexOf('_');
    return (underscore > 0 && underscore <= 4 ? key.substring(0, underscore + 1) : "") + "****";
  }
}
