package com.getmaito.emulator;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The emulator API tests' fixture: one {@link MaitoEmulatorExtension} per class on a {@link
 * MutableClock}, and before each test a clean emulator and the clock back at its start.
 *
 * <pre>{@code
 * @RegisterExtension static final EmulatorFixture FIXTURE = EmulatorFixture.at("2026-07-01T08:00:00Z", 100_000);
 * final MaitoEmulator emu = FIXTURE.emulator();
 * final Api api = new Api(emu);
 * }</pre>
 */
final class EmulatorFixture
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
  final MutableClock clock;
  private final Instant start;
  private final MaitoEmulatorExtension extension;

  private EmulatorFixture(Instant start, int requestsPerMinute) {
    this.start = start;
    this.clock = MutableClock.at(start);
    this.extension =
        MaitoEmulatorExtension.create(
            b -> b.clock(clock).rateLimit(requestsPerMinute, Duration.ofMinutes(1)));
  }

  /** A fixture whose clock starts at {@code start}, with a budget of so many requests a minute. */
  static EmulatorFixture at(String start, int requestsPerMinute) {
    return new EmulatorFixture(Instant.parse(start), requestsPerMinute);
  }

  /** The running emulator (from before the first test to after the last). */
  MaitoEmulator emulator() {
    return extension.emulator();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    extension.beforeAll(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    clock.set(start);
    extension.beforeEach(context); // Resets the emulator's state and faults.
  }

  @Override
  public void afterEach(ExtensionContext context) {
    extension.afterEach(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    extension.afterAll(context);
  }
}
