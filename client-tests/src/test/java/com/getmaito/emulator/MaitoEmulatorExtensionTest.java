package com.getmaito.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MaitoEmulatorExtensionTest {
  @RegisterExtension
  static final MaitoEmulatorExtension EMULATOR =
      MaitoEmulatorExtension.create(b -> b.rateLimit(7, Duration.ofSeconds(60)));

  @Test
  void registeredExtensionServesTheApi() {
    Api api = new Api(EMULATOR.baseUrl(), EMULATOR.bootstrapKey());
    Api.Res res =
        api.post("/newsletter/tags", Map.of("name", "from-extension-" + System.nanoTime()));
    assertEquals(201, res.status());
    assertEquals("7", res.header("RateLimit-Limit"), "the configuration was applied");
    assertTrue(EMULATOR.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+/v1"));
  }

  @Test
  void registeredExtensionAlsoResolvesParameters(MaitoEmulator emulator) {
    assertSame(EMULATOR.emulator(), emulator);
  }
}
