package com.getmaito.client.redis;

import com.getmaito.client.MaitoClient;
import com.getmaito.client.model.SubscriberCreateParams;
import java.time.Duration;

/**
 * Run by {@link RedisOptionalTest} in a class loader that cannot see Lettuce: the SDK's ordinary
 * use, and what a user who asks for a Redis budget without Lettuce is told.
 */
public final class NoLettuceProbe {
  private NoLettuceProbe() {}

  /** Creates a subscriber, then tries a Redis budget; returns what happened, one line each. */
  public static String run(String baseUrl, String key) {
    StringBuilder out = new StringBuilder();
    try (MaitoClient client =
        MaitoClient.builder()
            .apiKey(key)
            .baseUrl(baseUrl)
            .rateLimit(100, Duration.ofSeconds(1))
            .build()) {
      client
          .subscribers()
          .create(SubscriberCreateParams.builder().email("no@redis.example").build());
      out.append("created\n");
    }
    try {
      RedisRateBudget.builder()
          .uri("redis://127.0.0.1:1")
          .name("maito:none")
          .limit(1, Duration.ofSeconds(1))
          .build();
      out.append("built a Redis budget without Lettuce\n");
    } catch (IllegalStateException e) {
      out.append(e.getMessage()).append('\n');
    }
    return out.toString();
  }
}
