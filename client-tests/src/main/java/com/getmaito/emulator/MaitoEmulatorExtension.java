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
 * closed after all, and {@linkplain MaitoEmulator#reset() reset} before each test, so every test
 * starts with no subscribers, tags, extra keys, idempotency records, rate windows, queued faults or
 * statistics. It also resolves {@code MaitoEmulator} parameters of test methods and constructors.
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
 * <p>To let the tests of a class build on each other's state instead, use {@link
 * #withSharedState()}; the emulator then keeps everything from one test to the next. Registered on
 * an instance field, the emulator lives for one test. The reset is not meant for tests of one class
 * that run in parallel: give those an instance field, or shared state.
 */
public final class MaitoEmulatorExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {
  private final Consumer<MaitoEmulator.Builder> configuration;
  private final boolean sharedState;
  private MaitoEmulator emulator;
  private String owner;

  /** Creates an extension with the emulator's defaults; for {@code @ExtendWith}. */
  public MaitoEmulatorExtension() {
    this(builder -> {}, false);
  }

  private MaitoEmulatorExtension(
      Consumer<MaitoEmulator.Builder> configuration, boolean sharedState) {
    this.configuration = configuration;
    this.sharedState = sharedState;
  }

  /** Returns an extension whose emulator has the defaults. */
  public static MaitoEmulatorExtension create() {
    return new MaitoEmulatorExtension();
  }

  /** Returns an extension whose emulator is configured by {@code configuration}. */
  public static MaitoEmulatorExtension create(Consumer<MaitoEmulator.Builder> configuration) {
    Objects.requireNonNull(configuration, "configuration == null");
    return new MaitoEmulatorExtension(configuration, false);
  }

  /**
   * Returns an extension like this one whose emulator is not reset between the tests of a class:
   * stored state, keys, rate windows, queued faults and statistics carry over from test to test.
   *
   * <pre>{@code
   * @RegisterExtension
   * static final MaitoEmulatorExtension EMULATOR = MaitoEmulatorExtension.create().withSharedState();
   * }</pre>
   */
  public MaitoEmulatorExtension withSharedState() {
    return new MaitoEmulatorExtension(configuration, true);
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
    synchronized (this) {
      if (emulator != null && !sharedState) {
        emulator.reset(); // A class-wide emulator: a clean slate for each test.
        return;
      }
    }
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
