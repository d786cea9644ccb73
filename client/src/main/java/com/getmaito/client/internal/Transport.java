package com.getmaito.client.internal;

import java.net.Proxy;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import org.jspecify.annotations.Nullable;

/**
 * The builder's transport settings, in JDK types: {@link HttpClientFactory} turns them into OkHttp
 * configuration. {@link #toString()} never shows the proxy password.
 *
 * @param proxy the proxy every call goes through, or null for the JVM's default proxy selector
 * @param proxyUsername the proxy user for {@code Proxy-Authorization}, or null for none
 * @param proxyPassword that user's password; never printed
 * @param sslContext the TLS context, or null for the JVM's default
 * @param trustManager the trust manager of {@code sslContext}
 * @param maxIdleConnections the most idle connections the pool keeps
 * @param keepAlive how long an idle connection stays in the pool
 */
public record Transport(
    @Nullable Proxy proxy,
    @Nullable String proxyUsername,
    @Nullable String proxyPassword,
    @Nullable SSLContext sslContext,
    @Nullable X509TrustManager trustManager,
    int maxIdleConnections,
    Duration keepAlive) {

  /** OkHttp's own pool defaults: 5 idle connections, kept 5 minutes. */
  public static final int DEFAULT_MAX_IDLE_CONNECTIONS = 5;

  /** How long an idle connection stays pooled by default. */
  public static final Duration DEFAULT_KEEP_ALIVE = Duration.ofMinutes(5);

  /** {@return the defaults: no proxy of its own, the JVM's TLS, OkHttp's pool size} */
  public static Transport defaults() {
    return new Transport(
        null, null, null, null, null, DEFAULT_MAX_IDLE_CONNECTIONS, DEFAULT_KEEP_ALIVE);
  }

  /** {@return these settings with {@code proxy} instead} */
  public Transport withProxy(@Nullable Proxy proxy) {
    return new Transport(
        proxy,
        proxyUsername,
        proxyPassword,
        sslContext,
        trustManager,
        maxIdleConnections,
        keepAlive);
  }

  /** {@return these settings with this proxy user and password instead} */
  public Transport withProxyCredentials(String username, String password) {
    return new Transport(
        proxy, username, password, sslContext, trustManager, maxIdleConnections, keepAlive);
  }

  /** {@return these settings with this TLS context and its trust manager instead} */
  public Transport withTls(SSLContext sslContext, X509TrustManager trustManager) {
    return new Transport(
        proxy,
        proxyUsername,
        proxyPassword,
        sslContext,
        trustManager,
        maxIdleConnections,
        keepAlive);
  }

  /** {@return these settings with this connection pool size instead} */
  public Transport withConnectionPool(int maxIdleConnections, Duration keepAlive) {
    return new Transport(
        proxy,
        proxyUsername,
        proxyPassword,
        sslContext,
        trustManager,
        maxIdleConnections,
        keepAlive);
  }

  @Override
  public String toString() {
    return "Transport[proxy="
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
}
