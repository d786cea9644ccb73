package com.getmaito.client;

import com.getmaito.client.internal.ApiCall;
import com.getmaito.client.internal.HttpPipeline;
import com.getmaito.client.internal.ResponseHead;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a call through the one pipeline and keeps the response head it was answered with: the raw
 * views ({@code withRawResponse()}) are the plain calls of {@link Endpoints} run through here.
 */
final class RawCalls {
  private RawCalls() {}

  static <T> RawResponse<T> execute(
      HttpPipeline pipeline, ApiCall<T> call, RequestOptions options) {
    AtomicReference<ResponseHead> head = new AtomicReference<>();
    T value = pipeline.execute(call.observed(head::set), options);
    return raw(head.get(), value);
  }

  static <T> CompletableFuture<RawResponse<T>> executeAsync(
      HttpPipeline pipeline, ApiCall<T> call, RequestOptions options) {
    AtomicReference<ResponseHead> head = new AtomicReference<>();
    CompletableFuture<T> value = pipeline.executeAsync(call.observed(head::set), options);
    return Pager.cancellable(value, v -> raw(head.get(), v));
  }

  private static <T> RawResponse<T> raw(ResponseHead head, T value) {
    Objects.requireNonNull(head, "the call returned without reading a response");
    return new RawResponse<>(
        head.status(), head.headers(), head.requestId(), head.rateLimit(), value);
  }
}
