package com.getmaito.client;

import com.getmaito.client.model.RateLimitInfo;
import java.time.Duration;

/**
 * Where a client's calls get their send slots: the key's request rate, spent by every thread, the
 * async API and the importer of the clients it is given to. The default, {@link
 * MaitoClient.Builder#rateLimit(int, java.time.Duration)}, is a budget of one process; {@link
 * com.getmaito.client.redis.RedisRateBudget} is one budget shared by every process and machine that
 * names the same Redis and budget name.
 *
 * <pre>{@code
 * RateBudget budget = RedisRateBudget.builder()
 *     .uri("redis://cache.internal:6379")
 *     .name("maito:prod-key")
 *     .limit(120, Duration.ofMinutes(1))
 *     .processes(4)
 *     .build();
 * MaitoClient client = MaitoClient.builder().fromEnv().rateBudget(budget).build();
 * }</pre>
 *
 * <p>Implementations are thread-safe, and {@link #reserve()} never blocks longer than the
 * implementation's own short timeouts: the client does the waiting. The client never closes a
 * budget; whoever built it closes it, after the clients that use it.
 */
public interface RateBudget {
  /**
   * Reserves the next send slot for one request.
   *
   * @return how long the caller waits before sending; zero to send now
   */
  Duration reserve();

  /**
   * Told the rate-limit headers of every response that carries them, error responses included, so
   * the budget can follow a lower server limit and pause when the server reports the window spent.
   *
   * @param info the response's {@code RateLimit-*} headers
   */
  void onResponse(RateLimitInfo info);

  /**
   * Told when the server answered 429 with a {@code Retry-After}, before the client waits it out.
   * The default does nothing (the call that got the 429 waits by itself); a shared budget makes
   * every process wait.
   *
   * @param retryAfter the server's wait
   */
  default void onRetryAfter(Duration retryAfter) {}
}
