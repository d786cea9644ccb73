package com.getmaito.client;

import static com.getmaito.client.testing.ResilienceFixtures.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.errors.MaitoApiException;
import com.getmaito.client.errors.MaitoIoException;
import com.getmaito.client.testing.ResilienceFixtures;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;

/** Proxy, TLS and connection-pool settings of {@link TransportOptions}, in JDK types only. */
class TransportSettingsTest {
  private static final String PASSWORD = "pr0xy-Pa55word";

  /** Plays the proxy in the proxy tests, and the API in the TLS and pool tests. */
  @StartStop private final MockWebServer server = new MockWebServer();

  private MaitoClient.Builder throughProxy() {
    return MaitoClient.builder()
        .apiKey(ResilienceFixtures.API_KEY)
        // A host that does not resolve: only the proxy can answer for it.
        .baseUrl("http://api.maito.invalid/v1")
        .allowInsecureHttp(true)
        .maxRetries(0);
  }

  private TransportOptions.Builder proxy() {
    return TransportOptions.builder()
        .proxy(
            new Proxy(
                Proxy.Type.HTTP, new InetSocketAddress(server.getHostName(), server.getPort())));
  }

  private static MockResponse proxyAuthRequired() {
    return new MockResponse.Builder()
        .code(407)
        .addHeader("Proxy-Authenticate", "Basic realm=\"corp\"")
        .build();
  }

  @Test
  void callsGoToTheProxyAsAbsoluteUrisAndAnswerItsChallengeWithTheCredentials() throws Exception {
    server.enqueue(proxyAuthRequired());
    server.enqueue(tag().build());
    try (MaitoClient client =
        throughProxy().transport(proxy().proxyCredentials("svc-maito", PASSWORD).build()).build()) {
      assertEquals("tag_1", client.tags().retrieve("tag_1").id());
      assertFalse(client.toString().contains(PASSWORD), client.toString());
    }
    RecordedRequest challenged = server.takeRequest();
    assertEquals(
        "GET http://api.maito.invalid/v1/newsletter/tags/tag_1 HTTP/1.1",
        challenged.getRequestLine());
    assertNull(challenged.getHeaders().get("Proxy-Authorization"));
    RecordedRequest answered = server.takeRequest();
    assertEquals(challenged.getRequestLine(), answered.getRequestLine());
    String basic =
        Base64.getEncoder()
            .encodeToString(("svc-maito:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    assertEquals("Basic " + basic, answered.getHeaders().get("Proxy-Authorization"));
    assertEquals(
        "Bearer " + ResilienceFixtures.API_KEY, answered.getHeaders().get("Authorization"));
  }

  @Test
  void aProxyThatRefusesTheCredentialsAgainIsAnswered407WithoutThePassword() throws Exception {
    server.enqueue(proxyAuthRequired());
    server.enqueue(proxyAuthRequired());
    server.enqueue(tag().build());
    try (MaitoClient client =
        throughProxy().transport(proxy().proxyCredentials("svc-maito", PASSWORD).build()).build()) {
      MaitoApiException e =
          assertThrows(MaitoApiException.class, () -> client.tags().retrieve("tag_1"));
      assertEquals(407, e.statusCode());
      assertFalse(e.getMessage().contains(PASSWORD), e.getMessage());
    }
    assertEquals(2, server.getRequestCount(), "the credentials are offered once, not in a loop");
  }

  @Test
  void withoutCredentialsTheProxysChallengeIsTheAnswer() {
    server.enqueue(proxyAuthRequired());
    try (MaitoClient client = throughProxy().transport(proxy().build()).build()) {
      MaitoApiException e =
          assertThrows(MaitoApiException.class, () -> client.tags().retrieve("tag_1"));
      assertEquals(407, e.statusCode());
    }
  }

  @Test
  void aCustomSslContextTrustsAPrivateCaThatTheJvmDoesNot() throws Exception {
    HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0).build();
    HeldCertificate serverCertificate =
        new HeldCertificate.Builder().addSubjectAlternativeName("localhost").signedBy(ca).build();
    HandshakeCertificates serverSide =
        new HandshakeCertificates.Builder()
            .heldCertificate(serverCertificate, ca.certificate())
            .build();
    server.useHttps(serverSide.sslSocketFactory());
    server.enqueue(tag().build());
    server.enqueue(tag().build());
    String baseUrl = "https://localhost:" + server.getPort() + "/v1";

    try (MaitoClient jvmTrust =
        MaitoClient.builder().apiKey("sk_test_tls").baseUrl(baseUrl).maxRetries(0).build()) {
      MaitoIoException e =
          assertThrows(MaitoIoException.class, () -> jvmTrust.tags().retrieve("tag_1"));
      assertInstanceOf(SSLException.class, e.getCause(), "the JVM does not trust the private CA");
    }

    HandshakeCertificates clientSide =
        new HandshakeCertificates.Builder().addTrustedCertificate(ca.certificate()).build();
    try (MaitoClient client =
        MaitoClient.builder()
            .apiKey("sk_test_tls")
            .baseUrl(baseUrl)
            .transport(
                TransportOptions.builder()
                    .sslContext(clientSide.sslContext(), clientSide.trustManager())
                    .build())
            .build()) {
      assertEquals("tag_1", client.tags().retrieve("tag_1").id());
    }
    RecordedRequest request = server.takeRequest();
    assertTrue(request.getHandshake() != null, "the call went over TLS");
  }

  @Test
  void connectionPoolSizesTheIdleConnectionsKept() {
    server.enqueue(tag().build());
    server.enqueue(tag().build());
    try (MaitoClient pooled = ResilienceFixtures.client(server).build();
        MaitoClient unpooled =
            ResilienceFixtures.client(server)
                .transport(
                    TransportOptions.builder().connectionPool(0, Duration.ofSeconds(30)).build())
                .build()) {
      pooled.tags().retrieve("tag_1");
      unpooled.tags().retrieve("tag_1");
      assertEquals(1, pooled.pipeline().http().connectionPool().idleConnectionCount());
      assertEquals(0, unpooled.pipeline().http().connectionPool().idleConnectionCount());
    }
  }

  @Test
  void transportSettingsAreChecked() {
    TransportOptions.Builder b = TransportOptions.builder();
    assertThrows(IllegalArgumentException.class, () -> b.connectionPool(-1, Duration.ofMinutes(1)));
    assertThrows(IllegalArgumentException.class, () -> b.connectionPool(5, Duration.ZERO));
    assertThrows(NullPointerException.class, () -> b.proxyCredentials("user", null));
  }
}
