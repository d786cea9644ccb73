// Environment: MAITO_API_KEY (optional: without it the sample runs against the embedded emulator,
// which injects 429s and 503s), MAITO_BASE_URL (optional).
package com.getmaito.samples;

import com.getmaito.client.MaitoClient;
import com.getmaito.client.model.Subscriber;
import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.emulator.MaitoEmulator;
import java.io.PrintStream;
import java.time.Duration;
import java.util.UUID;

/** Calls that succeed through 429s and 503s, printing each retry as the client reports it. */
public final class Resilience {
  private Resilience() {}

  public static void main(String[] args) {
    SampleRunner.main("Resilience", Resilience::run, emulator -> {});
  }

  static void run(SampleRunner.Context context) {
    PrintStream out = context.out();
    MaitoEmulator emulator = context.emulator().orElse(null);
    if (emulator != null) {
      emulator.faults().nextRateLimited(1, Duration.ofSeconds(1)).nextStatus(2, 503);
      out.println("The emulator will answer 429 (Retry-After: 1) once, then 503 twice.");
    } else {
      out.println("Real API: no faults injected; retries appear only if the server asks for them.");
    }
    retries(context.client(), out);
  }

  static void retries(MaitoClient client, PrintStream out) {
    // README:retries
    // Given: MaitoClient client, PrintStream out
    // A client with other settings, sharing the first one's connections:
    try (MaitoClient patient =
        client
            .newBuilder()
            .maxRetries(4)
            .maxRetryWait(Duration.ofSeconds(30))
            .retryListener(
                e ->
                    out.println(
                        "   retry after attempt "
                            + e.attempt()
                            + " ("
                            + e.cause().getClass().getSimpleName()
                            + "), waiting "
                            + e.delay().toMillis()
                            + " ms"))
            .build()) {
      String email = "resilient+" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
      Subscriber s =
          patient.subscribers().create(SubscriberCreateParams.builder().email(email).build());
      out.println(
          "Created " + s.id() + " despite the faults (one Idempotency-Key for every attempt)");
      patient.subscribers().delete(s.id());
      out.println("Deleted " + s.id());
    }
    // README:end
  }
}
