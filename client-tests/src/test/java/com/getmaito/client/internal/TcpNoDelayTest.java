package com.getmaito.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.MaitoClient;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Connection;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The client's sockets set {@code TCP_NODELAY}: a body written after its headers is not held. */
class TcpNoDelayTest {
  private static final String TAG =
      "{\"ok\":true,\"data\":{\"id\":\"tag_1\",\"name\":\"vip\",\"description\":null,"
          + "\"subscriberCount\":3,\"createdAt\":\"2026-11-22T10:30:00.000Z\","
          + "\"updatedAt\":\"2026-11-22T10:30:00.000Z\"}}";

  @StartStop private final MockWebServer server = new MockWebServer();

  @Test
  void theSocketTheClientUsesHasTcpNoDelay() throws Exception {
    server.enqueue(new MockResponse.Builder().body(TAG).build());
    server.enqueue(new MockResponse.Builder().body(TAG).build());
    try (MaitoClient client =
        MaitoClient.builder().apiKey("sk_test").baseUrl(server.url("/v1").toString()).build()) {
      client.tags().retrieve("tag_1");
      HttpPipeline pipeline = pipelineOf(client);
      assertEquals(1, pipeline.http().connectionPool().connectionCount());
      // Look at the pooled connection the SDK's call just used, through a client sharing its pool.
      AtomicReference<Socket> socket = new AtomicReference<>();
      OkHttpClient probe =
          pipeline
              .http()
              .newBuilder()
              .addNetworkInterceptor(
                  chain -> {
                    Connection connection = chain.connection();
                    socket.set(connection.socket());
                    return chain.proceed(chain.request());
                  })
              .build();
      try (Response r =
          probe.newCall(new Request.Builder().url(server.url("/v1/x")).build()).execute()) {
        assertEquals(200, r.code());
      }
      int sdkConnection = server.takeRequest().getConnectionIndex();
      assertEquals(sdkConnection, server.takeRequest().getConnectionIndex(), "the same socket");
      assertTrue(socket.get().getTcpNoDelay(), "TCP_NODELAY is on");
    }
  }

  private static HttpPipeline pipelineOf(MaitoClient client) throws Exception {
    java.lang.reflect.Method pipeline = MaitoClient.class.getDeclaredMethod("pipeline");
    pipeline.setAccessible(true);
    return (HttpPipeline) pipeline.invoke(client);
  }
}
