package com.getmaito.client;

import com.getmaito.client.model.RateLimitInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A call's result with the HTTP response it came from: status, headers, request id and rate-limit
 * headers beside the parsed value. Every service offers its calls this way through {@code
 * withRawResponse()}.
 *
 * <pre>{@code
 * RawResponse<Subscriber> r = client.subscribers().withRawResponse().retrieve(id);
 * log.info("{} {} remaining {}", r.statusCode(), r.requestId(), r.rateLimit());
 * Subscriber s = r.value();
 * }</pre>
 *
 * <p>The response is the last one the call read: after retries, the one that answered. A delete
 * whose retry found the resource already gone (see {@link SubscriberService#delete(String)}) has
 * that 404's status and headers beside the result. Errors are thrown as by the plain call.
 *
 * @param statusCode the HTTP status
 * @param headers every response header, names lower-cased, the values of a repeated header in the
 *     order sent; unmodifiable
 * @param requestId the server's {@code X-Request-Id}, or null when it sent none
 * @param rateLimit the rate-limit headers, or null when the response had none
 * @param value the parsed result, as the plain call returns it
 * @param <T> the type of the parsed result
 */
public record RawResponse<T>(
    int statusCode,
    Map<String, List<String>> headers,
    @Nullable String requestId,
    @Nullable RateLimitInfo rateLimit,
    T value) {

  /**
   * Copies the headers into an unmodifiable map with lower-cased names.
   *
   * @param statusCode the HTTP status
   * @param headers the response headers (names in any case)
   * @param requestId the server's {@code X-Request-Id}, or null
   * @param rateLimit the rate-limit headers, or null
   * @param value the parsed result
   */
  public RawResponse {
    Objects.requireNonNull(headers, "headers == null");
    Objects.requireNonNull(value, "value == null");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> h : headers.entrySet()) {
      copy.computeIfAbsent(h.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .addAll(h.getValue());
    }
    copy.replaceAll((name, values) -> List.copyOf(values));
    headers = Collections.unmodifiableMap(copy);
  }

  /**
   * The first value of a header, its name matched ignoring case.
   *
   * @param name the header name, in any case
   * @return the first value sent, or null when the response has no such header
   */
  public @Nullable String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The same response with another value (a page built from the list the body held). */
  <U> RawResponse<U> withValue(U newValue) {
    return new RawResponse<>(statusCode, headers, requestId, rateLimit, newValue);
  }
}
