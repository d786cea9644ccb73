package com.getmaito.client.internal;

import com.getmaito.client.TransportOptions;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.SocketFactory;
import okhttp3.ConnectionPool;
import okhttp3.Credentials;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/** The OkHttp client a {@link ClientConfig} describes; the one place that configures OkHttp. */
final class HttpClientFactory {
  private HttpClientFactory() {}

  /**
   * A client with the config's timeouts, no silent retries or redirects, and {@code TCP_NODELAY}
   * sockets; sharing {@code shared}'s connection pool and dispatcher when given.
   */
  static OkHttpClient create(ClientConfig config, @Nullable OkHttpClient shared) {
    TransportOptions t = config.transport();
    OkHttpClient.Builder http;
    if (shared != null) {
      http = shared.newBuilder();
    } else {
      Dispatcher dispatcher = new Dispatcher(dispatcherExecutor());
      dispatcher.setMaxRequests(64);
      dispatcher.setMaxRequestsPerHost(64);
      http =
          new OkHttpClient.Builder()
              .dispatcher(dispatcher)
              .connectionPool(
                  new ConnectionPool(
                      t.maxIdleConnections(), t.keepAlive().toNanos(), TimeUnit.NANOSECONDS))
              .socketFactory(new NoDelaySocketFactory(SocketFactory.getDefault()));
    }
    transport(http, t);
    http.connectTimeout(t.connectTimeout())
        .readTimeout(t.readTimeout())
        .writeTimeout(t.writeTimeout())
        .callTimeout(config.callTimeout())
        // The SDK's own retry policy is the only one: OkHttp must not resend a POST silently.
        .retryOnConnectionFailure(false)
        // The API never redirects; following a Location would re-send the key (X-API-Key is not
        // stripped across origins) to another host, or over plain http.
        .followRedirects(false)
        .followSslRedirects(false);
    if (http.networkInterceptors().stream().noneMatch(i -> i instanceof NoSilentRetryInterceptor)) {
      http.addNetworkInterceptor(new NoSilentRetryInterceptor());
    }
    return http.build();
  }

  /**
   * The proxy (and its credentials) and the TLS context. A client derived with {@code newBuilder()}
   * keeps its parent's connection pool, whatever pool size it was given.
   */
  private static void transport(OkHttpClient.Builder http, TransportOptions t) {
    if (t.proxy() != null) {
      http.proxy(t.proxy());
    }
    if (t.proxyUsername() != null) {
      String credentials =
          Credentials.basic(
              t.proxyUsername(),
              t.proxyPassword() == null ? "" : t.proxyPassword(),
              StandardCharsets.UTF_8);
      http.proxyAuthenticator(
          (route, response) -> {
            // Answer the proxy's 407 (or OkHttp's preemptive challenge for a tunnel) once: a
            // second 407 means the credentials are wrong, and is the caller's answer.
            if (response.request().header("Proxy-Authorization") != null) {
              return null;
            }
            return response
                .request()
                .newBuilder()
                .header("Proxy-Authorization", credentials)
                .build();
          });
    }
    if (t.sslContext() != null && t.trustManager() != null) {
      http.sslSocketFactory(t.sslContext().getSocketFactory(), t.trustManager());
    }
  }

  /**
   * OkHttp's own dispatcher pool (no core threads, idle threads end after 60 s), but with daemon
   * threads: OkHttp's are not, so a program that made one async call and forgot {@code close()}
   * stayed alive for a minute after {@code main} returned.
   */
  static ExecutorService dispatcherExecutor() {
    AtomicInteger count = new AtomicInteger();
    return new ThreadPoolExecutor(
        0,
        Integer.MAX_VALUE,
        60,
        TimeUnit.SECONDS,
        new SynchronousQueue<>(),
        r -> {
          Thread t = new Thread(r, "maito-dispatcher-" + count.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }
}
