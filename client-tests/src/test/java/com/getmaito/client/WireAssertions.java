package com.getmaito.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import mockwebserver3.RecordedRequest;
import okio.ByteString;

/** Assertions on what the SDK put on the wire. */
final class WireAssertions {
  /** {@code maito-java/<version> (Java <version>; <os> <arch>)}, with a resolved version. */
  static final Pattern USER_AGENT =
      Pattern.compile("maito-java/\\d+\\.\\d+\\.\\d+[-.\\w]* \\(Java [^;()]+; [^()]+\\)");

  /** A generated {@code Idempotency-Key}. */
  static final Pattern GENERATED_KEY =
      Pattern.compile("maito-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

  private WireAssertions() {}

  /** The headers every call sends: Bearer key, Accept, User-Agent; no compat key header. */
  static void assertStandardHeaders(RecordedRequest r) {
    assertEquals("Bearer " + SpecValidatingServer.KEY, r.getHeaders().get("Authorization"));
    assertNull(r.getHeaders().get("X-API-Key"));
    assertEquals("application/json", r.getHeaders().get("Accept"));
    String ua = r.getHeaders().get("User-Agent");
    assertNotNull(ua);
    assertTrue(USER_AGENT.matcher(ua).matches(), "User-Agent: " + ua);
  }

  /** A POST with the exact JSON body, a JSON content type and an Idempotency-Key; returns it. */
  static String assertPost(RecordedRequest r, String encodedPath, String exactBody) {
    assertEquals("POST", r.getMethod());
    assertEquals(encodedPath, r.getUrl().encodedPath());
    assertNull(r.getUrl().encodedQuery(), "no query on a POST");
    assertStandardHeaders(r);
    assertJsonContentType(r);
    assertEquals(exactBody, body(r));
    String key = r.getHeaders().get("Idempotency-Key");
    assertNotNull(key, "every POST carries an Idempotency-Key");
    return key;
  }

  /** A PUT with the exact JSON body and no Idempotency-Key. */
  static void assertPut(RecordedRequest r, String encodedPath, String exactBody) {
    assertEquals("PUT", r.getMethod());
    assertEquals(encodedPath, r.getUrl().encodedPath());
    assertNull(r.getUrl().encodedQuery());
    assertStandardHeaders(r);
    assertJsonContentType(r);
    assertEquals(exactBody, body(r));
    assertNull(r.getHeaders().get("Idempotency-Key"), "no Idempotency-Key on PUT");
  }

  /** A GET or DELETE: no body, no content type, no Idempotency-Key. */
  static void assertBodiless(
      RecordedRequest r, String method, String encodedPath, String encodedQuery) {
    assertEquals(method, r.getMethod());
    assertEquals(encodedPath, r.getUrl().encodedPath());
    assertEquals(encodedQuery, r.getUrl().encodedQuery());
    assertStandardHeaders(r);
    assertEquals(0, r.getBodySize(), "no body on " + method);
    assertNull(r.getHeaders().get("Content-Type"), "no Content-Type on " + method);
    assertNull(r.getHeaders().get("Idempotency-Key"), "no Idempotency-Key on " + method);
  }

  static void assertJsonContentType(RecordedRequest r) {
    String type = r.getHeaders().get("Content-Type");
    assertNotNull(type);
    assertTrue(type.startsWith("application/json"), "Content-Type: " + type);
  }

  static String body(RecordedRequest r) {
    ByteString body = r.getBody();
    return body == null ? "" : body.utf8();
  }
}
