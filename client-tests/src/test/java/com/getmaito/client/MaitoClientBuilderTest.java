package com.getmaito.client;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link MaitoClient.Builder}: environment, key checks, base URL rules, derived clients. */
class MaitoClientBuilderTest {
  private static final String KEY = SpecValidatingServer.KEY;

  @RegisterExtension final SpecValidatingServer server = new SpecValidatingServer();

  // --- fromEnv ----------------------------------------------------------------------------------

  @Test
  void fromEnvWithoutAKeySaysToSetMaitoApiKey() {
    for (Map<String, String> env : new Map[] {Map.of(), Map.of("MAITO_API_KEY", "  ")}) {
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> MaitoClient.builder().fromEnv(env));

      assertTrue(
          e.getMessage().startsWith("MAITO_API_KEY is not set: set it to your secret API key"),
          e.getMessage());
    }
  }

  @Test
  void fromEnvHonoursMaitoBaseUrlAndTrimsTheKey() throws Exception {
    server.enqueueFixture(200, "tag.json");
    MaitoClient client =
        server.track(
            MaitoClient.builder()
                .fromEnv(
                    Map.of("MAITO_API_KEY", " " + KEY + "\n", "MAITO_BASE_URL", server.baseUrl()))
                .build());

    client.tags().retrieve("tag_1");

    assertEquals(server.baseUrl(), client.baseUrl());
    RecordedRequest r = server.takeRequest();
    assertEquals("Bearer " + KEY, r.getHeaders().get("Authorization"));
    assertEquals("/v1/newsletter/tags/tag_1", r.getUrl().encodedPath());
  }

  @Test
  void fromEnvWithoutMaitoBaseUrlUsesTheProductionUrl() {
    try (MaitoClient client = MaitoClient.builder().fromEnv(Map.of("MAITO_API_KEY", KEY)).build()) {
      assertEquals("https://api.getmaito.com/v1", client.baseUrl());
      assertEquals(MaitoClient.DEFAULT_BASE_URL, client.baseUrl());
    }
  }

  // --- the key ----------------------------------------------------------------------------------

  @Test
  void buildWithoutAKeyFails() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> MaitoClient.builder().build());

    assertEquals(
        "No API key: set MAITO_API_KEY or call MaitoClient.builder().apiKey(...)", e.getMessage());
  }

  @Test
  void aPublicPkKeyIsRejectedWithAClearMessage() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MaitoClient.builder().apiKey("pk_live_51Habc123456789").build());

    assertEquals(
        "A public key (pk_...) cannot call the API: use a secret key (sk_... or mk_...) in"
            + " MAITO_API_KEY",
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> MaitoClient.builder().fromEnv(Map.of("MAITO_API_KEY", "pk_test_1")).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"sk_test_abc\n", "sk_test\nabc", "sk_test abc", "\"sk_test_abc\"x\u00e9"})
  void aKeyWithANewlineSpaceOrNonAsciiIsRejected(String key) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> MaitoClient.builder().apiKey(key).build());

    assertTrue(
        e.getMessage().startsWith("The API key contains a space, control or non-ASCII character"),
        e.getMessage());
    assertTrue(e.getMessage().contains("newline"), e.getMessage());
    assertFalse(e.getMessage().contains("sk_test"), "the message never shows the key");
  }

  @Test
  void mkKeysAreAccepted() {
    assertDoesNotThrow(() -> MaitoClient.builder().apiKey("mk_9c2d41f0a8b7").build().close());
  }

  // --- the base URL -----------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://api.getmaito.com/v1",
        "http://10.0.0.5:8080/v1",
        "http://localhost.example.com/v1",
        "http://0.0.0.0:8080/v1"
      })
  void plainHttpToANonLoopbackHostIsRefused(String url) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MaitoClient.builder().apiKey(KEY).baseUrl(url).build());

    assertTrue(
        e.getMessage().startsWith("Refusing to send the API key over plain http to "),
        e.getMessage());
    assertTrue(e.getMessage().contains("allowInsecureHttp(true)"), e.getMessage());
  }

  @Test
  void plainHttpToANonLoopbackHostIsAllowedWhenAskedFor() {
    try (MaitoClient client =
        MaitoClient.builder()
            .apiKey(KEY)
            .baseUrl("http://api.internal.example/v1")
            .allowInsecureHttp(true)
            .build()) {
      assertEquals("http://api.internal.example/v1", client.baseUrl());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:8080/v1",
        "http://LOCALHOST/v1",
        "http://127.0.0.1:9000/v1",
        "http://127.0.0.2/v1",
        "http://[::1]:8080/v1",
        "http://emulator.localhost/v1",
        "https://api.getmaito.com/v1"
      })
  void loopbackHostsAndHttpsNeedNoPermission(String url) {
    assertDoesNotThrow(() -> MaitoClient.builder().apiKey(KEY).baseUrl(url).build().close());
  }

  @Test
  void aHostNameThatMerelyStartsWith127IsNotLoopback() {
    assertThrows(
        IllegalArgumentException.class,
        () -> MaitoClient.builder().apiKey(KEY).baseUrl("http://127.attacker.example/v1").build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"not a url", "ftp://api.getmaito.com/v1", "api.getmaito.com/v1", ""})
  void anInvalidBaseUrlIsRejectedNamingIt(String url) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MaitoClient.builder().apiKey(KEY).baseUrl(url).build());

    assertEquals(
        "baseUrl must be an http(s) URL such as https://api.getmaito.com/v1 (was \"" + url + "\")",
        e.getMessage());
  }

  @Test
  void aBaseUrlWithATrailingSlashMakesTheSamePaths() throws Exception {
    server.enqueueFixture(200, "tag.json");
    MaitoClient client =
        server.track(MaitoClient.builder().apiKey(KEY).baseUrl(server.baseUrl() + "/").build());

    client.tags().retrieve("tag_1");

    assertEquals("/v1/newsletter/tags/tag_1", server.takeRequest().getUrl().encodedPath());
  }

  // --- options ----------------------------------------------------------------------------------

  @Test
  void nonsenseOptionsAreRejected() {
    MaitoClient.Builder b = MaitoClient.builder();
    assertThrows(IllegalArgumentException.class, () -> b.maxRetries(-1));
    assertThrows(IllegalArgumentException.class, () -> b.timeout(Duration.ZERO));
    assertThrows(NullPointerException.class, () -> b.transport(null));
    assertThrows(IllegalArgumentException.class, () -> b.maxRetryWait(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> b.rateLimit(0, Duration.ofMinutes(1)));
    assertThrows(NullPointerException.class, () -> b.apiKey(null));
  }

  @Test
  void maxResponseBytesMustBePositive() {
    TransportOptions.Builder b = TransportOptions.builder();
    assertThrows(IllegalArgumentException.class, () -> b.maxResponseBytes(0));
    assertThrows(IllegalArgumentException.class, () -> b.maxResponseBytes(-1));
    b.maxResponseBytes(Long.MAX_VALUE);
  }

  // --- newBuilder -------------------------------------------------------------------------------

  @Test
  void newBuilderDerivesAWorkingClientSharingTheConnectionPool() throws Exception {
    server.enqueueFixture(200, "tag.json");
    server.enqueueFixture(200, "tag.json");
    server.enqueueFixture(200, "tag.json");
    MaitoClient client = server.client();

    client.tags().retrieve("tag_1");
    MaitoClient derived =
        server.track(client.newBuilder().authScheme(AuthScheme.X_API_KEY).maxRetries(0).build());
    derived.tags().retrieve("tag_1");
    derived.close();
    client.tags().retrieve("tag_1");

    assertEquals(client.baseUrl(), derived.baseUrl());
    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    RecordedRequest third = server.takeRequest();
    assertEquals("Bearer " + KEY, first.getHeaders().get("Authorization"));
    assertEquals(KEY, second.getHeaders().get("X-API-Key"));
    assertNull(second.getHeaders().get("Authorization"));
    assertEquals(
        first.getConnectionIndex(),
        second.getConnectionIndex(),
        "the derived client reused the original's pooled connection");
    assertEquals("Bearer " + KEY, third.getHeaders().get("Authorization"));
    assertEquals(
        first.getConnectionIndex(),
        third.getConnectionIndex(),
        "closing the derived client left the shared pool to the original");
  }

  @Test
  void newBuilderCanChangeTheKeyWithoutTouchingTheOriginal() throws Exception {
    server.enqueueFixture(200, "tag.json");
    server.enqueueFixture(200, "tag.json");
    MaitoClient client = server.client();
    MaitoClient other = server.track(client.newBuilder().apiKey("mk_other_key_123").build());

    other.tags().retrieve("tag_1");
    client.tags().retrieve("tag_1");

    assertEquals("Bearer mk_other_key_123", server.takeRequest().getHeaders().get("Authorization"));
    assertEquals("Bearer " + KEY, server.takeRequest().getHeaders().get("Authorization"));
  }

  @Test
  void closeIsIdempotent() {
    MaitoClient client = MaitoClient.builder().apiKey(KEY).build();

    client.close();

    assertDoesNotThrow(client::close);
  }

  @Test
  void aBaseUrlWithAPasswordIsRefusedWithoutQuotingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                MaitoClient.builder()
                    .apiKey("sk_test_builder")
                    .baseUrl("https://user:hunter2@api.example.com/v1")
                    .build());

    assertTrue(e.getMessage().contains("baseUrl must not carry a user or password"));
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
  }
}
