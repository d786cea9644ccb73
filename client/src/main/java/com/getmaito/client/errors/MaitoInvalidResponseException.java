package com.getmaito.client.errors;

import org.jspecify.annotations.Nullable;

/**
 * The server answered with a success status but a body the SDK could not read (not JSON, truncated,
 * or missing a required field), or with a status that is neither success nor error, such as a
 * redirect (which the client does not follow, so that the key goes nowhere else).
 */
public class MaitoInvalidResponseException extends MaitoException {
  private final int statusCode;
  private final @Nullable String requestId;
  private final @Nullable String bodyExcerpt;

  /**
   * Creates the exception for a response the SDK could not read.
   *
   * @param message what was wrong with the response, without secrets
   * @param statusCode the HTTP status of the response
   * @param requestId the server's {@code X-Request-Id}, or null
   * @param bodyExcerpt a short, sanitized excerpt of the body, or null
   * @param cause the parse failure, or null
   * @param attempts how many HTTP attempts the call made
   */
  public MaitoInvalidResponseException(
      String message,
      int statusCode,
      @Nullable String requestId,
      @Nullable String bodyExcerpt,
      @Nullable Throwable cause,
      int attempts) {
    super(
        message
            + " (HTTP "
            + statusCode
            + (requestId != null ? ", request " + requestId : "")
            + ")"
            + (bodyExcerpt != null && !bodyExcerpt.isEmpty() ? ": " + bodyExcerpt : "")
            + attemptsSuffix(attempts),
        cause,
        attempts);
    this.statusCode = statusCode;
    this.requestId = requestId;
    this.bodyExcerpt = bodyExcerpt;
  }

  /** {@return the HTTP status of the unreadable response} */
  public int statusCode() {
    return statusCode;
  }

  /** {@return the server's {@code X-Request-Id}, or null when it sent none} */
  public @Nullable String requestId() {
    return requestId;
  }

  /** {@return a short, sanitized excerpt of the body, for diagnosis; null when there was none} */
  public @Nullable String bodyExcerpt() {
    return bodyExcerpt;
  }
}
