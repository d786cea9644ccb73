package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.getmaito.client.MaitoClient;
import com.getmaito.client.model.Subscriber;
import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.emulator.MaitoEmulator;
import com.getmaito.emulator.MaitoEmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A user's test: the SDK against the emulator, on the classpath the published POMs give. */
class SignupTest {
  @RegisterExtension static final MaitoEmulatorExtension EMULATOR = MaitoEmulatorExtension.create();

  @Test
  void createdSubscriberIsStored() {
    MaitoEmulator emulator = EMULATOR.emulator();
    try (MaitoClient client =
        MaitoClient.builder().apiKey(emulator.bootstrapKey()).baseUrl(emulator.baseUrl()).build()) {
      Subscriber ann =
          client
              .subscribers()
              .create(SubscriberCreateParams.builder().email("ann@example.com").build());
      assertEquals("ann@example.com", client.subscribers().retrieve(ann.id()).email());
    }
    assertEquals(1, emulator.storedSubscribers().size());
  }
}
