package com.getmaito.samples;

import com.getmaito.samples.imports.ImportCommand;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs a sample by name: {@code java -jar samples/target/maito-samples.jar QuickStart}, or the
 * import command: {@code java -jar samples/target/maito-samples.jar import FILE.csv}. Without a
 * name, lists them.
 */
public final class Samples {
  private static final Map<String, Consumer<String[]>> SAMPLES = new LinkedHashMap<>();

  static {
    SAMPLES.put("import", ImportCommand::main);
    SAMPLES.put("QuickStart", QuickStart::main);
    SAMPLES.put("TagSync", TagSync::main);
    SAMPLES.put("KeyRotation", KeyRotation::main);
    SAMPLES.put("ErrorHandling", ErrorHandling::main);
    SAMPLES.put("Resilience", Resilience::main);
    SAMPLES.put("Metrics", Metrics::main);
    SAMPLES.put("Signup", Signup::main);
  }

  private Samples() {}

  public static void main(String[] args) {
    if (args.length == 0) {
      System.out.println(
          "Usage: java -jar maito-samples.jar import FILE.csv [options]   (--help for the options)");
      System.out.println(
          "       java -jar maito-samples.jar <sample>   (samples: "
              + String.join(", ", SAMPLES.keySet()).replace("import, ", "")
              + ")");
      System.out.println(
          "Runs against the real API when MAITO_API_KEY is set, else an embedded emulator.");
      return;
    }
    for (Map.Entry<String, Consumer<String[]>> e : SAMPLES.entrySet()) {
      if (e.getKey().toLowerCase(Locale.ROOT).equals(args[0].toLowerCase(Locale.ROOT))) {
        e.getValue().accept(Arrays.copyOfRange(args, 1, args.length));
        return;
      }
    }
    System.err.println("Unknown sample " + args[0] + "; choose one of " + SAMPLES.keySet());
    System.exit(64);
  }
}
