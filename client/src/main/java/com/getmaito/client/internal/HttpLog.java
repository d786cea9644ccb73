package com.getmaito.client.internal;

import com.getmaito.client.LogLevel;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Request logging through SLF4J at DEBUG ({@link LogLevel#BASIC}: one line per request and
 * response; {@link LogLevel#HEADERS}: the headers too, credentials and cookies redacted) and
 * retries at INFO. Messages come redacted from the exceptions; headers are redacted here.
 */
final class HttpLog {
  static final Logger LOG = LoggerFactory.getLogger("com.getmaito.client");

  private final LogLevel level;

  HttpLog(LogLevel level) {
    this.level = level;
  }

  private boolean enabled() {
    return level != LogLevel.NONE && LOG.isDebugEnabled();
  }

  void request(Request request, int attempt) {
    if (!enabled()) {
      return;
    }
    LOG.debug("--> {} {} (attempt {})", request.method(), request.url(), attempt);
    if (level == LogLevel.HEADERS) {
      LOG.debug("    {}", redactedHeaders(request.headers()));
    }
  }

  void response(Response response, long startNanos, @Nullable String requestId) {
    if (!enabled()) {
      return;
    }
    Request request = response.request();
    LOG.debug(
        "<-- {} {} {} ({} ms, request {})",
        response.code(),
        request.method(),
        request.url(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos),
        requestId);
    if (level == LogLevel.HEADERS) {
      LOG.debug("    {}", redactedHeaders(response.headers()));
    }
  }

  void retry(Exchange<?> x, int attempt, long delayMillis, Throwable cause) {
    LOG.info(
        "Retrying {} in {} ms after attempt {} of {} failed: {}",
        x.description(),
        delayMillis,
        attempt,
        x.maxRetries() + 1,
        cause.getMessage());
  }

  static String redactedHeaders(Headers headers) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      boolean secret =
          name.equalsIgnoreCase("Authorization")
              || name.equalsIgnoreCase("Proxy-Authorization")
              || name.equalsIgnoreCase("X-API-Key")
              || name.equalsIgnoreCase("Cookie")
              || name.equalsIgnoreCase("Set-Cookie");
      b.append(i == 0 ? "" : ", ")
          .append(name)
          .append(": ")
          .append(secret ? Redactor.REDACTED : headers.value(i));
    }
    return b.toString();
  }
}
