package com.getmaito.client.internal;

import com.squareup.moshi.Types;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One API call, described once and executed by {@link HttpPipeline} sync or async.
 *
 * @param method HTTP method
 * @param path path segments under the base URL, unencoded (ids are encoded when the URL is built)
 * @param query query parameters
 * @param body the JSON body, or null
 * @param dataType the type of the envelope's {@code data}
 * @param mapper turns the decoded body into the call's result
 * @param ifGone for a delete: the result when a retry finds the resource gone (404) after an
 *     earlier attempt that may have deleted it; null when a 404 is always an error
 * @param onResponse told the status and headers of every response the call reads, the last one
 *     being the answer (see {@link #observed}); null for the usual call, which reads no more
 */
public record ApiCall<T>(
    String method,
    List<String> path,
    Map<String, String> query,
    @Nullable JsonBody body,
    Type dataType,
    Function<Decoded<Object>, T> mapper,
    @Nullable Supplier<T> ifGone,
    @Nullable Consumer<ResponseHead> onResponse) {

  public ApiCall {
    Objects.requireNonNull(method, "method == null");
    path = List.copyOf(path);
    // Keep the caller's order: Map.copyOf iterates in a per-JVM random order, which made the
    // query string differ from run to run.
    query = query.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(query));
  }

  /** A call whose 404 is always an error. */
  public ApiCall(
      String method,
      List<String> path,
      Map<String, String> query,
      @Nullable JsonBody body,
      Type dataType,
      Function<Decoded<Object>, T> mapper) {
    this(method, path, query, body, dataType, mapper, null, null);
  }

  /** A call with its answer to a 404 after a retry (see {@link #ifGone(Supplier)}). */
  public ApiCall(
      String method,
      List<String> path,
      Map<String, String> query,
      @Nullable JsonBody body,
      Type dataType,
      Function<Decoded<Object>, T> mapper,
      @Nullable Supplier<T> ifGone) {
    this(method, path, query, body, dataType, mapper, ifGone, null);
  }

  /**
   * This call, answering {@code result} when a retry gets 404 after an earlier attempt that may
   * have done the work (a delete whose response was lost): the caller's intent holds.
   */
  public ApiCall<T> ifGone(Supplier<T> result) {
    return new ApiCall<>(method, path, query, body, dataType, mapper, result, onResponse);
  }

  /**
   * This call, telling {@code sink} the status and headers of each response it reads (an error
   * response of an attempt that is retried too): after the call returns, the last one told is the
   * response its result came from.
   */
  public ApiCall<T> observed(Consumer<ResponseHead> sink) {
    Objects.requireNonNull(sink, "sink == null");
    return new ApiCall<>(method, path, query, body, dataType, mapper, ifGone, sink);
  }

  /** The type {@code List<element>}, for a call whose {@code data} is a list. */
  public static Type listOf(Class<?> element) {
    return Types.newParameterizedType(List.class, element);
  }

  /** A call whose result is the decoded {@code data} itself. */
  @SuppressWarnings("unchecked")
  public static <T> ApiCall<T> of(
      String method,
      List<String> path,
      Map<String, String> query,
      @Nullable JsonBody body,
      Class<T> dataType) {
    return new ApiCall<>(method, path, query, body, dataType, d -> (T) d.data());
  }

  /**
   * A path segment that is a resource id: non-blank, and not {@code .} or {@code ..}, which URL
   * building resolves as dot segments (they would address the collection or its parent).
   */
  public static String id(@Nullable String id, String what) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException(
          what + " must not be blank (was " + (id == null ? "null" : "\"" + id + "\"") + ")");
    }
    if (id.equals(".") || id.equals("..")) {
      throw new IllegalArgumentException(what + " must not be a dot segment (was \"" + id + "\")");
    }
    return id;
  }
}
