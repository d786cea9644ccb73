package com.getmaito.client;

import com.getmaito.client.internal.ClientChecks;
import java.net.Proxy;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import org.jspecify.annotations.Nullable;

/**
 * How a client's calls reach the server, in JDK types: socket timeouts, the most of a response body
 * it reads, a proxy, TLS and the connection pool. Immutable; set with {@link
 * MaitoClient.Builder#transport(TransportOptions)}. {@link #toString()} never shows the proxy
 * password.
 *
 * <pre>{@code
 * MaitoClient client = MaitoClient.builder().fromEnv()
 *     .transport(TransportOptions.builder()
 *         .proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("proxy.internal", 3128)))
 *         .readTimeout(Duration.ofSeconds(60))
 *         .build())
 *     .build();
 * }</pre>
 */
public final class TransportOptions {
  /** The default of {@link Builder#maxResponseBytes(long)}: 16 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

  private static final TransportOptions DEFAULTS = builder().build();

  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration writeTimeout;
  private final long maxResponseBytes;
  private final @Nullable Proxy proxy;
  private final @Nullable String proxyUsername;
  private final @Nullable String proxyPassword;
  private final @Nullable SSLContext sslContext;
  private final @Nullable X509TrustManager trustManager;
  private final int maxIdleConnections;
  private final Duration keepAlive;

  private TransportOptions(Builder b) {
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.writeTimeout = b.writeTimeout;
    this.maxResponseBytes = b.maxResponseBytes;
    this.proxy = b.proxy;
    this.proxyUsername = b.proxyUsername;
    this.proxyPassword = b.proxyPassword;
    this.sslContext = b.sslContext;
    this.trustManager = b.trustManager;
    this.maxIdleConnections = b.maxIdleConnections;
    this.keepAlive = b.keepAlive;
  }

  /**
   * {@return the defaults} 10 s to connect, 30 s to read and to write, bodies up to 16 MiB, the
   * JVM's proxy selector and TLS, and up to 5 idle connections kept 5 minutes.
   */
  public static TransportOptions ofDefaults() {
    return DEFAULTS;
  }

  /** {@return a builder holding the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these options, to derive others from} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.writeTimeout = writeTimeout;
    b.maxResponseBytes = maxResponseBytes;
    b.proxy = proxy;
    b.proxyUsername = proxyUsername;
    b.proxyPassword = proxyPassword;
    b.sslContext = sslContext;
    b.trustManager = trustManager;
    b.maxIdleConnections = maxIdleConnections;
    b.keepAlive = keepAlive;
    return b;
  }

  /** {@return the timeout for opening a connection} */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** {@return the longest wait for response bytes} */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** {@return the longest wait to send request bytes} */
  public Duration writeTimeout() {
    return writeTimeout;
  }

  /** {@return the most bytes of one response body the client reads} */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /** {@return the proxy every call goes through, or null for the JVM's proxy selector} */
  public @Nullable Proxy proxy() {
    return proxy;
  }

  /** {@return the proxy user sent in {@code Proxy-Authorization}, or null for none} */
  public @Nullable String proxyUsername() {
    return proxyUsername;
  }

  /** {@return the proxy user's password, or null for none} Never printed or logged. */
  public @Nullable String proxyPassword() {
    return proxyPassword;
  }

  /** {@return the TLS context for https, or null for the JVM's} */
  public @Nullable SSLContext sslContext() {
    return sslContext;
  }

  /** {@return the trust manager {@link #sslContext()} was initialised with, or null} */
  public @Nullable X509TrustManager trustManager() {
    return trustManager;
  }

  /** {@return the most idle connections the pool keeps} */
  public int maxIdleConnections() {
    return maxIdleConnections;
  }

  /** {@return how long an idle connection stays in the pool} */
  public Duration keepAlive() {
    return keepAlive;
  }

  @Override
  public String toString() {
    return "TransportOptions[connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + ", writeTimeout="
        + writeTimeout
        + ", maxResponseBytes="
        + maxResponseBytes
        + ", proxy="
        + proxy
        + ", proxyCredentials="
        + (proxyUsername == null ? "none" : "set")
        + ", sslContext="
        + (sslContext == null ? "default" : sslContext.getProtocol())
        + ", maxIdleConnections="
        + maxIdleConnections
        + ", keepAlive="
        + keepAlive
        + "]";
  }

  /** Builds {@link TransportOptions}; every option has a default. */
  public static final class Builder {
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration writeTimeout = Duration.ofSeconds(30);
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private @Nullable Proxy proxy;
    private @Nullable String proxyUsername;
    private @Nullable String proxyPassword;
    private @Nullable SSLContext sslContext;
    private @Nullable X509TrustManager trustManager;
    private int maxIdleConnections = 5;
    private Duration keepAlive = Duration.ofMinutes(5);

