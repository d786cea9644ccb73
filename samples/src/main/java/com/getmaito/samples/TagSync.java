// Environment: MAITO_API_KEY (optional: without it the sample runs against the embedded emulator),
// MAITO_BASE_URL (optional, default https://api.getmaito.com/v1).
package com.getmaito.samples;

import com.getmaito.client.MaitoClient;
import com.getmaito.client.model.Subscriber;
import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.client.model.Tag;
import com.getmaito.client.model.TagCreateParams;
import com.getmaito.client.model.TagListParams;
import com.getmaito.client.model.TagUpdateParams;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Makes a set of tags exist (creates the missing, updates changed descriptions, leaves the rest),
 * tags two subscribers and shows the counts. It syncs twice to show each outcome.
 */
public final class TagSync {
  private TagSync() {}

  public static void main(String[] args) {
    SampleRunner.main("TagSync", c -> run(c.client(), c.out()), emulator -> {});
  }

  static void run(MaitoClient client, PrintStream out) {
    Map<String, String> wanted = new LinkedHashMap<>();
    wanted.put("vip", "Customers on a paid plan");
    wanted.put("newsletter", "Weekly digest");
    wanted.put("beta", "Early access programme");
    out.println("First sync:");
    sync(client, wanted, out);

    wanted.put("newsletter", "Weekly digest, every Monday");
    out.println("Second sync (one description changed):");
    sync(client, wanted, out);

    String run = UUID.randomUUID().toString().substring(0, 8);
    List<Subscriber> tagged = new ArrayList<>();
    tagged.add(
        subscriber(client, "tagsync-a+" + run + "@example.com", List.of("vip", "newsletter")));
    tagged.add(subscriber(client, "tagsync-b+" + run + "@example.com", List.of("newsletter")));
    out.println("Tagged " + tagged.size() + " subscribers. Counts:");
    Map<String, Tag> tags = existingTags(client);
    for (String name : wanted.keySet()) {
      Tag tag = tags.get(name.toLowerCase(Locale.ROOT));
      out.println("   " + name + ": " + tag.subscriberCount() + " subscribers");
    }
    tagged.forEach(s -> client.subscribers().delete(s.id()));
    out.println("Removed the " + tagged.size() + " sample subscribers.");
  }

  /** Creates missing tags, updates changed descriptions and leaves the rest as they are. */
  static void sync(MaitoClient client, Map<String, String> wanted, PrintStream out) {
    // README:tags
    // Given: MaitoClient client, Map<String, String> wanted (name to description), PrintStream out
    Map<String, Tag> existing = new HashMap<>(); // names are unique ignoring case
    for (Tag tag : client.tags().list(TagListParams.builder().limit(500).build()).autoPager()) {
      existing.put(tag.name().toLowerCase(Locale.ROOT), tag);
    }
    for (Map.Entry<String, String> want : wanted.entrySet()) {
      Tag tag = existing.get(want.getKey().toLowerCase(Locale.ROOT));
      if (tag == null) {
        client
            .tags()
            .create(
                TagCreateParams.builder().name(want.getKey()).description(want.getValue()).build());
        out.println("   created   " + want.getKey());
      } else if (!Objects.equals(tag.description(), want.getValue())) {
        client
            .tags()
            .update(tag.id(), TagUpdateParams.builder().description(want.getValue()).build());
        out.println("   updated   " + want.getKey());
      } else {
        out.println("   unchanged " + want.getKey());
      }
    }
    // README:end
  }

  private static Map<String, Tag> existingTags(MaitoClient client) {
    return client.tags().list(TagListParams.builder().limit(500).build()).autoPager().stream()
        .collect(
            Collectors.toMap(
                t -> t.name().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
  }

  private static Subscriber subscriber(MaitoClient client, String email, List<String> tags) {
    return client
        .subscribers()
        .create(SubscriberCreateParams.builder().email(email).tags(tags).build());
  }
}
