package com.getmaito.client.spec;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where spec/openapi.yaml disagreed with API-CONTRACT.md, which wins. */
class SpecContractReviewTest {
  private static final OpenApiValidator SPEC = OpenApiValidator.instance();
  private static final String PATH = "/v1/newsletter/subscribers/sub_1";

  private static Map<String, List<String>> headers() {
    return Map.of(
        "Authorization", List.of("Bearer sk_test_4eC39HqLyjWDarjtT1zdp7dc"),
        "Content-Type", List.of("application/json"));
  }

  /** Contract, Subscribers: PUT is partial; "a field sent as null is cleared" (any field). */
  @Test
  void anUpdateMayClearTagsAndCustomFieldsWithNull() {
    SPEC.assertValidRequest("PUT", PATH, headers(), "{\"tags\":null,\"customFields\":null}");
    SPEC.assertValidRequest("PUT", PATH, headers(), "{\"customFields\":{\"a\":1,\"b\":null}}");
  }

  @Test
  void anUpdateStillRejectsNestedCustomFieldsAndBadTags() {
    assertTrue(
        SPEC.validateRequest("PUT", PATH, headers(), "{\"customFields\":{\"a\":{\"b\":1}}}")
            .hasErrors());
    assertTrue(SPEC.validateRequest("PUT", PATH, headers(), "{\"tags\":[\"\"]}").hasErrors());
    assertFalse(SPEC.validateRequest("PUT", PATH, headers(), "{\"tags\":[\"vip\"]}").hasErrors());
  }
}
