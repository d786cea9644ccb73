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
import com.getmaito.client.model.RateLimitInfo;
import com.squareup.moshi.JsonReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import okio.Buffer;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/** Turns an error response (any body: envelope, bare JSON, HTML, empty) into the typed tree. */
final class ErrorMapper {
  private static final int EXCERPT_CHARS = 200;
  private static final String REDACTED = "[redacted]";
  private static final Pattern JSON_SECRET = Pattern.compile("(\"apiKey\"\\s*:\\s*\")[^\"]*\"");
  private static final Pattern SECRET_KEY = Pattern.compile("\\b(?:sk|mk)_[A-Za-z0-9_\\-]{8,}");

  private ErrorMapper() {}

  static MaitoApiException fromResponse(
      int status,
      ByteString body,
      @Nullable String requestId,
      @Nullable RateLimitInfo rateLimit,
      @Nullable Duration retryAfter,
      String secret,
      int attempts) {
    String code = null;
    String message = null;
    List<ErrorDetail> details = List.of();
    String excerpt = null;
    Object parsed = parse(body);
    if (parsed instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) parsed;
      Object error = map.get("error");
      Map<?, ?> source = error instanceof Map ? (Map<?, ?>) error : map;
      code = redactOrNull(string(source.get("code")), secret);
      message = string(source.get("message"));
      if (message == null && error instanceof String) {
        message = (String) error;
      }
      details = details(source.get("details"), secret);
    } else {
      excerpt = excerpt(body, secret);
    }
    message = redactOrNull(message, secret);
    return create(
        new ErrorResponse(
            status, code, message, requestId, details, rateLimit, retryAfter, excerpt),
        attempts);
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

  private static List<ErrorDetail> details(@Nullable Object value, String secret) {
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
                redactOrNull(string(m.get("field")), secret),
                message == null ? "invalid" : redact(message, secret)));
      }
    }
    return out;
  }

  private static @Nullable String string(@Nullable Object o) {
    return o instanceof String ? (String) o : null;
  }

  /**
   * A short, single-line, printable excerpt of a body, with secrets redacted. Redaction comes
   * before shortening, so a secret cut by the length limit cannot leak its first characters.
   */
  static String excerpt(ByteString body, String secret) {
    String text = redact(body.string(StandardCharsets.UTF_8), secret);
    StringBuilder b = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < text.length() && b.length() < EXCERPT_CHARS; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c);
    }
    String out = b.toString();
    if (out.length() >= EXCERPT_CHARS) {
      out = out + "...";
    }
    return out;
  }

  /**
   * Removes the client's key, the value of any JSON {@code "apiKey"} field (the secret of a created
   * key) and anything shaped like a secret key ({@code sk_...}, {@code mk_...}).
   */
  static String redact(String text, String secret) {
    String out = secret.isEmpty() ? text : text.replace(secret, REDACTED);
    out = JSON_SECRET.matcher(out).replaceAll("$1" + REDACTED + "\"");
    return SECRET_KEY.matcher(out).replaceAll(REDACTED);
  }

  private static @Nullable String redactOrNull(@Nullable String text, String secret) {
    return text == null ? null : redact(text, secret);
  }
}
