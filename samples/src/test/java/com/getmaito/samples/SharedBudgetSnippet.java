package com.getmaito.samples;

import com.getmaito.client.MaitoClient;
import com.getmaito.client.redis.RedisRateBudget;
import java.time.Duration;

/**
 * The README's shared-budget snippet, compiled with the public API only. It is not run here: it
 * needs a Redis and {@code io.lettuce:lettuce-core}, which the client's own tests ({@code
 * RedisRateBudgetTest}, {@code SharedBudgetFlowTest}) provide.
 */
final class SharedBudgetSnippet {
  private SharedBudgetSnippet() {}

  static void run() {
    // README:shared-budget
    // Given: (nothing: MAITO_API_KEY is set, and a Redis runs at cache.internal)
    RedisRateBudget budget =
        RedisRateBudget.builder()
            .uri("redis://cache.internal:6379") // or rediss://user:password@host:6380/0
            .name("maito:prod-key") // the Redis key: one name per API key
            .limit(120, Duration.ofMinutes(1)) // the key's budget, for all processes together
            .processes(4) // how many may run at once: each one's share when Redis is down
            .build();
    MaitoClient client = MaitoClient.builder().fromEnv().rateBudget(budget).build();
    // ... close the client, then the budget (the client never closes it)
    // README:end
    client.close();
    budget.close();
  }
}
