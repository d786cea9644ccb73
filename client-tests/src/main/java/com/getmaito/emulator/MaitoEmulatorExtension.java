package com.getmaito.emulator;

import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that runs one {@link MaitoEmulator} per test class: started before all tests,
 * closed after all. It also resolves {@code MaitoEmulator} parameters of test methods and
 * constructors.
 *
 * <pre>{@code
 * class SubscribersTest {
 *   @RegisterExtension
 *   static final MaitoEmulatorExtension EMULATOR =
 *       MaitoEmulatorExtension.create(b -> b.rateLimit(1_000, Duration.ofSeconds(60)));
 *
 *   @Test
 *   void createsASubscriber() {
 *     // Point the client under test at EMULATOR.baseUrl() with EMULATOR.bootstrapKey().
 *   }
 * }
 *
 * @ExtendWith(MaitoEmulatorExtension.class)
 * class TagsTest {
 *   @Test
 *   void createsATag(MaitoEmulator emulator) { ... }
 * }
 * }</pre>
 *
 * <p>State is shared by the tests of a class; call {@link MaitoEmulator#reset()} in a
 * {@code @BeforeEach} for a clean slate. Registered on an instance field, the emulator lives for
 * one test.
 */
public final class MaitoEmulatorExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {
  private final Consumer<MaitoEmulator.Builder> configuration;
  private MaitoEmulator emulator;
  private String owner;

  /** Creates an extension with the emulator's defaults; for {@code @ExtendWith}. */
  public MaitoEmulatorExtension() {
    this(builder -> {});
  }

  private MaitoEmulatorExtension(Consumer<MaitoEmulator.Builder> configuration) {
    this.configuration = configuration;
  }

  /** Returns an extension whose emulator has the defaults. */
  public static MaitoEmulatorExtension create() {
    return new MaitoEmulatorExtension();
  }

  /** Returns an extension whose emulator is configured by {@code configuration}. */
  public static MaitoEmulatorExtension create(Consumer<MaitoEmulator.Builder> configuration) {
    Objects.requireNonNull(configuration, "configuration == null");
    return new MaitoEmulatorExtension(configuration);
  }

  /**
   * Returns the running emulator.
   *
   * @throws IllegalStateException outside the lifetime of the test class
   */
  public synchronized MaitoEmulator emulator() {
    if (emulator == null) {
      throw new IllegalStateException("the emulator runs only while the test class runs");
    }
    return emulator;
  }

  /** Returns the emulator's base URL. */
  public String baseUrl() {
    return emulator().baseUrl();
  }

  /** Returns the emulator's bootstrap key. */
  public String bootstrapKey() {
    return emulator().bootstrapKey();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    startFor(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stopFor(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    startFor(context); // Only starts when registered on an instance field.
  }

  @Override
  public void afterEach(ExtensionContext context) {
    stopFor(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == MaitoEmulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    synchronized (this) {
      if (emulator == null) {
        startFor(context); // A constructor parameter resolved before beforeEach.
      }
    }
    return emulator();
  }

  private synchronized void startFor(ExtensionContext context) {
    if (emulator == null) {
      MaitoEmulator.Builder builder = MaitoEmulator.builder();
      configuration.accept(builder);
      emulator = builder.start();
      owner = context.getUniqueId();
    }
  }

  private synchronized void stopFor(ExtensionContext context) {
    if (emulator != null && context.getUniqueId().equals(owner)) {
      emulator.close();
      emulator = null;
      owner = null;
    }
  }
}
