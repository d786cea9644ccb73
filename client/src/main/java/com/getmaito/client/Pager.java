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

  /** The first page: the params as given, which may hold a saved cursor or an offset. */
  Page<T> first(@Nullable Long offset) {
    return fetch(params, offset == null ? 0 : offset, null);
  }

  CompletableFuture<Page<T>> firstAsync(@Nullable Long offset) {
    return fetchAsync(params, offset == null ? 0 : offset, null);
  }

  /** The first page, with the response it came from. */
  RawResponse<Page<T>> firstRaw(@Nullable Long offset) {
    long start = offset == null ? 0 : offset;
    ApiCall<ListResult<T>> c = checked(call.apply(params));
    RawResponse<ListResult<T>> r = RawCalls.execute(pipeline, c, options);
    return r.withValue(page(r.value(), c, start, null));
  }

  CompletableFuture<RawResponse<Page<T>>> firstRawAsync(@Nullable Long offset) {
    long start = offset == null ? 0 : offset;
    ApiCall<ListResult<T>> c = checked(call.apply(params));
    return cancellable(
        RawCalls.executeAsync(pipeline, c, options),
        r -> r.withValue(page(r.value(), c, start, null)));
  }

  /** The page after one that ended at {@code start}, by its cursor or else by offset. */
  Page<T> fetch(@Nullable String cursor, long start, int pageSize) {
    return fetch(next(cursor, start), start, pageSize);
  }

  CompletableFuture<Page<T>> fetchAsync(@Nullable String cursor, long start, int pageSize) {
    return fetchAsync(next(cursor, start), start, pageSize);
  }

  private Page<T> fetch(P p, long start, @Nullable Integer pageSize) {
    ApiCall<ListResult<T>> c = checked(call.apply(p));
    return page(pipeline.execute(c, options), c, start, pageSize);
  }

  private CompletableFuture<Page<T>> fetchAsync(P p, long start, @Nullable Integer pageSize) {
    ApiCall<ListResult<T>> c = checked(call.apply(p));
    return cancellable(pipeline.executeAsync(c, options), r -> page(r, c, start, pageSize));
  }

  /**
   * The call, whose answer must make progress: a page that repeats the cursor it was asked with, or
   * is empty and still carries a cursor, fails as an invalid response instead of paging forever.
   */
  private static <T> ApiCall<ListResult<T>> checked(ApiCall<ListResult<T>> c) {
    String sent = sentCursor(c);
    return new ApiCall<>(
        c.method(),
        c.path(),
        c.query(),
        c.body(),
        c.dataType(),
        c.mapper().andThen(r -> r.requireProgress(sent)));
  }

  private static @Nullable String sentCursor(ApiCall<?> c) {
    return c.query().get("cursor");
  }

  /** Maps the call's future so that cancelling the page future cancels the HTTP call too. */
  static <A, B> CompletableFuture<B> cancellable(CompletableFuture<A> call, Function<A, B> mapper) {
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

  /**
   * A page, knowing how large a full page is, for compat offset paging: the server's {@code
   * meta.limit} when it says; else what the first page said or showed; else the caller's limit,
   * unless the first page came back shorter, which may be the server's cap rather than the end (the
   * next page tells); else the contract's default of 50.
   */
  private Page<T> page(
      ListResult<T> result, ApiCall<?> c, long start, @Nullable Integer firstPageSize) {
    int pageSize;
    Long reported = result.limit();
    if (reported != null && reported >= 1) {
      pageSize = (int) Math.min(reported, Integer.MAX_VALUE);
    } else if (firstPageSize != null) {
      pageSize = firstPageSize;
    } else if (limit != null) {
      int size = result.data().size();
      pageSize = size > 0 && size < limit ? size : limit;
    } else {
      pageSize = Page.DEFAULT_LIMIT;
    }
    // A page asked for by cursor is in cursor mode, the first one too when it resumes a saved
    // cursor: a null next cursor there ends the list, never falls back to offsets.
    return new Page<>(result, sentCursor(c) != null, start, pageSize, this);
  }
}
