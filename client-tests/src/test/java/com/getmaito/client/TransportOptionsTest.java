package com.getmaito.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.testing.ResilienceFixtures;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * {@link TransportOptions}: its defaults, deriving with {@code toBuilder()}, a {@code toString()}
 * without the proxy password, and how {@link MaitoClient.Builder#transport(TransportOptions)}
 * applies it (the wire behaviour of each option is in {@code TransportSettingsTest}, {@code
 * TimeoutsTest} and {@code ResponseSizeLimitTest}).
 */
class TransportOptionsTest {
  private static final String PASSWORD = "pr0xy-Pa55word";
  private static final Proxy PROXY =
      new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("proxy.internal", 3128));

  @Test
  void defaultsAreTheDocumentedOnes() {
    TransportOptions o = TransportOptions.ofDefaults();
    assertEquals(Duration.ofSeconds(10), o.connectTimeout());
    assertEquals(Duration.ofSeconds(30), o.readTimeout());
    assertEquals(Duration.ofSeconds(30), o.writeTimeout());
    assertEquals(16L * 1024 * 1024, o.maxResponseBytes());
    assertEquals(TransportOptions.DEFAULT_MAX_RESPONSE_BYTES, o.maxResponseBytes());
    assertNull(o.proxy());
    assertNull(o.proxyUsername());
    assertNull(o.proxyPassword());
    assertNull(o.sslContext());
    assertNull(o.trustManager());
    assertEquals(5, o.maxIdleConnections());
    assertEquals(Duration.ofMinutes(5), o.keepAlive());
    assertEquals(o.toString(), TransportOptions.builder().build().toString());
  }

  @Test
  void toBuilderKeepsEveryOptionAndLeavesTheOriginalAlone() {
    TransportOptions original =
        TransportOptions.builder()
            .connectTimeout(Duration.ofSeconds(1))
            .readTimeout(Duration.ofSeconds(2))
            .writeTimeout(Duration.ofSeconds(3))
            .maxResponseBytes(1_000)
            .proxy(PROXY)
            .proxyCredentials("svc-maito", PASSWORD)
            .connectionPool(0, Duration.ofSeconds(30))
            .build();
    TransportOptions derived = original.toBuilder().readTimeout(Duration.ofSeconds(9)).build();

    assertEquals(Duration.ofSeconds(9), derived.readTimeout());
    assertEquals(Duration.ofSeconds(2), original.readTimeout());
    assertEquals(Duration.ofSeconds(1), derived.connectTimeout());
    assertEquals(Duration.ofSeconds(3), derived.writeTimeout());
    assertEquals(1_000, derived.maxResponseBytes());
    assertSame(PROXY, derived.proxy());
    assertEquals("svc-maito", derived.proxyUsername());
    assertEquals(PASSWORD, derived.proxyPassword());
    assertEquals(0, derived.maxIdleConnections());
    assertEquals(Duration.ofSeconds(30), derived.keepAlive());
  }

  @Test
  void toStringNeverShowsTheProxyPassword() {
    TransportOptions o = TransportOptions.builder().proxyCredentials("svc", PASSWORD).build();
    assertFalse(o.toString().contains(PASSWORD), o.toString());
    assertTrue(o.toString().contains("proxyCredentials=set"), o.toString());
    try (MaitoClient client =
        MaitoClient.builder().apiKey(ResilienceFixtures.API_KEY).transport(o).build()) {
      assertFalse(client.toString().contains(PASSWORD), client.toString());
    }
  }

  @Test
  void aRefusedValueLeavesTheBuilderAsItWas() {
    TransportOptions.Builder b = TransportOptions.builder().proxyCredentials("svc", PASSWORD);
    assertThrows(NullPointerException.class, () -> b.proxyCredentials("other", null));
    assertThrows(NullPointerException.class, () -> b.sslContext(null, null));
    assertThrows(IllegalArgumentException.class, () -> b.connectionPool(-1, Duration.ZERO));
    TransportOptions o = b.build();
    assertEquals("svc", o.proxyUsername());
    assertEquals(PASSWORD, o.proxyPassword());
    assertNull(o.sslContext());
    assertEquals(5, o.maxIdleConnections());
    assertEquals(Duration.ofMinutes(5), o.keepAlive());
  }

  @Test
  void transportReplacesTheOptionsSetBeforeAndNewBuilderKeepsThem() {
    TransportOptions slowReads =
        TransportOptions.builder().readTimeout(Duration.ofSeconds(2)).build();
    MaitoClient.Builder b =
        MaitoClient.builder()
            .apiKey(ResilienceFixtures.API_KEY)
            .transport(TransportOptions.builder().connectTimeout(Duration.ofSeconds(1)).build())
            .transport(slowReads);
    try (MaitoClient client = b.build();
        MaitoClient derived = client.newBuilder().build()) {
      for (MaitoClient c : new MaitoClient[] {client, derived}) {
        OkHttpClient http = c.pipeline().http();
        assertEquals(2_000, http.readTimeoutMillis());
        assertEquals(10_000, http.connectTimeoutMillis(), "the earlier options were replaced");
      }
    }
  }
}
