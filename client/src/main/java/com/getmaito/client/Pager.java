package com.getmaito.client;

import com.getmaito.client.internal.ApiCall;
import com.getmaito.client.internal.HttpPipeline;
import com.getmaito.client.internal.ListResult;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Fetches the pages of one list call, keeping its params and request options. */
final class Pager<T, P> {
  private final HttpPipeline pipeline;
  private final P params;
  private final RequestOptions options;
  private final Function<P, ApiCall<ListResult<T>>> call;
  private final BiFunction<P, String, P> withCursor;
  private final BiFunction<P, Long, P> withOffset;
  private final @Nullable Integer limit;

  Pager(
      HttpPipeline pipeline,
      P params,
      RequestOptions options,
      @Nullable Integer limit,
      Function<P, ApiCall<ListResult<T>>> call,
      BiFunction<P, String, P> withCursor,
      BiFunction<P, Long, P> withOffset) {
    this.pipeline = pipeline;
    this.params = params;
    this.options = options;
    this.limit = limit;
    this.call = call;
    this.withCursor = withCursor;
    this.withOffset = withOffset;
  }

  Page<T> first(@Nullable Long offset) {
    return page(
        pipeline.execute(call.apply(params), options), params, false, offset == null ? 0 : offset);
  }

  CompletableFuture<Page<T>> firstAsync(@Nullable Long offset) {
    return cancellable(
        pipeline.executeAsync(call.apply(params), options),
        r -> page(r, params, false, offset == null ? 0 : offset));
  }

  Page<T> fetch(@Nullable String cursor, long start) {
    P p = next(cursor, start);
    return page(pipeline.execute(call.apply(p), options), p, cursor != null, start);
  }

  CompletableFuture<Page<T>> fetchAsync(@Nullable String cursor, long start) {
    P p = next(cursor, start);
    return cancellable(
        pipeline.executeAsync(call.apply(p), options), r -> page(r, p, cursor != null, start));
  }

  /** Maps the call's future so that cancelling the page future cancels the HTTP call too. */
  private static <A, B> CompletableFuture<B> cancellable(
      CompletableFuture<A> call, Function<A, B> mapper) {
    CompletableFuture<B> mapped = call.thenApply(mapper);
    mapped.whenComplete(
        (value, error) -> {
          if (mapped.isCancelled()) {
            call.cancel(true);
          }
        });
    return mapped;
  }

  private P next(@Nullable String cursor, long start) {
    return cursor != null ? withCursor.apply(params, cursor) : withOffset.apply(params, start);
  }

  private Page<T> page(ListResult<T> result, P p, boolean byCursor, long start) {
    int effectiveLimit =
        limit != null
            ? limit
            : result.limit() != null ? result.limit().intValue() : Page.DEFAULT_LIMIT;
    return new Page<>(result, byCursor, start, effectiveLimit, this);
  }
}
