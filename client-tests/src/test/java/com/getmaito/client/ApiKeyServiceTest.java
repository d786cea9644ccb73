package com.getmaito.client;

import static com.getmaito.client.WireAssertions.GENERATED_KEY;
import static com.getmaito.client.WireAssertions.assertBodiless;
import static com.getmaito.client.WireAssertions.assertPost;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.errors.MaitoInvalidResponseException;
import com.getmaito.client.model.ApiKey;
import com.getmaito.client.model.ApiKeyCreateParams;
import com.getmaito.client.model.ApiKeyScope;
import com.getmaito.client.model.CreatedApiKey;
import com.getmaito.client.model.RevokeResult;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The wire form of every {@link ApiKeyService} and {@link ApiKeyServiceAsync} call. */
class ApiKeyServiceTest {
  private static final String PATH = "/v1/api-keys";
  private static final String ID = "key_01JD30A1B2C3D4E5F6G7H8J9K0";

  @RegisterExtension final SpecValidatingServer server = new SpecValidatingServer();

  @Test
  void createSendsNameExpirationAndScope() throws Exception {
    server.enqueueFixture(201, "api-key-created.json");

    CreatedApiKey created =
        server
            .client()
            .apiKeys()
            .create(
                ApiKeyCreateParams.builder()
                    .name("Nightly export")
                    .expirationDays(30)
                    .scope(ApiKeyScope.RESTRICTED)
                    .build());

    assertEquals("key_01JD30D7E8F9G0H1J2K3L4M5N6", created.id());
    String key =
        assertPost(
            server.takeRequest(),
            PATH,
            "{\"name\":\"Nightly export\",\"expirationDays\":30,\"scope\":\"restricted\"}");
    assertTrue(GENERATED_KEY.matcher(key).matches(), key);
  }

  @Test
  void createOfANameOnlySendsTheName() throws Exception {
    server.enqueueFixture(201, "api-key-created.json");

    server
        .client()
        .apiKeys()
        .create(
            ApiKeyCreateParams.builder().name("CI").build(),
            RequestOptions.builder().idempotencyKey("key-ci").build());

    assertEquals("key-ci", assertPost(server.takeRequest(), PATH, "{\"name\":\"CI\"}"));
  }

  @Test
  void listSendsGetWithoutQuery() throws Exception {
    server.enqueueFixture(200, "api-key-list.json");

    List<ApiKey> keys =
        server.client().apiKeys().list(RequestOptions.builder().header("X-Trace-Id", "t3").build());

    assertEquals(2, keys.size());
    RecordedRequest r = server.takeRequest();
    assertBodiless(r, "GET", PATH, null);
    assertEquals("t3", r.getHeaders().get("X-Trace-Id"));
  }

  @Test
  void revokeSendsDeleteWithTheIdUrlEncoded() throws Exception {
    server.enqueueFixture(200, "api-key-revoked.json");
    server.enqueueFixture(200, "api-key-revoked.json");
    MaitoClient client = server.client();

    RevokeResult result = client.apiKeys().revoke(ID);
    client.apiKeys().revoke("a/b c");

    assertEquals(new RevokeResult(ID, true), result);
    assertBodiless(server.takeRequest(), "DELETE", PATH + "/" + ID, null);
    assertBodiless(server.takeRequest(), "DELETE", PATH + "/a%2Fb%20c", null);
  }

  @Test
  void blankOrDotIdsAreRejectedBeforeSending() {
    MaitoClient client = server.client();
    for (String id : new String[] {"", " ", ".", ".."}) {
      assertThrows(IllegalArgumentException.class, () -> client.apiKeys().revoke(id));
    }
    assertEquals(0, server.requestCount());
  }

  @Test
  void asyncCallsSendTheSameRequestsAsSync() throws Exception {
    server.enqueueFixture(201, "api-key-created.json");
    server.enqueueFixture(200, "api-key-list.json");
    server.enqueueFixture(200, "api-key-revoked.json");
    ApiKeyServiceAsync async = server.client().async().apiKeys();

    CreatedApiKey created =
        async
            .create(ApiKeyCreateParams.builder().name("Nightly export").build())
            .get(5, TimeUnit.SECONDS);
    assertEquals(2, async.list().get(5, TimeUnit.SECONDS).size());
    assertTrue(async.revoke(ID).get(5, TimeUnit.SECONDS).revoked());

    assertEquals("Nightly export", created.key().name());
    String key = assertPost(server.takeRequest(), PATH, "{\"name\":\"Nightly export\"}");
    assertTrue(GENERATED_KEY.matcher(key).matches(), key);
    assertBodiless(server.takeRequest(), "GET", PATH, null);
    assertBodiless(server.takeRequest(), "DELETE", PATH + "/" + ID, null);
  }

  @Test
  void aNullKeyInTheListFailsNamingIt() {
    server.enqueueJson(200, "{\"ok\":true,\"data\":[null]}");

    MaitoInvalidResponseException e =
        assertThrows(MaitoInvalidResponseException.class, () -> server.client().apiKeys().list());

    assertTrue(e.getMessage().contains(": data[0] is null"), e.getMessage());
  }
}
