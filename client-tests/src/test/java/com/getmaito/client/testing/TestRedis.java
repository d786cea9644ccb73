package com.getmaito.client.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import redis.embedded.RedisServer;

/**
 * A real Redis server for the tests, started from the {@code redis-server} binary that the
 * embedded-redis test dependency ships in its jar (Linux, macOS and Windows builds), so a fresh
 * machine with only a JDK runs these tests: nothing to install, nothing skipped. Bound to loopback
 * on a free port, with no persistence; {@link #stop()} and {@link #start()} again keep the port.
 */
public final class TestRedis implements AutoCloseable {
  private final int port;
  private final RedisServer server;

  private TestRedis(int port) throws IOException {
    this.port = port;
    this.server =
        RedisServer.newRedisServer()
            .bind("127.0.0.1")
            .port(port)
            .setting("save \"\"")
            .setting("appendonly no")
            .build();
  }

  /** Starts a server on a free port. */
  public static TestRedis start() {
    try {
      TestRedis redis = new TestRedis(freePort());
      redis.server.start();
      return redis;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code redis://127.0.0.1:<port>}. */
  public String uri() {
    return "redis://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  /** Stops the server (its data is gone); {@link #restart()} brings it back on the same port. */
  public void stop() {
    try {
      server.stop();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void restart() {
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (server.isActive()) {
      stop();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
