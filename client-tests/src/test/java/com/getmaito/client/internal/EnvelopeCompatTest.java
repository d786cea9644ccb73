package com.getmaito.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.getmaito.client.MaitoClient;
import com.getmaito.client.Page;
import com.getmaito.client.model.Tag;
import com.getmaito.client.model.TagListParams;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

class EnvelopeCompatTest {
  private static final String TAG =
      "{\"id\":\"tag_1\",\"name\":\"vip\",\"description\":null,\"subscriberCount\":2,"
          + "\"createdAt\":\"2026-11-22T10:30:00.000Z\",\"updatedAt\":\"2026-11-22T10:30:00.000Z\"}";

  @Test
  void aDataWrapperWithoutOkOrSuccessIsReadAsAnEnvelope() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          new MockResponse.Builder()
              .body(
                  "{\"data\":["
                      + TAG
                      + "],\"meta\":{\"total\":1,\"limit\":10,\"nextCursor\":null}}")
              .build());
      server.enqueue(new MockResponse.Builder().body(TAG).build());
      server.start();
      try (MaitoClient client =
          MaitoClient.builder().apiKey("sk_test").baseUrl(server.url("/v1").toString()).build()) {
        Page<Tag> page = client.tags().list(TagListParams.builder().limit(10).build());
        assertEquals("vip", page.data().get(0).name());
        assertEquals(1L, page.total());
        assertFalse(page.hasNextPage());
        assertEquals("tag_1", client.tags().retrieve("tag_1").id());
      }
    }
  }
}
