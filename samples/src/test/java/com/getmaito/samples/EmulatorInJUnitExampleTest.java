package com.getmaito.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.getmaito.client.MaitoClient;
import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.emulator.MaitoEmulator;
import com.getmaito.emulator.MaitoEmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's example of testing an integration against the emulator with JUnit 5: two tests, each
 * of which sees only what it stored, in whichever order they run.
 */
class EmulatorInJUnitExampleTest {
  // README:junit
  @RegisterExtension static final MaitoEmulatorExtension EMULATOR = MaitoEmulatorExtension.create();

  @Test
  void signupCreatesOneSubscriber() {
    MaitoEmulator emulator = EMULATOR.emulator();
    try (MaitoClient client =
        MaitoClient.builder().apiKey(emulator.bootstrapKey()).baseUrl(emulator.baseUrl()).build()) {
      client
          .subscribers()
          .create(SubscriberCreateParams.builder().email("ann@example.com").build());
    }
    assertEquals(1, emulator.storedSubscribers().size());
    assertEquals("ann@example.com", emulator.storedSubscribers().get(0).email());
  }

  @Test
  void eachTestStartsWithAnEmptyEmulator() {
    MaitoEmulator emulator = EMULATOR.emulator();
    try (MaitoClient client =
        MaitoClient.builder().apiKey(emulator.bootstrapKey()).baseUrl(emulator.baseUrl()).build()) {
      client
          .subscribers()
          .create(SubscriberCreateParams.builder().email("bob@example.com").build());
    }
    assertEquals(1, emulator.storedSubscribers().size()); // Not 2: Ann's test left nothing here.
  }
  // README:end
}
