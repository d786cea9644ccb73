package com.getmaito.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.SpecValidatingServer.Fixtures;
import com.getmaito.client.model.Subscriber;
import com.getmaito.client.model.Tag;
import com.getmaito.client.model.TagCreateParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One client shared by 16 threads: 1,000 mixed calls all succeed, each sent exactly once. */
class ThreadSafetyTest {
  private static final int THREADS = 16;
  private static final int CALLS = 1_000;

  @RegisterExtension final SpecValidatingServer server = new SpecValidatingServer();

  /** Fixed answers by method and path; every POST's Idempotency-Key is recorded. */
  private static final class FixedDispatcher extends Dispatcher {
    final Set<String> idempotencyKeys = ConcurrentHashMap.newKeySet();
    final AtomicInteger posts = new AtomicInteger();
    private final String subscriber = Fixtures.read("subscriber.json");
    private final String tag = Fixtures.read("tag.json");
    private final String tags = Fixtures.read("tag-list.json");

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String path = request.getUrl().encodedPath();
      String body;
      int code = 200;
      if (request.getMethod().equals("POST") && path.equals("/v1/newsletter/tags")) {
        posts.incrementAndGet();
        idempotencyKeys.add(request.getHeaders().get("Idempotency-Key"));
        body = tag;
        code = 201;
      } else if (path.startsWith("/v1/newsletter/subscribers/")) {
        body = subscriber;
      } else if (path.equals("/v1/newsletter/tags")) {
        body = tags;
      } else {
        return new MockResponse.Builder().code(404).body("{\"ok\":false}").build();
      }
      return new MockResponse.Builder()
          .code(code)
          .addHeader("Content-Type", "application/json")
          .addHeader("X-Request-Id", "req_" + request.getExchangeIndex())
          .addHeader("RateLimit-Limit", "100000")
          .body(body)
          .build();
    }
  }

  @Test
  @Timeout(60)
  void sixteenThreadsShareOneClientForAThousandCalls() throws Exception {
    FixedDispatcher dispatcher = new FixedDispatcher();
    server.setDispatcher(dispatcher);
    server.validateEveryNthLeftover(10);
    MaitoClient client = server.client();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger succeeded = new AtomicInteger();
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        workers.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = next.getAndIncrement(); i < CALLS; i = next.getAndIncrement()) {
                    try {
                      call(client, i);
                      succeeded.incrementAndGet();
                    } catch (Throwable e) {
                      failures.add(e);
                    }
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> worker : workers) {
        worker.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertTrue(failures.isEmpty(), () -> failures.size() + " failed, first: " + failures.peek());
    assertEquals(CALLS, succeeded.get());
    assertEquals(CALLS, server.requestCount(), "each call sent exactly once");
    assertEquals(dispatcher.posts.get(), dispatcher.idempotencyKeys.size(), "POST keys unique");
    assertNotNull(client.lastRateLimit());
    assertEquals(100000, client.lastRateLimit().limit());
  }

  /** A mix of sync and async, GET and POST, single and list calls. */
  private static void call(MaitoClient client, int i) throws Exception {
    switch (i % 5) {
      case 0:
        Subscriber s = client.subscribers().retrieve("sub_" + i);
        assertEquals("Ada", s.firstName());
        break;
      case 1:
        Page<Tag> page = client.tags().list();
        assertEquals(2, page.data().size());
        break;
      case 2:
        Tag created = client.tags().create(TagCreateParams.of("t" + i));
        assertEquals("vip", created.name());
        break;
      case 3:
        Subscriber async =
            client.async().subscribers().retrieve("sub_" + i).get(30, TimeUnit.SECONDS);
        assertEquals(12L, async.customFields().get("seats"));
        break;
      default:
        Tag tag =
            client.async().tags().create(TagCreateParams.of("a" + i)).get(30, TimeUnit.SECONDS);
        assertEquals(42, tag.subscriberCount());
        break;
    }
  }
}
