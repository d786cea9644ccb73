package com.getmaito.client;

import com.getmaito.client.errors.MaitoException;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP attempt, as a {@link RequestListener} is told of it.
 *
 * @param method the HTTP method, like {@code GET}
 * @param route the route template, like {@code /newsletter/subscribers/{id}}: never a raw id, so it
 *     suits a metric tag
 * @param attempt which attempt of the call this was, from 1
 * @param statusCode the response's HTTP status, or 0 when none arrived (a network failure)
 * @param requestId the server's {@code X-Request-Id}, or null when it sent none
 * @param failure what the attempt failed with (an API error, a network failure or an unreadable
 *     response), or null when it succeeded
 * @param startedAt when the attempt was sent, on the client's clock
 * @param duration from sending the request to reading the response or failing
 * @param limiterWait how long the client-side rate limiter held the attempt before it was sent;
 *     zero without a limiter
 */
public record RequestEvent(
    String method,
    String route,
    int attempt,
    int statusCode,
    @Nullable String requestId,
    @Nullable MaitoException failure,
    Instant startedAt,
    Duration duration,
    Duration limiterWait) {

  /** {@return whether the attempt succeeded: a 2xx that the client could read} */
  public boolean succeeded() {
    return failure == null;
  }
}
