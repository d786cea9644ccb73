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

  /**
   * Creates the exception for an error response; the SDK throws these, tests may create them.
   *
   * @param error what the SDK read from the response
   * @param attempts how many HTTP attempts the call made
   */
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

  /** {@return the HTTP status code} */
  public int statusCode() {
    return error.statusCode();
  }

  /**
   * {@return the server's error code, such as {@code NOT_FOUND}} Unknown codes are kept as sent.
   * Null when the body had none (for example an HTML page from a proxy).
   */
  public @Nullable String errorCode() {
    return error.code();
  }

  /** {@return the server's human-readable message, or null when it sent none} */
  public @Nullable String serverMessage() {
    return error.message();
  }

  /** {@return the server's {@code X-Request-Id}, or null when it sent none} Quote it to support. */
  public @Nullable String requestId() {
    return error.requestId();
  }

  /** {@return the field-level problems (for validation errors); empty when none were sent} */
  public List<ErrorDetail> details() {
    return error.details();
  }

  /** {@return the rate-limit headers of the failed response, or null when it had none} */
  public @Nullable RateLimitInfo rateLimit() {
    return error.rateLimit();
  }

  /** {@return the server's {@code Retry-After}, or null when it sent none} */
  public @Nullable Duration retryAfterHeader() {
    return error.retryAfter();
  }

  /** {@return a short, sanitized excerpt of a body that was not a JSON error envelope, or null} */
  public @Nullable String bodyExcerpt() {
    return error.bodyExcerpt();
  }

  /** {@return everything the SDK read from the error response} */
  public ErrorResponse error() {
    return error;
  }
}
