package com.getmaito.client.errors;

import com.getmaito.client.model.RateLimitInfo;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The server answered with an error status. Subclasses name the status family; catch this type to
 * handle any of them. The message carries the status, the error code, the server's message and the
 * request id, never the API key.
 */
public class MaitoApiException extends MaitoException {
  private final ErrorResponse error;

  public MaitoApiException(ErrorResponse error, int attempts) {
    super(describe(error) + attemptsSuffix(attempts), null, attempts);
    this.error = Objects.requireNonNull(error, "error == null");
  }

  private static String describe(ErrorResponse e) {
    StringBuilder b = new StringBuilder().append(e.statusCode());
    if (e.code() != null) {
      b.append(' ').append(e.code());
    }
    b.append(": ").append(e.message() != null ? e.message() : "HTTP " + e.statusCode());
    if (!e.details().isEmpty()) {
      b.append(" [");
      for (int i = 0; i < e.details().size(); i++) {
        ErrorDetail d = e.details().get(i);
        if (i > 0) {
          b.append("; ");
        }
        b.append(d.field() != null ? d.field() + ": " : "").append(d.message());
      }
      b.append(']');
    }
    if (e.requestId() != null) {
      b.append(" (request ").append(e.requestId()).append(')');
    }
    if (e.message() == null && e.bodyExcerpt() != null && !e.bodyExcerpt().isEmpty()) {
      b.append(": ").append(e.bodyExcerpt());
    }
    return b.toString();
  }

  /** The HTTP status code. */
  public int statusCode() {
    return error.statusCode();
  }

  /**
   * The server's error code, such as {@code NOT_FOUND}; unknown codes are kept as sent. Null when
   * the body had none (for example an HTML page from a proxy).
   */
  public @Nullable String errorCode() {
    return error.code();
  }

  /** The server's human-readable message, when it sent one. */
  public @Nullable String serverMessage() {
    return error.message();
  }

  /** The server's {@code X-Request-Id}; quote it to support. */
  public @Nullable String requestId() {
    return error.requestId();
  }

  /** Field-level problems (for validation errors); empty when none were sent. */
  public List<ErrorDetail> details() {
    return error.details();
  }

  /** The rate-limit headers of the failed response, when it had them. */
  public @Nullable RateLimitInfo rateLimit() {
    return error.rateLimit();
  }

  /** The server's {@code Retry-After}, when it sent one. */
  public @Nullable Duration retryAfterHeader() {
    return error.retryAfter();
  }

  /** A short, sanitized excerpt of a body that was not a JSON error envelope. */
  public @Nullable String bodyExcerpt() {
    return error.bodyExcerpt();
  }

  /** Everything the SDK read from the error response. */
  public ErrorResponse error() {
    return error;
  }
}
