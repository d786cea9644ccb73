package com.getmaito.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** By default, each test of a class starts with a clean emulator. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MaitoEmulatorExtensionIsolationTest {
  @RegisterExtension static final MaitoEmulatorExtension EMULATOR = MaitoEmulatorExtension.create();

  @Test
  @Order(1)
  void firstTestStoresASubscriberAKeyAndQueuesAFault() {
    MaitoEmulator emulator = EMULATOR.emulator();
    Api api = new Api(emulator);
    assertEquals(
        201, api.post("/newsletter/subscribers", Map.of("email", "a@example.com")).status());
    emulator.createKey("extra", "full", null);
    emulator.faults().nextStatus(1, 503);
  }

  @Test
  @Order(2)
  void secondTestSeesNoneOfIt() {
    MaitoEmulator emulator = EMULATOR.emulator();
    Api api = new Api(emulator);
    assertEquals(200, api.get("/newsletter/subscribers").status(), "the fault was cleared");
    assertEquals(List.of(), emulator.storedSubscribers());
    assertEquals(1, api.get("/api-keys").dataList().size(), "only the bootstrap key");
    assertEquals(
        201, api.post("/newsletter/subscribers", Map.of("email", "a@example.com")).status());
  }
}
