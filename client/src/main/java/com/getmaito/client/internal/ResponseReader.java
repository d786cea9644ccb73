package com.getmaito.client.internal;

import com.getmaito.client.errors.MaitoApiException;
import com.getmaito.client.errors.MaitoInvalidResponseException;
import com.getmaito.client.errors.MaitoIoException;
import com.getmaito.client.model.RateLimitInfo;
import com.squareup.moshi.JsonEncodingException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import okhttp3.Headers;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;
import okio.Okio;
import org.jspecify.annotations.Nullable;

/**
 * Reads one response: reports its rate-limit headers, reads the body (at most {@code
 * maxResponseBytes}), and turns it into the call's result or the matching exception.
 */
final class ResponseReader {
  private final ClientConfig config;
  private final Redactor redactor;
  private final ErrorMapper errors;
  private final EnvelopeDecoder envelopes;
  private final HttpLog log;
  private final Consumer<RateLimitInfo> rateLimits;

  ResponseReader(
      ClientConfig config, Redactor redactor, HttpLog log, Consumer<RateLimitInfo> rateLimits) {
    this.config = config;
    this.redactor = redactor;
    this.errors = new ErrorMapper(redactor);
    this.envelopes = new EnvelopeDecoder();
    this.log = log;
    this.rateLimits = rateLimits;
  }

  /** The call's result, or the exception for an error status or an unreadable body. */
  <T> T read(Exchange<T> x, Response response, int attempt, long startNanos) {
    Headers headers = response.headers();
    RateLimitInfo rateLimit = HeaderValues.rateLimit(headers, config.clock());
    if (rateLimit != null) {
      rateLimits.accept(rateLimit);
    }
    String requestId = headers.get("X-Request-Id");
    log.response(response, startNanos, requestId);
    Consumer<ResponseHead> observer = x.call().onResponse();
    if (observer != null) {
      observer.accept(new ResponseHead(response.code(), headers(headers), requestId, rateLimit));
    }
    if (response.isSuccessful()) {
      return readSuccess(x, response, rateLimit, attempt);
    }
    Buffer body;
    try {
      body = body(x, response, attempt);
    } catch (IOException e) {
      throw networkFailure(x, e, attempt);
    }
    try {
      Received r = received(response, rateLimit, body.readByteString(), attempt);
      if (r.status() >= 400) {
        throw WrongRoute.check(errors.fromResponse(r), x, config.baseUrl());
      }
      throw new MaitoInvalidResponseException(
          "Unexpected HTTP status from " + x.description(),
          r.status(),
          requestId,
          redactor.excerpt(r.body()),
          null,
          attempt);
    } finally {
      body.clear(); // its segments go back to okio's pool
    }
  }

  /**
   * A success response, decoded while it is read off the socket (at most {@code maxResponseBytes}).
   * When the decoder stops early (a failure envelope, a syntax error, data that does not fit), the
   * rest is read up to the cap first, so that what is reported is what reading the whole body would
   * have shown: too large, a broken connection, or then the decoder's verdict.
   */
  private <T> T readSuccess(
      Exchange<T> x, Response response, @Nullable RateLimitInfo rateLimit, int attempt) {
    long max = config.transport().maxResponseBytes();
    ResponseBody responseBody = response.body();
    if (responseBody.contentLength() > max) {
      throw invalid(response, tooLarge(x, max), ByteString.EMPTY, attempt);
    }
    BodySource body = new BodySource(responseBody.source(), max);
    try {
      return decode(x, body, () -> received(response, rateLimit, body.head(), attempt));
    } finally {
      body.release();
    }
  }

  private <T> T decode(Exchange<T> x, BodySource body, Supplier<Received> received) {
    BufferedSource source = Okio.buffer(body);
    Exception problem;
    try {
      return x.call()
          .mapper()
          .apply(
              envelopes.decode(
                  source,
                  x.call().dataType(),
                  fields -> errors.fromEnvelope(received.get(), fields)));
    } catch (IOException | RuntimeException e) {
      problem = e;
    }
    if (body.failure() == null) {
      drain(source);
    }
    if (body.tooLarge()) {
      Received r = received.get();
      throw new MaitoInvalidResponseException(
          tooLarge(x, config.transport().maxResponseBytes()),
          r.status(),
          r.requestId(),
          redactor.excerpt(r.body()),
          null,
          r.attempt());
    }
    if (body.failure() != null) {
      throw networkFailure(x, body.failure(), received.get().attempt());
    }
    if (problem instanceof MaitoApiException) {
      throw (MaitoApiException) problem;
    }
    throw unreadable(x, received.get(), problem);
  }

