package com.getmaito.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.getmaito.client.model.Subscriber;
import com.getmaito.client.model.SubscriberStatus;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A subscriber keeps the custom fields the decoder read without copying them, so no view of them
 * may change them; a map from anywhere else is still copied.
 */
class DecodedObjectTest {
  private static Map<String, @Nullable Object> decoded() throws Exception {
    return Json.<Map<String, @Nullable Object>>adapter(Json.JSON_OBJECT)
        .fromJson("{\"company\":\"Acme\",\"seats\":5,\"none\":null}");
  }

  private static Subscriber subscriber(Map<String, @Nullable Object> customFields) {
    Instant now = Instant.parse("2026-11-22T10:30:00Z");
    return new Subscriber(
        "sub_1",
        "a@example.com",
        null,
        null,
        null,
        SubscriberStatus.SUBSCRIBED,
        false,
        List.of(),
        customFields,
        null,
        null,
        null,
        now,
        now);
  }

  @Test
  void noViewOfADecodedObjectChangesIt() throws Exception {
    Map<String, @Nullable Object> f = decoded();
    assertThrows(UnsupportedOperationException.class, () -> f.put("x", 1));
    assertThrows(UnsupportedOperationException.class, () -> f.putAll(Map.of("x", 1)));
    assertThrows(UnsupportedOperationException.class, () -> f.remove("company"));
    assertThrows(UnsupportedOperationException.class, f::clear);
    assertThrows(UnsupportedOperationException.class, () -> f.compute("seats", (k, v) -> 6L));
    assertThrows(UnsupportedOperationException.class, () -> f.replaceAll((k, v) -> v));
    assertThrows(UnsupportedOperationException.class, () -> f.keySet().remove("company"));
    assertThrows(UnsupportedOperationException.class, () -> f.values().clear());
    assertThrows(
        UnsupportedOperationException.class, () -> f.entrySet().iterator().next().setValue(1));
    Iterator<String> keys = f.keySet().iterator();
    keys.next();
    assertThrows(UnsupportedOperationException.class, keys::remove);
    Map<String, @Nullable Object> expected = new LinkedHashMap<>();
    expected.put("company", "Acme");
    expected.put("seats", 5L);
    expected.put("none", null);
    assertEquals(expected, f);
    assertEquals(expected.hashCode(), f.hashCode());
    assertEquals(expected.toString(), f.toString());
  }

  @Test
  void aSubscriberKeepsDecodedFieldsAndCopiesAnyOtherMap() throws Exception {
    Map<String, @Nullable Object> decoded = decoded();
    assertSame(decoded, subscriber(decoded).customFields());

    Map<String, @Nullable Object> mine = new LinkedHashMap<>(decoded);
    Subscriber s = subscriber(mine);
    mine.put("seats", 6L);
    assertEquals(5L, s.customFields().get("seats"));
    assertThrows(UnsupportedOperationException.class, () -> s.customFields().put("x", 1));
  }
}
