package com.getmaito.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The test helper itself: it passes what the SDK sends and catches what the spec forbids. */
class SpecValidatingServerTest {
  @RegisterExtension final SpecValidatingServer server = new SpecValidatingServer();

  private void send(Request request) throws Exception {
    OkHttpClient http = new OkHttpClient();
    try (Response response = http.newCall(request).execute()) {
      response.body().string();
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @Test
  void takeRequestValidatesWhatTheSdkSent() throws Exception {
    server.enqueueFixture(200, "tag.json");

    server.client().tags().retrieve("tag_1");
    server.takeRequest();

    assertEquals(1, server.validatedCount());
  }

  @Test
  void takeRequestFailsARequestTheSpecForbids() throws Exception {
    server.enqueueFixture(200, "tag-list.json");
    server.enqueueFixture(201, "tag.json");

    send(
        new Request.Builder()
            .url(server.url("/v1/newsletter/tags?limit=0&color=red"))
            .header("Authorization", "Bearer pk_live_123")
            .build());
    send(
        new Request.Builder()
            .url(server.url("/v1/newsletter/tags"))
            .header("Authorization", "Bearer " + SpecValidatingServer.KEY)
            .post(RequestBody.create("{\"title\":\"x\"}", MediaType.get("application/json")))
            .build());

    AssertionError list = assertThrows(AssertionError.class, server::takeRequest);
    AssertionError create = assertThrows(AssertionError.class, server::takeRequest);
    assertTrue(list.getMessage().contains("maito.request.key.public"), list.getMessage());
    assertTrue(list.getMessage().contains("query.unexpected"), list.getMessage());
    assertTrue(create.getMessage().contains("additionalProperties"), create.getMessage());
  }
}
