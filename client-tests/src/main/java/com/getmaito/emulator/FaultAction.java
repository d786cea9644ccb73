package com.getmaito.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** One fault to apply to one request. */
final class FaultAction {
  enum Kind {
    /** An error envelope with the given status, before processing. */
    STATUS,
    /** The connection is dropped before processing. */
    DISCONNECT_BEFORE,
    /** The request is applied, then the connection is dropped without a response. */
    DISCONNECT_AFTER,
    /** A raw response (any content type and body), before processing. */
    RAW,
    /** The request is processed normally and answered after a delay. */
    DELAY
  }

  final Kind kind;
  final int status;
  final Duration duration;
  final String contentType;
  final String body;

  private FaultAction(Kind kind, int status, Duration duration, String contentType, String body) {
    this.kind = kind;
    this.status = status;
    this.duration = duration;
    this.contentType = contentType;
    this.body = body;
  }

  /** {@code retryAfter} is used for 429 only. */
  static FaultAction status(int status, Duration retryAfter) {
    return new FaultAction(Kind.STATUS, status, retryAfter, null, null);
  }

  static FaultAction disconnect(boolean afterProcessing) {
    return new FaultAction(
        afterProcessing ? Kind.DISCONNECT_AFTER : Kind.DISCONNECT_BEFORE, 0, null, null, null);
  }

  static FaultAction raw(int status, String contentType, String body) {
    return new FaultAction(Kind.RAW, status, null, contentType, body);
  }

  static FaultAction delay(Duration delay) {
    return new FaultAction(Kind.DELAY, 0, delay, null, null);
  }

  /**
   * The answer of a {@link Kind#STATUS} or {@link Kind#RAW} fault, with {@code headers} (the
   * rate-limit headers of the request's key) first.
   */
  Reply reply(Map<String, String> headers) {
    if (kind == Kind.RAW) {
      return new Reply(status, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
    }
    String code;
    String message;
    if (status == 429) {
      code = "RATE_LIMITED";
      message = "Too many requests (emulated fault).";
    } else if (status == 500) {
      code = "INTERNAL";
      message = "Internal server error (emulated fault).";
    } else if (status >= 500) {
      code = "UNAVAILABLE";
      message = "Service unavailable (emulated fault).";
    } else {
      code = HttpStatuses.codeFor(status);
      message = "Emulated fault.";
    }
    ApiError error = new ApiError(status, code, message);
    if (status == 429) {
      Duration retryAfter = duration != null ? duration : Duration.ofSeconds(1);
      error.header("Retry-After", String.valueOf(Math.max(1, RateBudget.ceilSeconds(retryAfter))));
    }
    return Reply.error(error, headers);
  }
}
