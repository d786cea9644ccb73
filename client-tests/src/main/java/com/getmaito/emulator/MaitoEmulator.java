package com.getmaito.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import mockwebserver3.MockWebServer;

/**
 * The Maito customer API in memory, served over loopback HTTP: subscribers, tags, API keys,
 * pagination, rate limits, idempotency keys and fault injection, as the wire contract describes.
 * Thread-safe; one instance per test class is the usual lifetime.
 *
 * <pre>{@code
 * try (MaitoEmulator emu = MaitoEmulator.start()) {
 *   // Point the client under test at emu.baseUrl() with the key emu.bootstrapKey().
 *   ...
 *   assertEquals(1, emu.storedSubscribers().size());
 * }
 * }</pre>
 *
 * <p>Where the contract is silent, the emulator:
 *
 * <ul>
 *   <li>checks the route before the key: an unknown path is 404 and a wrong method 405 (with {@code
 *       Allow}) even without a key; then 401, then the rate limit (429), then scope (403), then the
 *       body's {@code Content-Type} (415 {@code UNSUPPORTED_MEDIA_TYPE} unless it is {@code
 *       application/json}; not stored for an {@code Idempotency-Key});
 *   <li>spends a key's budget on every authenticated request that is not itself rate limited; a
 *       fixed window starts with the key's first request after the previous window ended;
 *   <li>stores the answer to a POST with an {@code Idempotency-Key} unless it is a 5xx (errors such
 *       as 400 and 409 are replayed too); the request fingerprint is method, path and the body as
 *       JSON (key order and whitespace do not matter); at most 100,000 records and {@linkplain
 *       Builder#idempotencyBudget(long) 64 MiB} are kept, and the oldest records are evicted first
 *       (a request repeated after its record was evicted is processed again);
 *   <li>does not list revoked keys, and answers 404 to revoking one twice;
 *   <li>treats {@code null} in a create body as absent (the default applies); in an update, {@code
 *       null} clears a field, and is 400 for {@code email}, {@code status} and {@code confirmed};
 *   <li>sets {@code subscribedAt}/{@code unsubscribedAt} to the time of the latest change to that
 *       status and keeps the other one;
 *   <li>resolves tag names case-insensitively to the existing tag (keeping its spelling) and
 *       creates missing ones; removes repeated names from a subscriber's list;
 *   <li>applies {@code offset} after the {@code cursor} when both are sent;
 *   <li>answers a 500 {@code INTERNAL} rather than dropping the connection if it fails itself.
 * </ul>
 */
public final class MaitoEmulator implements AutoCloseable {
  private final MockWebServer server;
  private final EmulatorEngine engine;
  private final String baseUrl;

  private MaitoEmulator(Builder builder) {
    this.engine =
        new EmulatorEngine(
            builder.clock,
            builder.rateLimit,
            builder.rateWindow,
            builder.paging,
            builder.seed,
            builder.idempotencyBudgetBytes);
    this.server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.setDispatcher(engine);
    engine.attach(server);
    try {
      server.start(InetAddress.getByName("127.0.0.1"), builder.port);
    } catch (IOException e) {
      server.close();
      String why = e instanceof BindException ? "the port is already in use" : e.toString();
      throw new UncheckedIOException("cannot listen on 127.0.0.1:" + builder.port + ": " + why, e);
    }
    this.baseUrl = "http://127.0.0.1:" + server.getPort() + "/v1";
  }

  /**
   * Starts an emulator with the defaults on a free loopback port.
   *
   * @throws UncheckedIOException if the server cannot bind; the message names the address and why
   */
  public static MaitoEmulator start() {
    return builder().start();
  }

  /** Returns a builder with the defaults; see {@link Builder}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the base URL of the API, like {@code http://127.0.0.1:54321/v1}. */
  public String baseUrl() {
    return baseUrl;
  }

  /** Returns the port the emulator listens on. */
  public int port() {
    return server.getPort();
  }

  /** Returns the secret of the bootstrap key: scope {@code full}, name "Bootstrap", no expiry. */
  public String bootstrapKey() {
    return engine.bootstrapKey();
  }

  /**
   * Creates an API key directly, without a request, and returns its secret ({@code mk_...}).
   *
   * @param scope {@code "full"} or {@code "restricted"}
   * @param expiresIn time to expiry from the emulator's clock, or null for a key that never expires
   * @throws IllegalArgumentException if the name is blank or longer than 100 characters, or the
   *     scope is unknown
   */
  public String createKey(String name, String scope, Duration expiresIn) {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(scope, "scope == null");
    if (name.isBlank() || name.length() > 100) {
      throw new IllegalArgumentException("name must be 1 to 100 characters: " + name);
    }
    if (!scope.equals("full") && !scope.equals("restricted")) {
      throw new IllegalArgumentException("scope must be full or restricted: " + scope);
    }
    return engine.createKey(name, scope, expiresIn);
  }

