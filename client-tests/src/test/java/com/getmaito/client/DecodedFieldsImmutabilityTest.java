package com.getmaito.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.getmaito.client.model.Subscriber;
import com.getmaito.client.testing.FakeSleeper;
import com.getmaito.client.testing.ResilienceFixtures;
import com.getmaito.emulator.MutableClock;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A decoded subscriber cannot be changed through anything it hands out: not its custom fields, not
 * its tags, and not a value nested in its custom fields (the contract allows only scalars there,
 * but a server may send objects and arrays, and the subscriber keeps them).
 */
@Timeout(30)
class DecodedFieldsImmutabilityTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  private final MutableClock clock = ResilienceFixtures.clock();
  private final FakeSleeper sleeper = new FakeSleeper(clock);

  @Test
  @SuppressWarnings("unchecked")
  void nothingReachableFromADecodedSubscriberChangesIt() {
    server.enqueue(
        ResilienceFixtures.ok(
                200,
                "{\"id\":\"sub_1\",\"email\":\"a@example.com\",\"status\":\"subscribed\",\"confirmed\":false,"
                    + "\"tags\":[\"a\",\"b\",\"c\"],"
                    + "\"customFields\":{\"plan\":{\"seats\":5,\"ids\":[1,{\"x\":true}]},"
                    + "\"list\":[\"p\",[\"q\"]],\"n\":9223372036854775807},"
                    + "\"createdAt\":\"2026-11-22T10:30:00.000Z\","
                    + "\"updatedAt\":\"2026-11-22T10:30:00.000Z\"}")
            .build());
    Subscriber s;
    try (MaitoClient client = ResilienceFixtures.client(server, clock, sleeper).build()) {
      s = client.subscribers().retrieve("sub_1");
    }
    Map<String, Object> fields = s.customFields();
    assertThrows(UnsupportedOperationException.class, () -> fields.put("x", 1));
    assertThrows(UnsupportedOperationException.class, () -> s.tags().add("d"));
    assertEquals(Long.MAX_VALUE, fields.get("n"));

    Map<String, Object> plan = (Map<String, Object>) fields.get("plan");
    assertThrows(UnsupportedOperationException.class, () -> plan.put("seats", 6L));
    assertThrows(UnsupportedOperationException.class, () -> plan.remove("seats"));
    List<Object> ids = (List<Object>) plan.get("ids");
    assertThrows(UnsupportedOperationException.class, () -> ids.add(2L));
    Map<String, Object> deep = (Map<String, Object>) ids.get(1);
    assertThrows(UnsupportedOperationException.class, () -> deep.put("x", false));
    List<Object> list = (List<Object>) fields.get("list");
    assertThrows(UnsupportedOperationException.class, () -> list.set(0, "changed"));
    List<Object> inner = (List<Object>) list.get(1);
    assertThrows(UnsupportedOperationException.class, inner::clear);

    assertEquals(
        Map.of("seats", 5L, "ids", List.of(1L, Map.of("x", true))),
        s.customFields().get("plan"),
        "the values are what was sent");
    assertEquals(List.of("p", List.of("q")), s.customFields().get("list"));
  }
}
