package com.getmaito.client;

import static com.getmaito.client.testing.ResilienceFixtures.error;
import static com.getmaito.client.testing.ResilienceFixtures.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.errors.AuthenticationException;
import com.getmaito.client.errors.MaitoException;
import com.getmaito.client.testing.FakeSleeper;
import com.getmaito.client.testing.ResilienceFixtures;
import com.getmaito.emulator.MutableClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** {@link RequestOptions.Builder#apiKey(String)}: one client calling for many accounts. */
class PerRequestApiKeyTest {
  /** A tenant's key that is not shaped like {@code sk_...}: only the redactor can know it. */
  private static final String TENANT_KEY = "tenant7-Zq81xVv0Lw3R9sKd";

  @StartStop private final MockWebServer server = new MockWebServer();

  private static RequestOptions tenant() {
    return RequestOptions.builder().apiKey(TENANT_KEY).build();
  }

  @Test
  void theCallsKeyReplacesTheClientsInTheAuthHeaderOfEveryAttempt() throws Exception {
    server.enqueue(error(503, "UNAVAILABLE").build());
    server.enqueue(tag().build());
    server.enqueue(tag().build());
    MutableClock clock = ResilienceFixtures.clock();
    try (MaitoClient client =
        ResilienceFixtures.client(server, clock, new FakeSleeper(clock)).build()) {
      client.tags().retrieve("tag_1", tenant());
      client.tags().retrieve("tag_1");
    }
    assertEquals("Bearer " + TENANT_KEY, server.takeRequest().getHeaders().get("Authorization"));
    assertEquals(
        "Bearer " + TENANT_KEY,
        server.takeRequest().getHeaders().get("Authorization"),
        "the retry sends the call's key too");
    assertEquals(
        "Bearer " + ResilienceFixtures.API_KEY,
        server.takeRequest().getHeaders().get("Authorization"),
        "the next call without options uses the client's key");
  }

  @Test
  void theCallsKeyIsSentAsXApiKeyUnderThatSchemeAndByTheAsyncApi() throws Exception {
    server.enqueue(tag().build());
    try (MaitoClient client =
        ResilienceFixtures.client(server).authScheme(AuthScheme.X_API_KEY).build()) {
      client.async().tags().retrieve("tag_1", tenant()).get(5, TimeUnit.SECONDS);
    }
    RecordedRequest request = server.takeRequest();
    assertEquals(TENANT_KEY, request.getHeaders().get("X-API-Key"));
    assertNull(request.getHeaders().get("Authorization"));
  }

  @Test
  void theCallsKeyIsRedactedFromMessagesWhenTheServerEchoesIt() {
    server.enqueue(
        new MockResponse.Builder()
            .code(401)
            .addHeader("Content-Type", "application/json")
            .body(
                "{\"ok\":false,\"error\":{\"code\":\"UNAUTHORIZED\",\"message\":\"Key "
                    + TENANT_KEY
                    + " is not valid\",\"details\":[{\"field\":\""
                    + TENANT_KEY
                    + "\",\"message\":\"bad "
                    + TENANT_KEY
                    + "\"}]}}")
            .build());
    server.enqueue(new MockResponse.Builder().code(502).body("<html>" + TENANT_KEY).build());
    try (MaitoClient client = ResilienceFixtures.client(server).maxRetries(0).build()) {
      AuthenticationException e =
          assertThrows(
              AuthenticationException.class, () -> client.tags().retrieve("tag_1", tenant()));
      assertNoTenantKey(e);
      assertTrue(e.getMessage().contains("[redacted]"), e.getMessage());
      ExecutionException async =
          assertThrows(
              ExecutionException.class,
              () -> client.async().tags().retrieve("tag_1", tenant()).get(5, TimeUnit.SECONDS));
      assertNoTenantKey(async.getCause());
    }
  }

  @Test
  void optionsNeverPrintTheKey() {
    String shown = tenant().toString();
    assertFalse(shown.contains(TENANT_KEY.substring(4)), shown);
    assertTrue(shown.contains("apiKey=****"), shown);
    assertTrue(
        RequestOptions.builder()
            .apiKey("sk_live_abcdefgh12345")
            .build()
            .toString()
            .contains("sk_****"));
    assertEquals(TENANT_KEY, tenant().toBuilder().build().apiKey());
  }

  @Test
  void theCallsKeyIsHeldToTheClientKeysRules() {
    IllegalArgumentException pk =
        assertThrows(
            IllegalArgumentException.class,
            () -> RequestOptions.builder().apiKey("pk_live_abcdefgh12345"));
    assertTrue(pk.getMessage().contains("public key"), pk.getMessage());
    assertTrue(pk.getMessage().contains("RequestOptions.apiKey"), pk.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RequestOptions.builder().apiKey("  "));
    IllegalArgumentException newline =
        assertThrows(
            IllegalArgumentException.class, () -> RequestOptions.builder().apiKey("sk_live_abc\n"));
    assertFalse(newline.getMessage().contains("sk_live_abc"), newline.getMessage());
    assertNull(RequestOptions.builder().apiKey(null).build().apiKey(), "null: the client's key");
  }

  private static void assertNoTenantKey(Throwable e) {
    assertTrue(e instanceof MaitoException, String.valueOf(e));
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    assertFalse(trace.toString().contains(TENANT_KEY), trace.toString());
    assertFalse(trace.toString().contains(TENANT_KEY.substring(8)), trace.toString());
  }
}
