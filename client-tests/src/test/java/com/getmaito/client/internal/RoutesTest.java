package com.getmaito.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** Route templates never hold a raw id; the base URL's version is recognised. */
class RoutesTest {
  @Test
  void templatesNameTheRouteNotTheId() {
    assertEquals(
        "/newsletter/subscribers", Routes.template("GET", List.of("newsletter", "subscribers")));
    assertEquals(
        "/newsletter/subscribers/{id}",
        Routes.template("PUT", List.of("newsletter", "subscribers", "sub_123")));
    assertEquals(
        "/newsletter/subscribers/bulk",
        Routes.template("POST", List.of("newsletter", "subscribers", "bulk")));
    assertEquals(
        "/newsletter/subscribers/{id}",
        Routes.template("GET", List.of("newsletter", "subscribers", "bulk")),
        "a subscriber whose id is bulk");
    assertEquals(
        "/newsletter/tags/{id}",
        Routes.template("DELETE", List.of("newsletter", "tags", "subscribers")));
    assertEquals("/api-keys", Routes.template("GET", List.of("api-keys")));
    assertEquals("/api-keys/{id}", Routes.template("DELETE", List.of("api-keys", "key_1")));
    assertTrue(Routes.isCollection("/newsletter/subscribers/bulk"));
    assertFalse(Routes.isCollection("/api-keys/{id}"));
  }

  @Test
  void aBaseUrlEndsInAVersionWithOrWithoutATrailingSlash() {
    assertTrue(Routes.endsInVersion(HttpUrl.get("https://api.getmaito.com/v1")));
    assertTrue(Routes.endsInVersion(HttpUrl.get("https://gw.example.com/maito/v2/")));
    assertFalse(Routes.endsInVersion(HttpUrl.get("https://api.getmaito.com")));
    assertFalse(Routes.endsInVersion(HttpUrl.get("https://api.getmaito.com/api/")));
  }
}
