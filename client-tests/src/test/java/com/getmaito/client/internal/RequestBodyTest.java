package com.getmaito.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.getmaito.client.model.BulkCreateParams;
import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.client.model.SubscriberStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The subscriber and bulk bodies are written field by field, without a map per row: the JSON must
 * be exactly that of the params' documented {@code body()} maps, for every field set or not.
 */
class RequestBodyTest {
  private static SubscriberCreateParams everything() {
    Map<String, @Nullable Object> custom = new LinkedHashMap<>();
    custom.put("company", "Acme \"Ltd\" \u00e9\u4e2d");
    custom.put("seats", 5L);
    custom.put("score", 1.5);
    custom.put("paid", true);
    custom.put("cleared", null);
    return SubscriberCreateParams.builder()
        .email("Ann@Example.com")
        .firstName("Ann")
        .lastName("Lee")
        .status(SubscriberStatus.of("pending"))
        .confirmed(false)
        .tags(List.of("vip", "2026"))
        .customFields(custom)
        .source("import")
        .optInAttestation(true)
        .build();
  }

  private static String json(JsonBody body) {
    return Json.encodeBody(body).utf8();
  }

  @Test
  void aSubscriberBodyIsItsParamsBodyAsJson() {
    for (SubscriberCreateParams p :
        List.of(
            everything(),
            SubscriberCreateParams.builder().email("bo@example.com").build(),
            SubscriberCreateParams.builder()
                .email("cy@example.com")
                .tags(List.of())
                .customFields(Map.of())
                .build())) {
      assertEquals(json(JsonBody.of(p.body())), json(Json.subscriberBody(p)));
    }
  }

  @Test
  void aBulkBodyIsItsParamsBodyAsJsonWithAndWithoutTheBatchAttestation() {
    List<SubscriberCreateParams> rows = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      rows.add(
          i % 3 == 0
              ? everything().toBuilder().email("row" + i + "@example.com").build()
              : SubscriberCreateParams.builder().email("row" + i + "@example.com").build());
    }
    for (BulkCreateParams p :
        List.of(
            BulkCreateParams.of(rows),
            BulkCreateParams.builder().subscribers(rows).optInAttestation(true).build())) {
      String expected = json(JsonBody.of(p.body()));
      assertEquals(expected, json(Json.bulkBody(p)));
    }
    assertEquals(
        "{\"subscribers\":[{\"email\":\"a@example.com\"}],\"optInAttestation\":true}",
        json(
            Json.bulkBody(
                BulkCreateParams.builder()
                    .subscribers(
                        List.of(SubscriberCreateParams.builder().email("a@example.com").build()))
                    .optInAttestation(true)
                    .build())));
  }
}
