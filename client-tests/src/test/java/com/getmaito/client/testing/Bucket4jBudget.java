package com.getmaito.client.testing;

import com.getmaito.client.RateBudget;
import com.getmaito.client.internal.SharedBudget;
import com.getmaito.client.internal.SharedStore;
import com.getmaito.client.model.RateLimitInfo;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The shared budget with Bucket4j's Redis proxy over Lettuce in place of the SDK's Lua script, for
 * tests and for {@code com.getmaito.client.flows.BucketComparison} only (the SDK does not depend on
 * Bucket4j). Everything but the store is the SDK's: the same {@link SharedBudget} (the 2% slack,
 * the local fallback of {@code limit / processes}, the probe once a second) over a {@link
 * SharedStore} that draws slots from a Bucket4j {@link BucketProxy} (its compare-and-swap proxy:
 * read the state, compute on this process's clock, write it back if unchanged, retry if not).
 *
 * <p>The bucket holds one token and refills {@code limit} per {@code window} plus the slack,
 * greedily: slots one {@code window / limit} (plus 2%) apart, as the script hands them out. A slot
 * is {@code consumeIgnoringRateLimits(1)}, which takes the token even in debt and returns the wait,
 * so a reservation is one proxy command. A pause (the server's {@code Remaining: 0} or {@code
 * Retry-After}) takes as many tokens as the pause holds intervals, which waits at least the pause
 * (longer when slots are already reserved ahead, where the script keeps the later of the two); a
 * slower server rate is not followed (the bucket's configuration is fixed). Neither happens in the
 * four-process comparison, where the server's rate is the budget's and the slack keeps its window
 * from filling.
 */
public final class Bucket4jBudget implements RateBudget, AutoCloseable {
  private final Store store;
  private final SharedBudget budget;

  private Bucket4jBudget(String uri, String name, int limit, Duration window, int processes) {
    this.store = new Store(uri, name, limit, window);
    this.budget =
        new SharedBudget(
            store, name, limit, window, processes, Duration.ofSeconds(1), System::nanoTime);
  }

  /**
   * A budget of {@code limit} per {@code window} shared through the Redis at {@code uri} under the
   * key {@code name}, with a fallback of {@code limit / processes} and a 250 ms Redis timeout, as
   * {@code RedisRateBudget}'s defaults.
   */
  public static Bucket4jBudget open(
      String uri, String name, int limit, Duration window, int processes) {
    return new Bucket4jBudget(uri, name, limit, window, processes);
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

  /** Whether the budget is shared through Redis now (false on the local fallback). */
  public boolean isShared() {
    return !budget.degraded();
  }

  @Override
  public void close() {
    store.close();
  }

  /** The Bucket4j proxy as a {@link SharedStore}. */
  private static final class Store implements SharedStore {
    private static final Duration TIMEOUT = Duration.ofMillis(250);

    /**
     * Connected once, when opened: a generous timeout, so that a loaded machine does not fail the
     * comparison before it starts (commands have the budget's 250 ms).
     */
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final ClientResources resources;
    private final RedisClient client;
    private final StatefulRedisConnection<byte[], byte[]> connection;
    private final BucketProxy bucket;
    private final long intervalMicros;

    Store(String uri, String name, int limit, Duration window) {
      RedisURI redisUri = RedisURI.create(uri);
      redisUri.setTimeout(CONNECT_TIMEOUT); // the handshake's; commands have TIMEOUT
      this.resources =
          DefaultClientResources.builder().ioThreadPoolSize(1).computationThreadPoolSize(1).build();
      this.client = RedisClient.create(resources, redisUri);
      client.setOptions(
          ClientOptions.builder()
              .socketOptions(SocketOptions.builder().connectTimeout(CONNECT_TIMEOUT).build())
              .timeoutOptions(TimeoutOptions.enabled(TIMEOUT))
              .build());
      this.connection = client.connect(ByteArrayCodec.INSTANCE);
      Duration slackWindow =
          window.plus(window.multipliedBy(SharedBudget.SLACK_PERCENT).dividedBy(100));
      this.intervalMicros = Math.max(1, slackWindow.toNanos() / 1000 / limit);
      BucketConfiguration configuration =
          BucketConfiguration.builder()
              .addLimit(l -> l.capacity(1).refillGreedy(limit, slackWindow))
              .build();
      this.bucket =
          Bucket4jLettuce.casBasedBuilder(connection)
              .requestTimeout(TIMEOUT)
              .expirationAfterWrite(
                  ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                      window.multipliedBy(2)))
              .build()
              .builder()
              .build(name.getBytes(StandardCharsets.UTF_8), () -> configuration);
    }

    @Override
    public long reserve(long ownIntervalMicros, long serverIntervalMicros) {
      return bucket.consumeIgnoringRateLimits(1) / 1000;
    }

    @Override
    public void pause(long micros) {
      long tokens = (micros + intervalMicros - 1) / intervalMicros;
      if (tokens > 0) {
        bucket.consumeIgnoringRateLimits(tokens);
      }
    }

    @Override
    public void close() {
      connection.closeAsync();
      client.shutdown(0, 2, TimeUnit.SECONDS);
      resources.shutdown(0, 2, TimeUnit.SECONDS);
    }
  }
}
