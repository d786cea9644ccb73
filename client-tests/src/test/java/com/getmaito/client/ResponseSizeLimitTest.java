package com.getmaito.client;

import static com.getmaito.client.testing.ResilienceFixtures.TAG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.errors.MaitoInvalidResponseException;
import com.getmaito.client.model.TagListParams;
import com.getmaito.client.testing.ResilienceFixtures;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code maxResponseBytes}: a body larger than the cap, or an endless one, fails the call with
 * {@link MaitoInvalidResponseException} once the cap is passed, without reading (or holding) the
 * rest.
 */
@Timeout(30)
class ResponseSizeLimitTest {
  private static final long ONE_MIB = 1024 * 1024;

  @StartStop private final MockWebServer server = new MockWebServer();

  private static TransportOptions limit(long maxResponseBytes) {
    return TransportOptions.builder().maxResponseBytes(maxResponseBytes).build();
  }

  private MaitoClient.Builder client() {
    return ResilienceFixtures.client(server).maxRetries(0);
  }

  /** A list page of {@code count} tags, in the envelope: about 180 bytes a tag. */
  private static String tagPage(int count) {
    StringBuilder b = new StringBuilder("{\"ok\":true,\"data\":[");
    for (int i = 0; i < count; i++) {
      b.append(i == 0 ? "" : ",").append(TAG);
    }
    return b.append("],\"meta\":{\"total\":").append(count).append(",\"limit\":100}}").toString();
  }

  @Test
  void theDefaultReadsPagesFarLargerThanTheLargestLegitimateOne() {
    String page = tagPage(10_000); // ~1.8 MB, eight times a 500-subscriber page
    server.enqueue(new MockResponse.Builder().body(page).build());
    try (MaitoClient client = client().build()) {
      assertEquals(10_000, client.tags().list(TagListParams.ofDefaults()).data().size());
    }
  }

  @Test
  void aBodyLongerThanMaxResponseBytesFailsAsAnInvalidResponse() {
    String page = tagPage(2_000); // ~360 KB
    // Chunked, so the client cannot tell the size up front: it stops once the cap is passed.
    server.enqueue(new MockResponse.Builder().chunkedBody(page, 8192).build());
    server.enqueue(new MockResponse.Builder().body(page).build());
    try (MaitoClient client = client().transport(limit(100_000)).build()) {
      for (int i = 0; i < 2; i++) {
        MaitoInvalidResponseException e =
            assertThrows(
                MaitoInvalidResponseException.class,
                () -> client.tags().list(TagListParams.ofDefaults()));
        assertEquals(200, e.statusCode());
        assertTrue(e.getMessage().contains("maxResponseBytes (100000 bytes)"), e.getMessage());
      }
    }
  }

  @Test
  void aDeclaredLengthOverTheCapFailsBeforeTheBodyIsRead() {
    server.enqueue(new MockResponse.Builder().body(tagPage(2_000)).build());
    try (MaitoClient client = client().transport(limit(100_000)).build()) {
      MaitoInvalidResponseException e =
          assertThrows(
              MaitoInvalidResponseException.class,
              () -> client.tags().list(TagListParams.ofDefaults()));
      assertNull(e.bodyExcerpt(), "nothing of the body was read");
    }
  }

  @Test
  void anEndlessChunkedStreamFailsOnceTheCapIsPassedSyncAndAsync() throws Exception {
    AtomicLong written = new AtomicLong();
    server.enqueue(endless(written).build());
    server.enqueue(endless(written).build());
    try (MaitoClient client = client().transport(limit(ONE_MIB)).build()) {
      MaitoInvalidResponseException sync =
          assertThrows(MaitoInvalidResponseException.class, () -> client.tags().retrieve("t"));
      ExecutionException async =
          assertThrows(
              ExecutionException.class,
              () -> client.async().tags().retrieve("t").get(20, TimeUnit.SECONDS));
      MaitoInvalidResponseException e =
          assertInstanceOf(MaitoInvalidResponseException.class, async.getCause());
      for (MaitoInvalidResponseException each : new MaitoInvalidResponseException[] {sync, e}) {
        assertNotNull(each.bodyExcerpt());
        assertTrue(each.bodyExcerpt().length() <= 203, each.bodyExcerpt());
        assertTrue(each.bodyExcerpt().startsWith("{\"ok\":true"), each.bodyExcerpt());
      }
    }
    assertTrue(written.get() < 16 * ONE_MIB, "the client stopped reading: " + written.get());
  }

  /**
   * 200 with a chunked body that starts like a list and never ends (bounded at 64 MiB so that a
   * client that reads it all fails the test instead of the JVM).
   */
  private static MockResponse.Builder endless(AtomicLong written) {
    MockResponseBody body =
        new MockResponseBody() {
          @Override
          public long getContentLength() {
            return -1;
          }

          @Override
          public void writeTo(BufferedSink sink) throws IOException {
            writeChunk(sink, "{\"ok\":true,\"data\":[" + TAG);
            String chunk = ("," + TAG).repeat(40);
            while (written.get() < 64 * ONE_MIB) {
              writeChunk(sink, chunk);
              written.addAndGet(chunk.length());
            }
            writeChunk(sink, "]}");
            sink.writeUtf8("0\r\n\r\n");
            sink.flush();
          }
        };
    return new MockResponse.Builder().addHeader("Transfer-Encoding", "chunked").body(body);
  }

  private static void writeChunk(BufferedSink sink, String data) throws IOException {
    byte[] bytes = data.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    sink.writeUtf8(Integer.toHexString(bytes.length)).writeUtf8("\r\n").write(bytes);
    sink.writeUtf8("\r\n").flush();
  }
}
