package com.getmaito.client.internal;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One API call, described once and executed by {@link HttpPipeline} sync or async.
 *
 * @param method HTTP method
 * @param path path segments under the base URL, unencoded (ids are encoded when the URL is built)
 * @param query query parameters
 * @param body JSON object body, or null
 * @param dataType the type of the envelope's {@code data}
 * @param mapper turns the decoded body into the call's result
 */
public record ApiCall<T>(
    String method,
    List<String> path,
    Map<String, String> query,
    @Nullable Map<String, @Nullable Object> body,
    Type dataType,
    Function<Decoded<Object>, T> mapper) {

  public ApiCall {
    Objects.requireNonNull(method, "method == null");
    path = List.copyOf(path);
    query = Map.copyOf(query);
  }

  /** A call whose result is the decoded {@code data} itself. */
  @SuppressWarnings("unchecked")
  public static <T> ApiCall<T> of(
      String method,
      List<String> path,
      Map<String, String> query,
      @Nullable Map<String, @Nullable Object> body,
      Class<T> dataType) {
    return new ApiCall<>(method, path, query, body, dataType, d -> (T) d.data());
  }

  /** A path segment that is a resource id: non-blank. */
  public static String id(@Nullable String id, String what) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException(
          what + " must not be blank (was " + (id == null ? "null" : "\"" + id + "\"") + ")");
    }
    return id;
  }

  /** "POST /newsletter/subscribers/{id}"-style text for messages and logs (ids shown). */
  public String describe() {
    return method + " /" + String.join("/", path);
  }
}
