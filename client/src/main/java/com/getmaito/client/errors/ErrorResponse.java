package com.getmaito.client.errors;

import com.getmaito.client.model.RateLimitInfo;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the SDK read from an error response.
 *
 * @param statusCode the HTTP status
 * @param code the server's error code, kept as sent (unknown codes survive)
 * @param message the server's message
 * @param requestId the {@code X-Request-Id} header
 * @param details field-level problems
 * @param rateLimit the rate-limit headers
 * @param retryAfter the {@code Retry-After} header, resolved to a duration
 * @param bodyExcerpt a short, sanitized excerpt of a body that was not a JSON error envelope
 */
public record ErrorResponse(
    int statusCode,
    @Nullable String code,
    @Nullable String message,
    @Nullable String requestId,
    List<ErrorDetail> details,
    @Nullable RateLimitInfo rateLimit,
    @Nullable Duration retryAfter,
    @Nullable String bodyExcerpt) {
  /**
   * Copies {@code details}, which must not be null.
   *
   * @param statusCode the HTTP status
   * @param code the server's error code, kept as sent (unknown codes survive)
   * @param message the server's message
   * @param requestId the {@code X-Request-Id} header
   * @param details field-level problems
   * @param rateLimit the rate-limit headers
   * @param retryAfter the {@code Retry-After} header, resolved to a duration
   * @param bodyExcerpt a short, sanitized excerpt of a body that was not a JSON error envelope
   */
  public ErrorResponse {
    details = List.copyOf(details);
  }
}
