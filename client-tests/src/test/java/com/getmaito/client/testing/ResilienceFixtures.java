package com.getmaito.client.testing;

import com.getmaito.client.LogLevel;
import com.getmaito.client.MaitoClient;
import com.getmaito.emulator.MutableClock;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;

/** Responses and clients shared by the retry, rate-limit, timeout and lifecycle tests. */
public final class ResilienceFixtures {
  public static final String API_KEY = "sk_test_resilience";

  public static final String TAG =
      "{\"id\":\"tag_1\",\"name\":\"vip\",\"description\":null,\"subscriberCount\":3,"
          + "\"createdAt\":\"2026-11-22T10:30:00.000Z\",\"updatedAt\":\"2026-11-22T10:30:00.000Z\"}";

  /**
   * Sunday 22 November 2026, 10:30:00 UTC (the contract's example timestamp): where clocks start.
   */
  public static final Instant START = Instant.parse("2026-11-22T10:30:00Z");

  private ResilienceFixtures() {}

  /** A clock that reads {@link #START} until a test or a {@link FakeSleeper} moves it. */
  public static MutableClock clock() {
    return MutableClock.at(START);
  }

  /** A client for {@code server} that waits on {@code sleeper} and reads {@code clock}. */
  public static MaitoClient.Builder client(
      MockWebServer server, MutableClock clock, FakeSleeper sleeper) {
    return client(server).clock(clock).sleeper(sleeper);
  }

  /** A client for {@code server} with the real clock and sleeper. */
  public static MaitoClient.Builder client(MockWebServer server) {
    return MaitoClient.builder()
        .apiKey(API_KEY)
        .baseUrl(server.url("/v1").toString())
        .logLevel(LogLevel.NONE);
  }

  /** 200 with a tag in the {@code ok} envelope. */
  public static MockResponse.Builder tag() {
    return ok(200, TAG);
  }

  /** 201 with a tag, as a create answers. */
  public static MockResponse.Builder createdTag() {
    return ok(201, TAG);
  }

  /** 200 with a delete result. */
  public static MockResponse.Builder deleted() {
    return ok(200, "{\"id\":\"tag_1\",\"deleted\":true}");
  }

  public static MockResponse.Builder ok(int status, String data) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/json")
        .body("{\"ok\":true,\"data\":" + data + "}");
  }

  /** An error envelope with {@code code} for {@code status}. */
  public static MockResponse.Builder error(int status, String code) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/json")
        .body(
            "{\"ok\":false,\"error\":{\"code\":\""
                + code
                + "\",\"message\":\"status "
                + status
                + "\"}}");
  }

  /** The error code the contract gives {@code status}. */
  public static String codeFor(int status) {
    return switch (status) {
      case 400 -> "VALIDATION_FAILED";
      case 401 -> "UNAUTHORIZED";
      case 403 -> "FORBIDDEN";
      case 404 -> "NOT_FOUND";
      case 408 -> "REQUEST_TIMEOUT";
      case 409 -> "CONFLICT";
      case 413 -> "PAYLOAD_TOO_LARGE";
      case 422 -> "IDEMPOTENCY_KEY_REUSED";
      case 429 -> "RATE_LIMITED";
      case 500 -> "INTERNAL";
      default -> "UNAVAILABLE";
    };
  }

  /** Reads the request, then drops the connection before any response byte. */
  public static MockResponse.Builder disconnectAfterRequest() {
    return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE);
  }
}
