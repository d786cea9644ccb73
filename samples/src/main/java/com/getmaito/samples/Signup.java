// Environment: MAITO_API_KEY (optional: without it the sample runs against the embedded emulator),
// MAITO_BASE_URL (optional, default https://api.getmaito.com/v1).
package com.getmaito.samples;

import com.getmaito.client.MaitoClient;
import com.getmaito.client.RawResponse;
import com.getmaito.client.model.Subscriber;
import com.getmaito.client.model.SubscriberCreateParams;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A signup service's calls: upsert a signup twice (create, then update on the duplicate), find the
 * subscriber by email, change one custom field keeping the others, and read a raw response.
 */
public final class Signup {
  private Signup() {}

  public static void main(String[] args) {
    SampleRunner.main("Signup", c -> run(c.client(), c.out()), emulator -> {});
  }

  static void run(MaitoClient client, PrintStream out) {
    // README:signup
    // Given: MaitoClient client, PrintStream out
    String email = "signup+" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    SubscriberCreateParams signup =
        SubscriberCreateParams.builder()
            .email(email)
            .firstName("Ann")
            .customFields(Map.of("plan", "free", "seats", 1))
            .build();
    Subscriber ann = client.subscribers().upsert(signup);
    out.println("1. Signed up " + ann.id() + " " + ann.customFields());

    // The same person signs up again: the 409 is answered by updating the fields that were set.
    Subscriber again =
        client.subscribers().upsert(signup.toBuilder().email(email.toUpperCase()).build());
    out.println("2. Signed up again: same subscriber " + again.id().equals(ann.id()));

    Optional<Subscriber> found = client.subscribers().findByEmail(" " + email.toUpperCase());
    out.println("3. Found by email: " + found.map(Subscriber::id).orElse("none"));

    Subscriber upgraded =
        client.subscribers().updateCustomFields(ann.id(), Map.of("plan", "pro"), Set.of());
    out.println("4. Upgraded, other fields kept: " + upgraded.customFields());
    // README:end

    // README:raw
    // Given: MaitoClient client, Subscriber ann, PrintStream out
    RawResponse<Subscriber> raw = client.subscribers().withRawResponse().retrieve(ann.id());
    out.println(
        "5. HTTP "
            + raw.statusCode()
            + ", request id "
            + raw.requestId()
            + ", RateLimit-Remaining "
            + raw.header("RateLimit-Remaining")
            + ": "
            + raw.value().email());
    // README:end

    client.subscribers().delete(ann.id());
    out.println("6. Deleted " + ann.id());
  }
}
