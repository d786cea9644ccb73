package com.getmaito.client.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps OkHttp from retrying behind the SDK's back. OkHttp re-sends a request once when a 503
 * carries {@code Retry-After: 0}, whatever the client's settings, which would resend a POST that
 * has no idempotency key and hide an attempt from the retry policy and its listener. As a network
 * interceptor this moves a 503's {@code Retry-After} to {@link #RETRY_AFTER_503}, below OkHttp's
 * follow-up logic; the pipeline reads it from there.
 */
public final class NoSilentRetryInterceptor implements Interceptor {
  static final String RETRY_AFTER_503 = "Maito-Retry-After";

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    String retryAfter = response.header("Retry-After");
    if (response.code() != 503 || retryAfter == null) {
      return response;
    }
    return response
        .newBuilder()
        .removeHeader("Retry-After")
        .header(RETRY_AFTER_503, retryAfter)
        .build();
  }
}
