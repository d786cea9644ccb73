// Environment: MAITO_API_KEY (optional: without it the sample runs against the embedded emulator),
// MAITO_BASE_URL (optional, default https://api.getmaito.com/v1).
package com.getmaito.samples;

import com.getmaito.client.MaitoClient;
import com.getmaito.client.model.Subscriber;
import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.client.model.SubscriberListParams;
import com.getmaito.client.model.SubscriberUpdateParams;
import java.io.PrintStream;
import java.util.List;
import java.util.UUID;

/** Creates a subscriber with tags, retrieves it, lists with a filter, updates, and deletes it. */
public final class QuickStart {
  private QuickStart() {}

  public static void main(String[] args) {
    SampleRunner.main("QuickStart", c -> run(c.client(), c.out()), emulator -> {});
  }

  static void run(MaitoClient client, PrintStream out) {
    // README:quickstart
    // Given: MaitoClient client, PrintStream out
    String email = "ann+" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    Subscriber ann =
        client
            .subscribers()
            .create(
                SubscriberCreateParams.builder()
                    .email(email)
                    .firstName("Ann")
                    .lastName("Lee")
                    .tags(List.of("vip", "newsletter"))
                    .build());
    out.println("1. Created " + ann.id() + " <" + ann.email() + "> with tags " + ann.tags());

    Subscriber fetched = client.subscribers().retrieve(ann.id());
    out.println("2. Retrieved " + fetched.id() + ": status " + fetched.status());

    SubscriberListParams vips = SubscriberListParams.builder().tag("vip").query(email).build();
    out.println("3. Subscribers tagged vip matching " + email + ":");
    client.subscribers().list(vips).autoPager().stream()
        .limit(10)
        .forEach(s -> out.println("   - " + s.email() + " " + s.tags()));

    Subscriber updated =
        client
            .subscribers()
            .update(
                ann.id(),
                SubscriberUpdateParams.builder().firstName("Annie").lastName(null).build());
    out.println(
        "4. Updated: firstName "
            + updated.firstName()
            + ", lastName cleared: "
            + (updated.lastName() == null));

    client.subscribers().delete(ann.id());
    out.println("5. Deleted " + ann.id());
    // README:end
  }
}
