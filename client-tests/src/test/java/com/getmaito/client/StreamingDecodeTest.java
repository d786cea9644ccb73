package com.getmaito.client;

import static com.getmaito.client.testing.ResilienceFixtures.TAG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.errors.ConflictException;
import com.getmaito.client.errors.MaitoApiException;
import com.getmaito.client.errors.MaitoInvalidResponseException;
import com.getmaito.client.errors.NotFoundException;
import com.getmaito.client.model.Tag;
import com.getmaito.client.model.TagListParams;
import com.getmaito.client.testing.CallMode;
import com.getmaito.client.testing.FakeSleeper;
import com.getmaito.client.testing.ResilienceFixtures;
import com.getmaito.emulator.MutableClock;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A success body is decoded while it is read off the socket. What the caller gets must not depend
 * on that: a failure envelope is mapped from its fields in any key order and at any length, a
 * connection cut mid-body is a network failure (retried), a complete body whose JSON ends early is
 * an invalid response (not retried), and a syntax error early in a body over the cap is reported as
 * too large, as reading the whole body first would have shown. A failure envelope followed by more
 * than white space is no JSON document: mapped by its status alone, not retried.
 */
@Timeout(30)
class StreamingDecodeTest {
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

  @Test
  void aFailureEnvelopeOnA200IsMappedWhateverTheOrderOfItsKeys() {
    enqueue200("{\"ok\":false,\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"gone\"}}");
    enqueue200("{\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"gone\"},\"ok\":false}");
    enqueue200(" \n {\"success\":false,\"code\":\"CONFLICT\",\"message\":\"taken\"}");
    try (MaitoClient client = client()) {
      for (int i = 0; i < 2; i++) {
        NotFoundException e =
            assertThrows(NotFoundException.class, () -> client.tags().retrieve("tag_1"));
        assertEquals("NOT_FOUND", e.errorCode());
        assertTrue(e.getMessage().contains("gone"), e.getMessage());
      }
      ConflictException e =
          assertThrows(ConflictException.class, () -> client.tags().retrieve("tag_1"));
      assertEquals("CONFLICT", e.errorCode());
    }
    assertEquals(3, server.getRequestCount(), "a failure envelope is not retried");
  }

  @Test
  void aFailureEnvelopeLongerThanAnExcerptIsStillMappedByItsCode() {
    String details = "x".repeat(10_000);
    enqueue200(
        "{\"ok\":false,\"error\":{\"message\":\"gone: "
            + details
            + "\",\"details\":[],\"code\":\"NOT_FOUND\"}}");
    try (MaitoClient client = client()) {
      NotFoundException e =
          assertThrows(NotFoundException.class, () -> client.tags().retrieve("tag_1"));
      assertEquals("NOT_FOUND", e.errorCode());
    }
  }

  @Test
  void anEnvelopeWhoseDataComesAfterOtherKeysIsDecoded() {
    enqueue200(
        "{\"meta\":{\"total\":2,\"limit\":100,\"nextCursor\":null},\"ok\":true,\"data\":["
            + TAG
            + ","
            + TAG
            + "]}");
    enqueue200(TAG); // bare
    try (MaitoClient client = client()) {
      Page<Tag> page = client.tags().list(TagListParams.ofDefaults());
      assertEquals(2, page.data().size());
      assertEquals(2L, page.total());
      assertEquals("vip", client.tags().retrieve("tag_1").name());
    }
  }

  @Test
  void aConnectionCutInTheMiddleOfASuccessBodyIsRetriedLikeAnyNetworkFailure() {
    server.enqueue(
        ResilienceFixtures.tag().onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(ResilienceFixtures.tag().build());
    try (MaitoClient client = client()) {
      assertEquals("vip", client.tags().retrieve("tag_1").name());
    }
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void aCompleteBodyWhoseJsonEndsEarlyIsAnInvalidResponseAndNotRetried() {
    enqueue200("{\"ok\":true,\"data\":{\"id\":\"tag_1\",\"name\":\"v");
    try (MaitoClient client = client()) {
      MaitoInvalidResponseException e =
          assertThrows(MaitoInvalidResponseException.class, () -> client.tags().retrieve("tag_1"));
      assertTrue(e.getMessage().startsWith("Could not read the response"), e.getMessage());
      assertTrue(e.bodyExcerpt().contains("\"name\":\"v"), e.bodyExcerpt());
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aSyntaxErrorEarlyInABodyOverTheCapIsReportedAsTooLarge() {
    String body = "{\"ok\":true,\"data\":[{\"id\": nope " + " ".repeat(200_000) + "]}";
    server.enqueue(new MockResponse.Builder().chunkedBody(body, 8192).build());
    try (MaitoClient client =
        ResilienceFixtures.client(server, clock, sleeper)
            .maxRetries(0)
            .transport(TransportOptions.builder().maxResponseBytes(100_000).build())
            .build()) {
      MaitoInvalidResponseException e =
          assertThrows(
              MaitoInvalidResponseException.class,
              () -> client.tags().list(TagListParams.ofDefaults()));
      assertTrue(e.getMessage().contains("maxResponseBytes (100000 bytes)"), e.getMessage());
    }
  }

  @Test
  void aNullTagFailsNamingWhereItIs() {
    enqueue200(
        "{\"ok\":true,\"data\":{\"id\":\"sub_1\",\"email\":\"a@example.com\","
            + "\"status\":\"subscribed\",\"tags\":[\"vip\",null],"
            + "\"createdAt\":\"2026-11-22T10:30:00.000Z\","
            + "\"updatedAt\":\"2026-11-22T10:30:00.000Z\"}}");
    try (MaitoClient client = client()) {
      MaitoInvalidResponseException e =
          assertThrows(
              MaitoInvalidResponseException.class, () -> client.subscribers().retrieve("sub_1"));
      assertTrue(e.getMessage().contains("$.data.tags[1]"), e.getMessage());
    }
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
