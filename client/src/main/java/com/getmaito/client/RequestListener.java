package com.getmaito.client;

/**
 * Told of every HTTP attempt the client makes, for metrics and tracing: wire Micrometer,
 * OpenTelemetry or a log without the SDK depending on any of them. Set with {@link
 * MaitoClient.Builder#requestListener(RequestListener)}.
 *
 * <pre>{@code
 * MaitoClient client = MaitoClient.builder().fromEnv()
 *     .requestListener(e -> Timer.builder("maito.requests")
 *         .tag("route", e.method() + " " + e.route())
 *         .tag("status", String.valueOf(e.statusCode()))
 *         .register(registry)
 *         .record(e.duration()))
 *     .build();
 * }</pre>
 *
 * <p>Called once per attempt, after it ended (so a call retried twice reports three events), on the
 * thread that read the response: the caller's for a sync call, an HTTP dispatcher thread for an
 * async one. Keep it fast and thread-safe. An exception it throws is logged and does not affect the
 * call.
 */
@FunctionalInterface
public interface RequestListener {
  /**
   * Called when an attempt has ended, with a response or a failure.
   *
   * @param event the attempt: route, status or failure, timing
   */
  void onRequestEnd(RequestEvent event);
}
