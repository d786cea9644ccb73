package com.getmaito.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.errors.MaitoApiException;
import com.getmaito.client.errors.NotFoundException;
import com.getmaito.client.testing.CallMode;
import com.getmaito.client.testing.FakeSleeper;
import com.getmaito.client.testing.ResilienceFixtures;
import com.getmaito.emulator.MutableClock;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hostile success bodies read while they come off the socket must end as they did when the whole
 * body was read first.
 */
@Timeout(30)
class StreamingDecodeReviewTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  private final MutableClock clock = ResilienceFixtures.clock();
  private final FakeSleeper sleeper = new FakeSleeper(clock);

  private MaitoClient client() {
    return ResilienceFixtures.client(server, clock, sleeper).maxRetries(2).build();
  }

  private void enqueue200(String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body(body)
            .build());
  }

  /**
   * A failure envelope followed by more than white space is not one JSON document: its code is not
   * to be trusted (here it would make a 200 retried as a 503 or a 429). As before, it is mapped by
   * its status alone, with an excerpt, and not retried, whatever the order of its keys.
   */
  @ParameterizedTest
  @EnumSource(CallMode.class)
  void aFailureEnvelopeFollowedByGarbageIsMappedByStatusAloneAndNotRetried(CallMode mode) {
    assertMappedByStatusAlone(
        mode,
        "{\"ok\":false,\"error\":{\"code\":\"UNAVAILABLE\",\"message\":\"down\"}}<html>oops</html>",
        "oops");
  }

  /** The same with the keys in another order (the body is read whole before it is decoded). */
  @ParameterizedTest
  @EnumSource(CallMode.class)
  void aFailureEnvelopeInAnotherKeyOrderFollowedByGarbageIsMappedByStatusAlone(CallMode mode) {
    assertMappedByStatusAlone(
        mode,
        "{\"error\":{\"code\":\"RATE_LIMITED\",\"message\":\"slow\"},\"ok\":false} {\"ok\":true}",
        "{\"ok\":true}");
  }

  private void assertMappedByStatusAlone(CallMode mode, String body, String excerptPart) {
    enqueue200(body);
    server.enqueue(ResilienceFixtures.tag().build()); // what a wrong retry would get
    try (MaitoClient client = client()) {
      MaitoApiException e =
          assertThrows(MaitoApiException.class, () -> mode.tags(client).retrieve("tag_1"));
      assertEquals(MaitoApiException.class, e.getClass(), e.toString());
      assertEquals(200, e.statusCode());
      assertNull(e.errorCode());
      assertNotNull(e.bodyExcerpt());
      assertTrue(e.bodyExcerpt().contains(excerptPart), e.bodyExcerpt());
    }
    assertEquals(
        1, server.getRequestCount(), "a 200 is not retried for a code it cannot vouch for");
  }

  /** White space after a failure envelope (or before it) leaves it a JSON document: typed. */
  @ParameterizedTest
  @EnumSource(CallMode.class)
  void aFailureEnvelopeFollowedByWhiteSpaceIsStillMappedByItsCode(CallMode mode) {
    enqueue200("{\"ok\":false,\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"gone\"}} \r\n\t ");
    enqueue200("\n {\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"gone\"},\"ok\":false}\n");
    try (MaitoClient client = client()) {
      for (int i = 0; i < 2; i++) {
        NotFoundException e =
            assertThrows(NotFoundException.class, () -> mode.tags(client).retrieve("tag_1"));
        assertEquals("NOT_FOUND", e.errorCode());
        assertNull(e.bodyExcerpt());
      }
    }
    assertEquals(2, server.getRequestCount());
  }
}
