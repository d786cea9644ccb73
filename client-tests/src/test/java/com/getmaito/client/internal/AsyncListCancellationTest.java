package com.getmaito.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.MaitoClient;
import com.getmaito.client.Page;
import com.getmaito.client.model.Subscriber;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class AsyncListCancellationTest {
  @Test
  void cancellingAnAsyncListCancelsItsHttpCall() throws Exception {
    CountDownLatch arrived = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
              arrived.countDown();
              release.await(5, TimeUnit.SECONDS);
              return new MockResponse.Builder().body("{\"ok\":true,\"data\":[]}").build();
            }
          });
      server.start();
      try (MaitoClient client =
          MaitoClient.builder().apiKey("sk_test").baseUrl(server.url("/v1").toString()).build()) {
        CompletableFuture<Page<Subscriber>> page = client.async().subscribers().list();
        assertTrue(arrived.await(5, TimeUnit.SECONDS));
        assertTrue(page.cancel(true));
        okhttp3.Dispatcher dispatcher = dispatcherOf(client);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (dispatcher.runningCallsCount() > 0 && System.nanoTime() < deadline) {
          Thread.onSpinWait();
        }
        assertEquals(0, dispatcher.runningCallsCount(), "the HTTP call was cancelled");
      } finally {
        release.countDown();
      }
    }
  }

  private static okhttp3.Dispatcher dispatcherOf(MaitoClient client) throws Exception {
    java.lang.reflect.Method pipeline = MaitoClient.class.getDeclaredMethod("pipeline");
    pipeline.setAccessible(true);
    return ((HttpPipeline) pipeline.invoke(client)).http().dispatcher();
  }
}
