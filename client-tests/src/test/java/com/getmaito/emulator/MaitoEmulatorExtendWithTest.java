package com.getmaito.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link MaitoEmulatorExtension} declared with {@code @ExtendWith}: parameters only. */
@ExtendWith(MaitoEmulatorExtension.class)
class MaitoEmulatorExtendWithTest {
  private static MaitoEmulator firstSeen;
  private final MaitoEmulator fromConstructor;

  MaitoEmulatorExtendWithTest(MaitoEmulator fromConstructor) {
    this.fromConstructor = fromConstructor;
  }

  @BeforeAll
  static void noneYet() {
    firstSeen = null;
  }

  @Test
  void resolvesConstructorAndMethodParameters(MaitoEmulator fromMethod) {
    assertSame(fromConstructor, fromMethod);
    assertEquals(200, new Api(fromMethod).get("/newsletter/subscribers").status());
    remember(fromMethod);
  }

  @Test
  void sharesOneEmulatorAcrossTheClass(MaitoEmulator emulator) {
    remember(emulator);
  }

  private static synchronized void remember(MaitoEmulator emulator) {
    if (firstSeen == null) {
      firstSeen = emulator;
    }
    assertSame(firstSeen, emulator);
  }

  @AfterAll
  static void stillRunningUntilAfterAll() {
    assertEquals(200, new Api(firstSeen).get("/newsletter/tags").status());
  }
}
