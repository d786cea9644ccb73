package com.getmaito.samples;

import com.getmaito.client.MaitoClient;
import com.getmaito.client.errors.MaitoException;
import com.getmaito.emulator.MaitoEmulator;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs a sample against the real API when {@code MAITO_API_KEY} is set (and {@code MAITO_BASE_URL}
 * if given), otherwise against an embedded {@link MaitoEmulator}. Expected failures (a bad key, an
 * unreachable server, an API error) end in one line on stderr and exit status 1.
 */
public final class SampleRunner {
  /** The body of a sample. */
  @FunctionalInterface
  public interface Sample {
    void run(Context context) throws Exception;
  }

  /** What a sample runs with. */
  public static final class Context {
    private final MaitoClient.Builder builder;
    private final MaitoClient client;
    private final PrintStream out;
    private final MaitoEmulator emulator;

    Context(MaitoClient.Builder builder, PrintStream out, MaitoEmulator emulator) {
      this.builder = builder;
      this.client = builder.build();
      this.out = out;
      this.emulator = emulator;
    }

    /** The client, configured from the environment or for the emulator. */
    public MaitoClient client() {
      return client;
    }

    /** A builder with the same key and base URL, for a client with other settings. */
    public MaitoClient.Builder clientBuilder() {
      return client.newBuilder();
    }

    public PrintStream out() {
      return out;
    }

    /** The embedded emulator, when no {@code MAITO_API_KEY} was set. */
    public Optional<MaitoEmulator> emulator() {
      return Optional.ofNullable(emulator);
    }

    void close() {
      client.close();
    }
  }

  private SampleRunner() {}

  /** Runs {@code sample} with the process environment and exits with its status. */
  public static void main(
      String name, Sample sample, Consumer<MaitoEmulator.Builder> emulatorSetup) {
    int status = run(name, sample, emulatorSetup, System.getenv(), System.out, System.err);
    System.out.flush();
    System.exit(status);
  }

  /** Runs {@code sample} and returns its exit status: 0 on success, 1 on an expected failure. */
  public static int run(
      String name,
      Sample sample,
      Consumer<MaitoEmulator.Builder> emulatorSetup,
      Map<String, String> env,
      PrintStream out,
      PrintStream err) {
    MaitoEmulator emulator = null;
    Context context = null;
    try {
      MaitoClient.Builder builder;
      String key = env.get(MaitoClient.ENV_API_KEY);
      if (key != null && !key.isBlank()) {
        builder = MaitoClient.builder().fromEnv(env);
      } else {
        MaitoEmulator.Builder setup = MaitoEmulator.builder();
        emulatorSetup.accept(setup);
        emulator = setup.start();
        out.println(
            "No MAITO_API_KEY set: running "
                + name
                + " against the embedded emulator at "
                + emulator.baseUrl());
        builder = MaitoClient.builder().apiKey(emulator.bootstrapKey()).baseUrl(emulator.baseUrl());
      }
      context = new Context(builder, out, emulator);
      sample.run(context);
      return 0;
    } catch (MaitoException | IllegalArgumentException | IllegalStateException e) {
      err.println(name + " failed: " + e.getMessage());
      return 1;
    } catch (Exception e) {
      err.println(name + " failed unexpectedly:");
      e.printStackTrace(err);
      return 2;
    } finally {
      if (context != null) {
        context.close();
      }
      if (emulator != null) {
        emulator.close();
      }
    }
  }
}
