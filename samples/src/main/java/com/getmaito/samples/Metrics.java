// Environment: MAITO_API_KEY (optional: without it the sample runs against the embedded emulator,
// which injects one 503 to show a retried call), MAITO_BASE_URL (optional).
package com.getmaito.samples;

import com.getmaito.client.MaitoClient;
import com.getmaito.client.RequestEvent;
import com.getmaito.client.RequestListener;
import com.getmaito.client.errors.NotFoundException;
import com.getmaito.client.model.Subscriber;
import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.client.model.SubscriberListParams;
import com.getmaito.emulator.MaitoEmulator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Micrometer timers for every HTTP attempt, through the client's {@link RequestListener}: one
 * {@code maito.client.requests} timer per method, route template and status, and the time the
 * client-side rate limiter held calls back. The SDK does not depend on Micrometer; this listener is
 * all the wiring there is (OpenTelemetry would be wired the same way).
 */
public final class Metrics {
  private Metrics() {}

  public static void main(String[] args) {
    SampleRunner.main("Metrics", Metrics::run, emulator -> {});
  }

  static void run(SampleRunner.Context context) {
    run(context, new SimpleMeterRegistry());
  }

  static void run(SampleRunner.Context context, MeterRegistry registry) {
    PrintStream out = context.out();
    MaitoEmulator emulator = context.emulator().orElse(null);
    if (emulator != null) {
      emulator.faults().nextStatus(1, 503);
      out.println("The emulator will answer the first call with a 503: its retry is timed too.");
    }
    try (MaitoClient client =
        context.clientBuilder().requestListener(new MicrometerListener(registry)).build()) {
      String email = "metrics+" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
      Subscriber s =
          client.subscribers().create(SubscriberCreateParams.builder().email(email).build());
      client.subscribers().retrieve(s.id());
      client.subscribers().list(SubscriberListParams.builder().limit(10).build());
      try {
        client.subscribers().retrieve("sub_does_not_exist");
      } catch (NotFoundException expected) {
        // Timed with status 404 like any other answer.
      }
      client.subscribers().delete(s.id());
    }
    out.println("Timers recorded (maito.client.requests):");
    registry.find(MicrometerListener.REQUESTS).timers().stream()
        .sorted(Comparator.comparing(t -> t.getId().getTag("uri") + t.getId().getTag("status")))
        .forEach(
            t ->
                out.printf(
                    "   %-6s %-30s %-4s count %d, max %.1f ms%n",
                    t.getId().getTag("method"),
                    t.getId().getTag("uri"),
                    t.getId().getTag("status"),
                    t.count(),
                    t.max(TimeUnit.MILLISECONDS)));
  }

  // README:metrics
  /** Records every attempt the client makes in Micrometer timers. */
  static final class MicrometerListener implements RequestListener {
    static final String REQUESTS = "maito.client.requests";
    static final String LIMITER_WAIT = "maito.client.limiter.wait";

    private final MeterRegistry registry;

    MicrometerListener(MeterRegistry registry) {
      this.registry = registry;
    }

    @Override
    public void onRequestEnd(RequestEvent e) {
      Timer.builder(REQUESTS)
          .description("HTTP attempts made by the Maito client")
          .tag("method", e.method())
          .tag("uri", e.route()) // a template such as /newsletter/subscribers/{id}: bounded
          .tag("status", e.statusCode() == 0 ? "IO_ERROR" : String.valueOf(e.statusCode()))
          .tag("outcome", e.succeeded() ? "SUCCESS" : "FAILURE")
          .tag("attempt", e.attempt() == 1 ? "first" : "retry")
          .register(registry)
          .record(e.duration());
      if (!e.limiterWait().isZero()) {
        Timer.builder(LIMITER_WAIT).register(registry).record(e.limiterWait());
      }
    }
  }
  // README:end
}