    private Builder() {}

    /**
     * Sets the timeout for opening a connection; default 10 s.
     *
     * @param connectTimeout positive
     * @return this builder
     * @throws IllegalArgumentException when {@code connectTimeout} is zero or negative
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = ClientChecks.positive(connectTimeout, "connectTimeout");
      return this;
    }

    /**
     * Sets the longest wait for response bytes; default 30 s.
     *
     * @param readTimeout positive
     * @return this builder
     * @throws IllegalArgumentException when {@code readTimeout} is zero or negative
     */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = ClientChecks.positive(readTimeout, "readTimeout");
      return this;
    }

    /**
     * Sets the longest wait to send request bytes; default 30 s.
     *
     * @param writeTimeout positive
     * @return this builder
     * @throws IllegalArgumentException when {@code writeTimeout} is zero or negative
     */
    public Builder writeTimeout(Duration writeTimeout) {
      this.writeTimeout = ClientChecks.positive(writeTimeout, "writeTimeout");
      return this;
    }

    /**
     * The most of a response body the client reads, default {@value
     * TransportOptions#DEFAULT_MAX_RESPONSE_BYTES} bytes (16 MiB; a page of 500 subscribers is
     * about 230 KB). A longer body, or an endless one, fails the call with {@link
     * com.getmaito.client.errors.MaitoInvalidResponseException} as soon as the limit is passed,
     * instead of filling the heap.
     *
     * @param maxResponseBytes the most bytes of one response body to read
     * @return this builder
     * @throws IllegalArgumentException when {@code maxResponseBytes} is less than 1
     */
    public Builder maxResponseBytes(long maxResponseBytes) {
      this.maxResponseBytes = ClientChecks.atLeast(1, maxResponseBytes, "maxResponseBytes");
      return this;
    }

    /**
     * Sends every call through {@code proxy}, such as {@code new Proxy(Proxy.Type.HTTP, new
     * InetSocketAddress("proxy.internal", 3128))}; https calls tunnel through it with {@code
     * CONNECT}. Default: none of the client's own ({@link java.net.ProxySelector#getDefault()}
     * applies).
     *
     * @param proxy an HTTP or SOCKS proxy, {@link Proxy#NO_PROXY} to bypass the JVM's, or null for
     *     the default
     * @return this builder
     */
    public Builder proxy(@Nullable Proxy proxy) {
      this.proxy = proxy;
      return this;
    }

    /**
     * Answers the proxy's {@code 407} with {@code Proxy-Authorization: Basic} for {@code username}
     * and {@code password} (preemptively for an https tunnel). The credentials are never logged or
     * printed. Default: none.
     *
     * @param username the proxy user
     * @param password the proxy password
     * @return this builder
     */
    public Builder proxyCredentials(String username, String password) {
      Objects.requireNonNull(username, "username == null");
      this.proxyPassword = Objects.requireNonNull(password, "password == null");
      this.proxyUsername = username;
      return this;
    }

    /**
     * Uses {@code sslContext} for https, trusting what {@code trustManager} trusts: for a corporate
     * CA or a pinned trust store. The trust manager must be the one the context was initialised
     * with. Default: the JVM's TLS settings and trust store.
     *
     * @param sslContext an initialised TLS context
     * @param trustManager the trust manager {@code sslContext} uses
     * @return this builder
     */
    public Builder sslContext(SSLContext sslContext, X509TrustManager trustManager) {
      Objects.requireNonNull(sslContext, "sslContext == null");
      this.trustManager = Objects.requireNonNull(trustManager, "trustManager == null");
      this.sslContext = sslContext;
      return this;
    }

    /**
     * Sizes the connection pool: at most {@code maxIdleConnections} idle connections, each closed
     * after {@code keepAlive} unused. Default 5 and 5 minutes. A client derived with {@link
     * MaitoClient#newBuilder()} shares its parent's pool and ignores this.
     *
     * @param maxIdleConnections 0 or more
     * @param keepAlive positive
     * @return this builder
     * @throws IllegalArgumentException when {@code maxIdleConnections} is negative or {@code
     *     keepAlive} is not positive
     */
    public Builder connectionPool(int maxIdleConnections, Duration keepAlive) {
      ClientChecks.atLeast(0, maxIdleConnections, "maxIdleConnections");
      this.keepAlive = ClientChecks.positive(keepAlive, "keepAlive");
      this.maxIdleConnections = maxIdleConnections;
      return this;
    }

    /** {@return the options} */
    public TransportOptions build() {
      return new TransportOptions(this);
    }
  }
}
