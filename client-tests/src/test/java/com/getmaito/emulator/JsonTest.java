package com.getmaito.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void numbersKeepTheirWrittenForm() throws Exception {
    Object parsed = Json.parse(bytes("{\"a\":5,\"b\":5.0,\"c\":-1.25e2,\"d\":[true,null,\"x\"]}"));
    assertEquals(
        "{\"a\":5,\"b\":5.0,\"c\":-125,\"d\":[true,null,\"x\"]}",
        new String(Json.write(parsed), StandardCharsets.UTF_8));
    assertEquals(new BigDecimal("5"), ((Map<?, ?>) parsed).get("a"));
  }

  @Test
  void writesNullsIntegersAndTimestamps() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("n", null);
    value.put("i", 3);
    value.put("t", Instant.parse("2026-11-22T10:30:00Z"));
    value.put("l", List.of());
    assertEquals(
        "{\"n\":null,\"i\":3,\"t\":\"2026-11-22T10:30:00.000Z\",\"l\":[]}",
        new String(Json.write(value), StandardCharsets.UTF_8));
  }

  @Test
  void rejectsMalformedDocuments() {
    for (String bad :
        Arrays.asList("", "{", "{\"a\":1}x", "{\"a\":1,\"a\":2}", "{a:1}", "[1,]", "'s'", "NaN")) {
      assertThrows(Json.MalformedJsonException.class, () -> Json.parse(bytes(bad)), bad);
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
