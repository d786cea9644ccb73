package com.getmaito.client.internal;

import com.getmaito.client.RequestEvent;
import com.getmaito.client.RequestListener;
import com.getmaito.client.errors.MaitoException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Tells the client's {@link RequestListener} of each attempt. Without a listener, {@link #start}
 * returns null and nothing is measured.
 */
final class RequestEvents {
  private final @Nullable RequestListener listener;
  private final Clock clock;

  RequestEvents(ClientConfig config) {
    this.listener = config.requestListener();
    this.clock = config.clock();
  }

  /** One attempt being measured. */
  static final class Attempt {
    private final String method;
    private final String route;
    private final int number;
    private final Duration limiterWait;
    private final Instant startedAt;
    private final long startNanos = System.nanoTime();
    private volatile int status;
    private volatile @Nullable String requestId;

    private Attempt(Exchange<?> x, int number, Duration limiterWait, Instant startedAt) {
      this.method = x.request().method();
      this.route = Routes.template(method, x.call().path());
      this.number = number;
      this.limiterWait = limiterWait;
      this.startedAt = startedAt;
    }

    /** Notes the response's status and request id, before its body is read. */
    void response(Response response) {
      status = response.code();
      requestId = response.header("X-Request-Id");
    }
  }

  /** The attempt about to be sent, or null when no listener is set. */
  @Nullable Attempt start(Exchange<?> x, int attempt, Duration limiterWait) {
    return listener == null ? null : new Attempt(x, attempt, limiterWait, clock.instant());
  }

  /** Reports the attempt's end; {@code failure} null for a success. Never throws. */
  void end(@Nullable Attempt a, @Nullable MaitoException failure) {
    if (a == null || listener == null) {
      return;
    }
    RequestEvent event =
        new RequestEvent(
            a.method,
            a.route,
            a.number,
            a.status,
            a.requestId,
            failure,
            a.startedAt,
            Duration.ofNanos(System.nanoTime() - a.startNanos),
            a.limiterWait);
    try {
      listener.onRequestEnd(event);
    } catch (RuntimeException e) {
      HttpLog.LOG.warn("A RequestListener failed on {} {}", a.method, a.route, e);
    }
  }
}
