package com.getmaito.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import com.getmaito.client.model.Subscriber;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link Json}: how custom-field numbers are read. */
class JsonTest {
  private static final String SUBSCRIBER =
      "{\"id\":\"sub_1\",\"email\":\"ann@example.com\",\"emailNormalized\":\"ann@example.com\","
          + "\"firstName\":null,\"lastName\":null,\"status\":\"subscribed\",\"confirmed\":true,"
          + "\"tags\":[],\"customFields\":{\"n\":%s},\"source\":null,\"subscribedAt\":null,"
          + "\"unsubscribedAt\":null,\"createdAt\":\"2026-11-22T10:30:00.000Z\","
          + "\"updatedAt\":\"2026-11-22T10:30:00.000Z\"}";

  private static Object customNumber(String json) throws Exception {
    Subscriber s =
        Json.<Subscriber>adapter(Subscriber.class).fromJson(String.format(SUBSCRIBER, json));
    return s.customFields().get("n");
  }

  @Test
  void integralNumbersStayLongsAndOthersBecomeTheNearestDouble() throws Exception {
    assertEquals(42L, customNumber("42"));
    assertEquals(-9223372036854775808L, customNumber("-9223372036854775808"));
    assertEquals(9.223372036854776E18, customNumber("9223372036854775808"));
    assertEquals(0.1, customNumber("0.1"));
    assertEquals(1.5e300, customNumber("1.5E300"));
  }

  @Test
  void aHugeNumberIsReadInLinearTime() {
    // 1,000,000 digits: new BigDecimal(...) is quadratic (8 s at 300,000 digits, so about 90 s
    // here); the double path takes milliseconds. 5 s leaves room for a loaded machine.
    String digits = "7".repeat(1_000_000);
    String fraction = "0." + "3".repeat(1_000_000);
    assertTimeout(
        Duration.ofSeconds(5),
        () -> {
          assertEquals(Double.POSITIVE_INFINITY, customNumber(digits));
          assertEquals(1.0 / 3, customNumber(fraction));
        });
  }
}
