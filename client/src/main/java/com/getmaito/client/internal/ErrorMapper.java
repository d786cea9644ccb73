package com.getmaito.client.internal;

import com.getmaito.client.errors.AuthenticationException;
import com.getmaito.client.errors.ConflictException;
import com.getmaito.client.errors.ErrorDetail;
import com.getmaito.client.errors.ErrorResponse;
import com.getmaito.client.errors.IdempotencyKeyReusedException;
import com.getmaito.client.errors.MaitoApiException;
import com.getmaito.client.errors.NotFoundException;
import com.getmaito.client.errors.PayloadTooLargeException;
import com.getmaito.client.errors.PermissionDeniedException;
import com.getmaito.client.errors.RateLimitException;
import com.getmaito.client.errors.ServerException;
import com.getmaito.client.errors.ValidationException;
import com.squareup.moshi.JsonReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/** Turns an error response (any body: envelope, bare JSON, HTML, empty) into the typed tree. */
final class ErrorMapper {
  private final Redactor redactor;

  ErrorMapper(Redactor redactor) {
    this.redactor = redactor;
  }

  /** The typed exception for an error response, or a failure envelope on a success status. */
  MaitoApiException fromResponse(Received r) {
    return from(r, parse(r.body()));
  }

  /**
   * The typed exception for a failure envelope on a success status, from the envelope's top-level
   * fields that say what failed ({@code error}, {@code code}, {@code message}, {@code details}),
   * read while the body was decoded; null when the body is not JSON after all (mapped by its
   * status, with an excerpt, as {@link #fromResponse} maps it).
   */
  MaitoApiException fromEnvelope(Received r, @Nullable Map<String, @Nullable Object> fields) {
    return from(r, fields);
  }

  private MaitoApiException from(Received r, @Nullable Object parsed) {
    String code = null;
    String message = null;
    List<ErrorDetail> details = List.of();
    String excerpt = null;
    if (parsed instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) parsed;
      Object error = map.get("error");
      Map<?, ?> source = error instanceof Map ? (Map<?, ?>) error : map;
      code = redactor.redactOrNull(string(source.get("code")));
      message = string(source.get("message"));
      if (message == null && error instanceof String) {
        message = (String) error;
      }
      details = details(source.get("details"));
    } else {
      excerpt = redactor.excerpt(r.body());
    }
    message = redactor.redactOrNull(message);
    return create(
        new ErrorResponse(
            r.status(),
            code,
            message,
            r.requestId(),
            details,
            r.rateLimit(),
            r.retryAfter(),
            excerpt),
        r.attempt());
  }

  /** Maps by status; a failure envelope on a 2xx (no telling status) maps by its code. */
  static MaitoApiException create(ErrorResponse error, int attempts) {
    int status = error.statusCode();
    String code = error.code() == null ? "" : error.code();
    if (status < 400) {
      status = statusOf(code);
    }
    if (status == 422 && "IDEMPOTENCY_KEY_REUSED".equals(code)) {
      return new IdempotencyKeyReusedException(error, attempts);
    }
    switch (status) {
      case 400:
      case 422:
        return new ValidationException(error, attempts);
      case 401:
        return new AuthenticationException(error, attempts);
      case 403:
        return new PermissionDeniedException(error, attempts);
      case 404:
        return new NotFoundException(error, attempts);
      case 409:
        return new ConflictException(error, attempts);
      case 413:
        return new PayloadTooLargeException(error, attempts);
      case 429:
        return new RateLimitException(error, attempts);
      default:
        return status >= 500
            ? new ServerException(error, attempts)
            : new MaitoApiException(error, attempts);
    }
  }

  private static int statusOf(String code) {
    switch (code) {
      case "VALIDATION_FAILED":
        return 400;
      case "UNAUTHORIZED":
        return 401;
      case "FORBIDDEN":
        return 403;
      case "NOT_FOUND":
        return 404;
      case "CONFLICT":
        return 409;
      case "PAYLOAD_TOO_LARGE":
        return 413;
      case "IDEMPOTENCY_KEY_REUSED":
        return 422;
      case "RATE_LIMITED":
        return 429;
      case "INTERNAL":
      case "UNAVAILABLE":
        return 500;
      default:
        return 0;
    }
  }

  private static @Nullable Object parse(ByteString body) {
    if (body.size() == 0) {
      return null;
    }
    try {
      JsonReader reader = JsonReader.of(new Buffer().write(body));
      Object value = Json.readValue(reader);
      return reader.peek() == JsonReader.Token.END_DOCUMENT ? value : null;
    } catch (Exception notJson) {
      return null;
    }
  }

  private List<ErrorDetail> details(@Nullable Object value) {
    if (!(value instanceof List)) {
      return List.of();
    }
    List<ErrorDetail> out = new ArrayList<>();
    for (Object o : (List<?>) value) {
      if (o instanceof Map) {
        Map<?, ?> m = (Map<?, ?>) o;
        String message = string(m.get("message"));
        if (message == null) {
          message = string(m.get("reason"));
        }
        out.add(
            new ErrorDetail(
                redactor.redactOrNull(string(m.get("field"))),
                message == null ? "invalid" : redactor.redact(message)));
      }
    }
    return out;
  }

  private static @Nullable String string(@Nullable Object o) {
    return o instanceof String ? (String) o : null;
  }
}
