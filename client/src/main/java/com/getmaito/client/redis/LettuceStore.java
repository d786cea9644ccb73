package com.getmaito.client.redis;

import com.getmaito.client.internal.SharedStore;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * The budget's state in one Redis hash, changed only by two Lua scripts that run inside Redis on
 * Redis's clock ({@code TIME}): one round trip per reservation, atomic however many processes call
 * at once, and immune to clock skew between their machines. The only class that touches Lettuce.
 *
 * <p>Fields: {@code last} (the latest slot handed out), {@code srv} (the server's interval, as the
 * latest process to see headers reported it) and {@code pause} (no slot before it), all in
 * microseconds. The hash expires when the budget has been idle for two windows.
 *
 * <p>Every command has the budget's timeout; the connection does not reconnect by itself (no
 * background reconnect loop, no log line per attempt): a call on a broken connection reconnects
 * once, within the same timeout, and only one caller at a time tries.
 */
final class LettuceStore implements SharedStore {
  /** Reserves the next slot; returns the wait in microseconds. */
  static final String RESERVE =
      String.join(
          "\n",
          "if redis.replicate_commands then pcall(redis.replicate_commands) end",
          "local t = redis.call('TIME')",
          "local now = tonumber(t[1]) * 1000000 + tonumber(t[2])",
          "local s = redis.call('HMGET', KEYS[1], 'last', 'srv', 'pause')",
          "local srv = tonumber(ARGV[2])",
          "if srv > 0 then",
          "  redis.call('HSET', KEYS[1], 'srv', ARGV[2])",
          "else",
          "  srv = tonumber(s[2]) or 0",
          "end",
          "local interval = math.max(tonumber(ARGV[1]), srv)",
          "local at = now",
          "if s[1] then at = math.max(at, tonumber(s[1]) + interval) end",
          "if s[3] then at = math.max(at, tonumber(s[3])) end",
          "redis.call('HSET', KEYS[1], 'last', string.format('%.0f', at))",
          "redis.call('PEXPIRE', KEYS[1], math.floor((at - now) / 1000) + tonumber(ARGV[3]))",
          "return at - now");

  /** Pauses every slot until ARGV[1] microseconds from now, keeping a longer pause. */
  static final String PAUSE =
      String.join(
          "\n",
          "if redis.replicate_commands then pcall(redis.replicate_commands) end",
          "local t = redis.call('TIME')",
          "local now = tonumber(t[1]) * 1000000 + tonumber(t[2])",
          "local upto = now + tonumber(ARGV[1])",
          "local p = tonumber(redis.call('HGET', KEYS[1], 'pause'))",
          "if not p or upto > p then",
          "  redis.call('HSET', KEYS[1], 'pause', string.format('%.0f', upto))",
          "end",
          "local keep = math.floor(tonumber(ARGV[1]) / 1000) + tonumber(ARGV[2])",
          "if redis.call('PTTL', KEYS[1]) < keep then redis.call('PEXPIRE', KEYS[1], keep) end",
          "return 1");

  private static final String RESERVE_SHA = sha1(RESERVE);
  private static final String PAUSE_SHA = sha1(PAUSE);

  private final ClientResources resources;
  private final RedisClient client;
  private final String[] keys;
  private final String idleMillis;
  private final ReentrantLock connecting = new ReentrantLock();
  private volatile @Nullable StatefulRedisConnection<String, String> connection;
  private volatile boolean closed;

  private LettuceStore(String uri, String key, Duration timeout, Duration idle) {
    RedisURI redisUri;
    try {
      redisUri = RedisURI.create(uri);
    } catch (RuntimeException e) {
      // Not the URI itself in the message: it may hold a password.
      throw new IllegalArgumentException("uri is not a valid redis:// or rediss:// URI");
    }
    redisUri.setTimeout(timeout);
    this.resources =
        DefaultClientResources.builder().ioThreadPoolSize(1).computationThreadPoolSize(1).build();
    this.client = RedisClient.create(resources, redisUri);
    client.setOptions(
        ClientOptions.builder()
            .autoReconnect(false)
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
            .timeoutOptions(TimeoutOptions.enabled(timeout))
            .build());
    this.keys = new String[] {key};
    this.idleMillis = String.valueOf(idle.toMillis());
  }

  /**
   * A store for the hash {@code key} on the Redis at {@code uri}. Tries to connect now (within
   * {@code timeout}); a Redis that is down is tried again by the calls.
   */
  static SharedStore open(String uri, String key, Duration timeout, Duration idle) {
    LettuceStore store = new LettuceStore(uri, key, timeout, idle);
    try {
      store.commands();
    } catch (RuntimeException down) {
      // The first reservation fails over to the local share, and says so once.
    }
    return store;
  }

  @Override
  public long reserve(long ownIntervalMicros, long serverIntervalMicros) {
    return eval(
        RESERVE_SHA,
        RESERVE,
        String.valueOf(ownIntervalMicros),
        String.valueOf(serverIntervalMicros),
        idleMillis);
  }

  @Override
  public void pause(long micros) {
    eval(PAUSE_SHA, PAUSE, String.valueOf(micros), idleMillis);
  }

  private long eval(String sha, String script, String... args) {
    RedisCommands<String, String> redis = commands();
    Long result;
    try {
      result = redis.evalsha(sha, ScriptOutputType.INTEGER, keys, args);
    } catch (RedisNoScriptException notLoaded) {
      // A restarted Redis has no scripts: EVAL runs it and caches it for the next EVALSHA.
      result = redis.eval(script, ScriptOutputType.INTEGER, keys, args);
    }
    return result == null ? 0 : result;
  }

  /** The open connection's commands; reconnects (one caller at a time) when it is broken. */
  private RedisCommands<String, String> commands() {
    StatefulRedisConnection<String, String> c = connection;
    if (c != null && c.isOpen()) {
      return c.sync();
    }
    if (closed) {
      throw new IllegalStateException("the rate budget is closed");
    }
    if (!connecting.tryLock()) {
      throw new RedisConnectionException("another caller is connecting to Redis");
    }
    try {
      c = connection;
      if (c == null || !c.isOpen()) {
        if (c != null) {
          c.closeAsync();
        }
        c = client.connect();
        connection = c;
      }
      return c.sync();
    } finally {
      connecting.unlock();
    }
  }

  @Override
  public void close() {
    closed = true;
    StatefulRedisConnection<String, String> c = connection;
    if (c != null) {
      c.closeAsync();
    }
    client.shutdown(0, 2, TimeUnit.SECONDS);
    resources.shutdown(0, 2, TimeUnit.SECONDS);
  }

  private static String sha1(String script) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-1").digest(script.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(40);
      for (byte b : digest) {
        hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required of every JVM", e);
    }
  }
}
