package com.getmaito.client;

import static com.getmaito.client.testing.ResilienceFixtures.error;
import static com.getmaito.client.testing.ResilienceFixtures.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.getmaito.client.errors.NotFoundException;
import com.getmaito.client.model.RateLimitInfo;
import com.getmaito.client.testing.ResilienceFixtures;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The pipeline's internal seam for the importer: an observer of every response's rate limit. */
class RateLimitObserverTest {
  @StartStop private final MockWebServer server = new MockWebServer();

  @Test
  void anObserverSeesTheRateLimitOfEveryResponseThatCarriesOneErrorsIncluded() {
    server.enqueue(
        tag().addHeader("RateLimit-Limit", "120").addHeader("RateLimit-Remaining", "7").build());
    server.enqueue(tag().build());
    server.enqueue(
        error(404, "NOT_FOUND")
            .addHeader("RateLimit-Limit", "120")
            .addHeader("RateLimit-Remaining", "6")
            .build());
    List<RateLimitInfo> seen = new CopyOnWriteArrayList<>();
    try (MaitoClient client = ResilienceFixtures.client(server).maxRetries(0).build()) {
      client.pipeline().addRateLimitObserver(seen::add);
      client
          .pipeline()
          .addRateLimitObserver(
              info -> {
                throw new IllegalStateException("a broken observer does not break the call");
              });
      client.tags().retrieve("tag_1");
      client.tags().retrieve("tag_1");
      assertThrows(NotFoundException.class, () -> client.tags().retrieve("tag_1"));
    }
    assertEquals(2, seen.size());
    assertEquals(7, seen.get(0).remaining());
    assertEquals(6, seen.get(1).remaining());
  }
}