  /** Reads and drops the rest of a body; a failure is left in its {@link BodySource}. */
  private static void drain(BufferedSource source) {
    try {
      while (!source.exhausted()) {
        source.skip(source.getBuffer().size());
      }
    } catch (IOException e) {
      // kept by the BodySource
    }
  }

  private Received received(
      Response response, @Nullable RateLimitInfo rateLimit, ByteString body, int attempt) {
    Headers headers = response.headers();
    return new Received(
        response.code(),
        headers.get("X-Request-Id"),
        rateLimit,
        retryAfter(headers),
        body,
        attempt);
  }

  /** Every header, names lower-cased, the values of a repeated one in the order sent. */
  private static Map<String, List<String>> headers(Headers headers) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      out.computeIfAbsent(headers.name(i).toLowerCase(Locale.ROOT), k -> new ArrayList<>(1))
          .add(headers.value(i));
    }
    return out;
  }

  /** A failed attempt's network error, its message redacted. */
  MaitoIoException networkFailure(Exchange<?> x, IOException e, int attempt) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new MaitoIoException(
        x.description() + " failed: " + redactor.redact(reason), e, attempt);
  }

  /**
   * The whole body, or {@link MaitoInvalidResponseException} as soon as it is known to be longer
   * than {@code maxResponseBytes} (by its {@code Content-Length}, or once one byte more has
   * arrived): an endless or huge body is never held in memory.
   */
  private Buffer body(Exchange<?> x, Response response, int attempt) throws IOException {
    long max = config.transport().maxResponseBytes();
    String tooLarge = tooLarge(x, max);
    ResponseBody body = response.body();
    if (body.contentLength() > max) {
      throw invalid(response, tooLarge, ByteString.EMPTY, attempt);
    }
    BufferedSource source = body.source();
    if (source.request(max == Long.MAX_VALUE ? max : max + 1)) {
      long head = Math.min(source.getBuffer().size(), Redactor.EXCERPT_WINDOW_BYTES + 1);
      throw invalid(response, tooLarge, source.getBuffer().snapshot((int) head), attempt);
    }
    Buffer whole = new Buffer();
    source.readAll(whole);
    return whole;
  }

  private MaitoInvalidResponseException invalid(
      Response response, String message, ByteString start, int attempt) {
    return new MaitoInvalidResponseException(
        message,
        response.code(),
        response.header("X-Request-Id"),
        start.size() == 0 ? null : redactor.excerpt(start),
        null,
        attempt);
  }

  private static String tooLarge(Exchange<?> x, long max) {
    return "The response to "
        + x.description()
        + " is larger than the client's maxResponseBytes ("
        + max
        + " bytes)";
  }

  /** A success body the decoder could not read (or the call's mapper could not use). */
  private MaitoInvalidResponseException unreadable(Exchange<?> x, Received r, Exception e) {
    String problem =
        r.body().size() == 0
            ? "empty body"
            : e instanceof JsonEncodingException
                ? "the body is not valid JSON"
                : redactor.redact(String.valueOf(e.getMessage()));
    return new MaitoInvalidResponseException(
        "Could not read the response to " + x.description() + ": " + problem,
        r.status(),
        r.requestId(),
        redactor.excerpt(r.body()),
        sanitizedCause(e, problem),
        r.attempt());
  }

  /**
   * The decoder's exception quotes the value it could not read, which may be anything the server
   * echoed: keep its stack trace under the redacted message instead.
   */
  private static IOException sanitizedCause(Exception e, String redactedProblem) {
    IOException safe = new IOException(redactedProblem);
    safe.setStackTrace(e.getStackTrace());
    return safe;
  }

  /** {@code Retry-After}, also where {@link NoSilentRetryInterceptor} moved it on a 503. */
  private @Nullable Duration retryAfter(Headers headers) {
    String value = headers.get("Retry-After");
    if (value == null) {
      value = headers.get(NoSilentRetryInterceptor.RETRY_AFTER_503);
    }
    return HeaderValues.retryAfter(value, config.clock());
  }
}
