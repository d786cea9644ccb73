package com.getmaito.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The standalone emulator ({@code client-tests/target/maito-emulator.jar}) in its own JVM, as a
 * user runs it: started on a free port, its base URL and bootstrap key read from its first lines,
 * stopped on {@link #close()} (and by a shutdown hook if this JVM ends first). Its CPU time is read
 * from the operating system, so the benchmarks can say what the emulator itself costs per request.
 */
final class EmulatorProcess implements AutoCloseable {
  private final Process process;
  private final Thread hook;
  private final Path log;
  final String baseUrl;
  final String apiKey;

  /**
   * Starts the emulator.
   *
   * @param jar the emulator jar
   * @param rate its {@code --rate}, like {@code 600/10s}
   * @param heap its {@code -Xmx}, like {@code 2g}
   */
  EmulatorProcess(Path jar, String rate, String heap) throws IOException {
    if (!Files.isRegularFile(jar)) {
      throw new IOException(
          jar
              + " not found: build it first with ./mvnw -B -q -pl client-tests -am package"
              + " -DskipTests");
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Xmx" + heap);
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of("--port", "0", "--rate", rate, "--seed", "42"));
    log = Files.createTempFile("maito-emulator", ".log");
    process =
        new ProcessBuilder(command)
            .redirectError(ProcessBuilder.Redirect.to(log.toFile()))
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    hook = new Thread(process::destroyForcibly, "stop-emulator");
    Runtime.getRuntime().addShutdownHook(hook);
    String url = null;
    String key = null;
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    while (key == null) {
      String line = out.readLine(); // not a for loop: a read after the key would block
      if (line == null) {
        break;
      } else if (line.startsWith("Maito emulator listening on ")) {
        url = line.substring("Maito emulator listening on ".length()).trim();
      } else if (line.startsWith("Bootstrap API key: ")) {
        key = line.substring("Bootstrap API key: ".length()).trim();
      }
    }
    if (url == null || key == null) {
      close();
      throw new IOException("the emulator did not start: " + Files.readString(log));
    }
    Thread drain =
        new Thread(
            () -> {
              try {
                while (out.readLine() != null) {
                  // keeps the emulator's stdout pipe from filling
                }
              } catch (IOException e) {
                // the emulator ended
              }
            },
            "emulator-stdout");
    drain.setDaemon(true);
    drain.start();
    this.baseUrl = url;
    this.apiKey = key;
  }

  /** CPU time the emulator's JVM has used so far, all threads (GC and JIT included). */
  Duration cpu() {
    return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // shutting down already
    }
    try {
      Files.deleteIfExists(log);
    } catch (IOException e) {
      // a temp file left behind
    }
  }
}
