package com.getmaito.client.redis;

import com.getmaito.client.RateBudget;
import com.getmaito.client.internal.SharedBudget;
import com.getmaito.client.internal.SharedStore;
import com.getmaito.client.model.RateLimitInfo;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One key's rate budget shared through Redis by every process and machine that names the same Redis
 * and budget {@link Builder#name(String) name}: four workers on a 120-per-minute key send 120 a
 * minute between them, not 480. Give it to each client with {@link
 * com.getmaito.client.MaitoClient.Builder#rateBudget(RateBudget)}; the client's calls, async calls
 * and importers all draw from it.
 *
 * <pre>{@code
 * try (RedisRateBudget budget = RedisRateBudget.builder()
 *         .uri("redis://cache.internal:6379")
 *         .name("maito:prod-key")
 *         .limit(120, Duration.ofMinutes(1))
 *         .processes(4)
 *         .build();
 *     MaitoClient client = MaitoClient.builder().fromEnv().rateBudget(budget).build()) {
 *   ...
 * }
 * }</pre>
 *
 * <p>Slots are handed out one {@code window / limit} (plus 2%, which absorbs delays between a slot
 * and its request's arrival) apart by a Lua script that runs inside Redis on Redis's clock: one
 * round trip per call, atomic, immune to clock skew. When a response reports a lower limit, or the
 * window spent ({@code RateLimit-Remaining: 0}), or a 429 says {@code Retry-After}, every process
 * sharing the budget slows down or waits.
 *
 * <p>If Redis fails or does not answer within the {@link Builder#timeout(Duration) timeout}, each
 * process goes on under a local limiter of its share ({@code limit / processes}), logs one warning,
 * tries Redis again once a second, and shares again as soon as Redis answers.
 *
 * <p>Needs {@code io.lettuce:lettuce-core} on the class path: an optional dependency of the client.
 * Thread-safe; close it after the clients that use it.
 */
public final class RedisRateBudget implements RateBudget, AutoCloseable {
  /** How often a process on its local share tries Redis again. */
  private static final Duration PROBE_INTERVAL = Duration.ofSeconds(1);

  private final SharedStore store;
  private final SharedBudget budget;
  private final String description;

  private RedisRateBudget(Builder b, String uri, String name) {
    this.store = LettuceStore.open(uri, name, b.timeout, b.window.multipliedBy(2));
    this.budget =
        new SharedBudget(
            store, name, b.limit, b.window, b.processes, PROBE_INTERVAL, System::nanoTime);
    this.description =
        "RedisRateBudget[name="
            + name
            + ", limit="
            + b.limit
            + "/"
            + b.window
            + ", processes="
            + b.processes
            + "]";
  }

  /**
   * A builder; {@link Builder#uri(String) uri}, {@link Builder#name(String) name} and {@link
   * Builder#limit(int, Duration) limit} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Duration reserve() {
    return budget.reserve();
  }

  @Override
  public void onResponse(RateLimitInfo info) {
    budget.onResponse(info);
  }

  @Override
  public void onRetryAfter(Duration retryAfter) {
    budget.onRetryAfter(retryAfter);
  }

  /**
   * Whether the budget is shared through Redis now; false while this process is on its local share
   * because Redis failed or was slow.
   *
   * @return true when the last attempt to use Redis succeeded
   */
  public boolean isShared() {
    return !budget.degraded();
  }

  /** Closes the connection to Redis; calls reserving afterwards go on under the local share. */
  @Override
  public void close() {
    store.close();
  }

  /** The name, limit and processes; never the URI, which may hold a password. */
  @Override
  public String toString() {
    return description;
  }

  /** Builds a {@link RedisRateBudget}. */
  public static final class Builder {
    private @Nullable String uri;
    private @Nullable String name;
    private int limit;
    private Duration window = Duration.ofMinutes(1);
    private int processes = 1;
    private Duration timeout = Duration.ofMillis(250);

    private Builder() {}

    /**
     * Sets the Redis to share through, as {@code redis://[[user]:password@]host[:port][/database]}
     * or {@code rediss://} for TLS. Required.
     *
     * @param uri the Redis URI
     * @return this builder
     */
    public Builder uri(String uri) {
      this.uri = Objects.requireNonNull(uri, "uri == null");
      return this;
    }

    /**
     * Sets the budget's name, the Redis key its state lives in: every process that uses the same
     * API key uses the same name, and a different key a different name. Required.
     *
     * @param name the Redis key, such as {@code maito:prod-key}
     * @return this builder
     * @throws IllegalArgumentException when {@code name} is blank
     */
    public Builder name(String name) {
      Objects.requireNonNull(name, "name == null");
      if (name.isBlank()) {
        throw new IllegalArgumentException("name must not be blank");
      }
      this.name = name;
      return this;
    }

    /**
     * Sets the budget of all processes together: at most {@code requests} per {@code window},
     * spread evenly. Use the key's limit (the API's {@code RateLimit-Policy}, such as 120 per
     * minute) or less. Required.
     *
     * @param requests 1 or more
     * @param window positive
     * @return this builder
     * @throws IllegalArgumentException when {@code requests} is under 1 or {@code window} is not
     *     positive
     */
    public Builder limit(int requests, Duration window) {
      Objects.requireNonNull(window, "window == null");
      if (requests < 1) {
        throw new IllegalArgumentException("limit must be 1 or more (was " + requests + ")");
      }
      if (window.isZero() || window.isNegative()) {
        throw new IllegalArgumentException("window must be positive (was " + window + ")");
      }
      this.limit = requests;
      this.window = window;
      return this;
    }

    /**
     * Sets how many processes share the budget; default 1. Only the fallback uses it: while Redis
     * is down, each process sends at most {@code limit / processes} per window, so that together
     * they stay within the budget. Count every process that may run at once.
     *
     * @param processes 1 or more
     * @return this builder
     * @throws IllegalArgumentException when {@code processes} is under 1
     */
    public Builder processes(int processes) {
      if (processes < 1) {
        throw new IllegalArgumentException("processes must be 1 or more (was " + processes + ")");
      }
      this.processes = processes;
      return this;
    }

    /**
     * Sets the timeout of every Redis command and connection attempt; default 250 ms. A call never
     * waits longer than this for Redis: past it, the process goes on under its local share.
     *
     * @param timeout positive
     * @return this builder
     * @throws IllegalArgumentException when {@code timeout} is not positive
     */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout == null");
      if (timeout.isZero() || timeout.isNegative()) {
        throw new IllegalArgumentException("timeout must be positive (was " + timeout + ")");
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Builds the budget and connects to Redis (within the timeout; a Redis that is down is tried
     * again by the calls, which meanwhile go on under the local share).
     *
     * @return a new budget; close it after the clients that use it
     * @throws IllegalStateException when the uri, name or limit is missing, or Lettuce ({@code
     *     io.lettuce:lettuce-core}) is not on the class path
     * @throws IllegalArgumentException when the uri is not a valid Redis URI
     */
    public RedisRateBudget build() {
      if (uri == null || name == null || limit == 0) {
        String missing =
            String.join(
                    " ",
                    uri == null ? "uri" : "",
                    name == null ? "name" : "",
                    limit == 0 ? "limit" : "")
                .trim()
                .replaceAll(" +", ", ");
        throw new IllegalStateException(
            "uri, name and limit are required (missing: " + missing + ")");
      }
      try {
        Class.forName("io.lettuce.core.RedisClient", false, Builder.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        throw new IllegalStateException(
            "RedisRateBudget needs io.lettuce:lettuce-core on the class path: add it to your"
                + " build (it is an optional dependency of maito-client)",
            e);
      }
      return new RedisRateBudget(this, uri, name);
    }
  }
}
