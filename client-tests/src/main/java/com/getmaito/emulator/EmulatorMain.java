package com.getmaito.emulator;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a {@link MaitoEmulator} standalone until the process is killed.
 *
 * <pre>
 * java -jar client-tests/target/maito-emulator.jar --port 8080 [--rate 120/60s] [--faults 0.05] [--seed N]
 * </pre>
 */
public final class EmulatorMain {
  static final String USAGE =
      String.join(
          System.lineSeparator(),
          "Usage: java -jar maito-emulator.jar [options]",
          "",
          "Serves the Maito customer API in memory on 127.0.0.1 until killed.",
          "",
          "Options:",
          "  --port N        port to listen on; 0 picks a free port (default 8080)",
          "  --rate N/D      per-key rate limit: N requests per window D, where D is a number",
          "                  followed by ms, s or m (default 120/60s)",
          "  --faults P      random fault probability per request, 0 to 1 (default 0): 40% of",
          "                  faults are 429s, 40% 5xx, 20% dropped connections",
          "  --seed N        seed of ids, secrets and random faults (default 42)",
          "  --help          print this help");

  private EmulatorMain() {}

  /** Thrown for a bad command line; the message says what is wrong. */
  static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }

  /**
   * Starts the emulator, prints its URL and bootstrap key, and serves until killed. A bad command
   * line exits with status 2 and the usage; a port that cannot be bound (in use, say) exits with
   * status 1 and one line on stderr, without a stack trace.
   */
  public static void main(String[] args) throws InterruptedException {
    MaitoEmulator emulator;
    try {
      emulator = launch(args, System.out);
    } catch (UsageException e) {
      System.err.println("maito-emulator: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    } catch (UncheckedIOException e) {
      System.err.println("maito-emulator: " + e.getMessage());
      System.exit(1);
      return;
    }
    if (emulator == null) {
      return; // --help
    }
    CountDownLatch forever = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "maito-emulator-shutdown"));
    forever.await();
  }

  /**
   * Parses {@code args}, starts the emulator and prints its URL and bootstrap key to {@code out};
   * returns null after printing the usage for {@code --help}.
   *
   * @throws UsageException if an option is unknown, repeated without a value or malformed
   */
  static MaitoEmulator launch(String[] args, PrintStream out) throws UsageException {
    MaitoEmulator.Builder builder = MaitoEmulator.builder().port(8080);
    double faultRate = 0;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        out.println(USAGE);
        return null;
      }
      String name = arg;
      String value;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        value = null;
      }
      switch (name) {
        case "--port":
          int port = parseInt(name, required(name, value));
          if (port < 0 || port > 65535) {
            throw new UsageException("--port must be in 0..65535: " + value);
          }
          builder.port(port);
          break;
        case "--rate":
          parseRate(required(name, value), builder);
          break;
        case "--faults":
          faultRate = parseRate(required(name, value));
          break;
        case "--seed":
          try {
            builder.seed(Long.parseLong(required(name, value)));
          } catch (NumberFormatException e) {
            throw new UsageException("--seed must be an integer: " + value);
          }
          break;
        default:
          throw new UsageException("unknown option: " + arg);
      }
    }
    MaitoEmulator emulator = builder.start();
    if (faultRate > 0) {
      emulator
          .faults()
          .random(
              FaultPlan.builder()
                  .rate429(faultRate * 0.4)
                  .rate5xx(faultRate * 0.4)
                  .disconnectRate(faultRate * 0.2)
                  .build());
    }
    out.println("Maito emulator listening on " + emulator.baseUrl());
    out.println("Bootstrap API key: " + emulator.bootstrapKey());
    out.flush();
    return emulator;
  }

  private static String required(String name, String value) throws UsageException {
    if (value == null || value.isEmpty()) {
      throw new UsageException(name + " needs a value");
    }
    return value;
  }

  private static int parseInt(String name, String value) throws UsageException {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new UsageException(name + " must be an integer: " + value);
    }
  }

  private static double parseRate(String value) throws UsageException {
    try {
      double rate = Double.parseDouble(value);
      if (rate >= 0 && rate <= 1) {
        return rate;
      }
    } catch (NumberFormatException e) {
      // Falls through.
    }
    throw new UsageException("--faults must be a probability from 0 to 1: " + value);
  }

  private static void parseRate(String value, MaitoEmulator.Builder builder) throws UsageException {
    String bad = "--rate must look like 120/60s (requests/window with ms, s or m): " + value;
    int slash = value.indexOf('/');
    if (slash < 0) {
      throw new UsageException(bad);
    }
    String window = value.substring(slash + 1).toLowerCase(Locale.ROOT);
    try {
      int requests = Integer.parseInt(value.substring(0, slash));
      Duration duration;
      if (window.endsWith("ms")) {
        duration = Duration.ofMillis(Long.parseLong(window.substring(0, window.length() - 2)));
      } else if (window.endsWith("s")) {
        duration = Duration.ofSeconds(Long.parseLong(window.substring(0, window.length() - 1)));
      } else if (window.endsWith("m")) {
        duration = Duration.ofMinutes(Long.parseLong(window.substring(0, window.length() - 1)));
      } else {
        throw new UsageException(bad);
      }
      if (requests < 1 || duration.toMillis() < 1) {
        throw new UsageException(bad);
      }
      builder.rateLimit(requests, duration);
    } catch (NumberFormatException e) {
      throw new UsageException(bad);
    }
  }
}