  /** Returns the fault injection of this emulator. */
  public Faults faults() {
    return engine.faults();
  }

  /**
   * Returns how many requests arrived for {@code method} on {@code pathTemplate}, whatever their
   * outcome (faults included). Templates spell ids as {@code {id}}, e.g. {@code ("PUT",
   * "/v1/newsletter/subscribers/{id}")}; an unknown route counts under its raw path.
   */
  public long requestCount(String method, String pathTemplate) {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(pathTemplate, "pathTemplate == null");
    return engine.statistics().requestCount(method, pathTemplate);
  }

  /** Returns how many responses had {@code status}; dropped connections count under status 0. */
  public long requestCountByStatus(int status) {
    return engine.statistics().requestCountByStatus(status);
  }

  /** Returns how many requests arrived, faults included. */
  public long totalRequests() {
    return engine.statistics().totalRequests();
  }

  /** Returns a snapshot of the stored subscribers, in creation order. */
  public List<EmulatedSubscriber> storedSubscribers() {
    return engine.storedSubscribers();
  }

  /** How many stored rows list requests have looked at so far; for tests of the paging cost. */
  long rowsVisited() {
    return engine.rowsVisited();
  }

  /** Returns a snapshot of the stored tags, in creation order. */
  public List<EmulatedTag> storedTags() {
    return engine.storedTags();
  }

  /**
   * Wipes subscribers, tags, idempotency records, API keys other than the bootstrap key, rate
   * windows, faults and statistics. The bootstrap key stays (restored if it was revoked).
   */
  public void reset() {
    engine.reset();
  }

  /** Stops serving and releases the port. */
  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "MaitoEmulator{" + baseUrl + "}";
  }

  /** Configures a {@link MaitoEmulator}; {@link #start()} builds and starts it. */
  public static final class Builder {
    private int port;
    private int rateLimit = 120;
    private Duration rateWindow = Duration.ofSeconds(60);
    private Clock clock = Clock.systemUTC();
    private long seed = 42L;
    private Paging paging = Paging.CURSOR;
    private long idempotencyBudgetBytes = IdempotencyStore.DEFAULT_BUDGET_BYTES;

    private Builder() {}

    /** Sets the loopback port; default 0, a free port. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be in 0..65535: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Sets each key's budget: {@code requests} per fixed {@code window}, starting with the key's
     * first request; default 120 per 60 s.
     */
    public Builder rateLimit(int requests, Duration window) {
      Objects.requireNonNull(window, "window == null");
      if (requests < 1) {
        throw new IllegalArgumentException("requests < 1: " + requests);
      }
      if (window.toMillis() < 1) {
        throw new IllegalArgumentException("window < 1 ms: " + window);
      }
      this.rateLimit = requests;
      this.rateWindow = window;
      return this;
    }

    /**
     * Sets the clock of timestamps, key expiry, rate windows and idempotency expiry; default the
     * system clock. Use a {@link MutableClock} to move time in tests.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** Sets the seed of ids, secrets, request ids and random faults; default 42. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Sets how lists page; default {@link Paging#CURSOR}. */
    public Builder paging(Paging paging) {
      this.paging = Objects.requireNonNull(paging, "paging == null");
      return this;
    }

    /**
     * Sets how many bytes the idempotency store may hold; default 64 MiB. Each record counts its
     * stored reply body plus 200 bytes (a bulk reply of 100 subscribers is about 45 KB); when a new
     * record goes over the budget, the oldest records are evicted first, and a request repeated
     * after its record was evicted is processed again rather than replayed. 0 stores nothing.
     *
     * @throws IllegalArgumentException if {@code maxBytes} is negative
     */
    public Builder idempotencyBudget(long maxBytes) {
      if (maxBytes < 0) {
        throw new IllegalArgumentException("maxBytes < 0: " + maxBytes);
      }
      this.idempotencyBudgetBytes = maxBytes;
      return this;
    }

    /**
     * Starts the emulator.
     *
     * @throws UncheckedIOException if the server cannot bind the port
     */
    public MaitoEmulator start() {
      return new MaitoEmulator(this);
    }
  }
}
