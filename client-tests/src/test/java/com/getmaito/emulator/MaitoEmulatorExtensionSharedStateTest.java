package com.getmaito.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With {@code withSharedState()}, the tests of a class build on each other's state. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MaitoEmulatorExtensionSharedStateTest {
  @RegisterExtension
  static final MaitoEmulatorExtension EMULATOR = MaitoEmulatorExtension.create().withSharedState();

  @Test
  @Order(1)
  void firstTestStoresASubscriberAndQueuesAFault() {
    Api api = new Api(EMULATOR.emulator());
    assertEquals(
        201, api.post("/newsletter/subscribers", Map.of("email", "a@example.com")).status());
    EMULATOR.emulator().faults().nextStatus(1, 503);
  }

  @Test
  @Order(2)
  void secondTestSeesBoth() {
    Api api = new Api(EMULATOR.emulator());
    assertEquals(503, api.get("/newsletter/subscribers").status());
    assertEquals(1, EMULATOR.emulator().storedSubscribers().size());
  }
}
