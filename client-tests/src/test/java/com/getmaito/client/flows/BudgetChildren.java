package com.getmaito.client.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs {@link BudgetChild} JVMs together, for {@link SharedBudgetFlowTest} and {@link
 * BucketComparison}.
 */
final class BudgetChildren {
  private BudgetChildren() {}

  interface Args {
    List<String> of(int child);
  }

  /**
   * Starts {@code n} children, waits until all are ready, starts them together for {@code
   * runMillis}, waits for all, and returns each one's RESULT numbers.
   */
  static List<Map<String, Long>> runAll(int n, Args args, long runMillis) throws Exception {
    return runAll(n, args, runMillis, () -> {});
  }

  /** As {@link #runAll(int, Args, long)}, running {@code whenReady} once all are ready. */
  static List<Map<String, Long>> runAll(int n, Args args, long runMillis, Runnable whenReady)
      throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> children = new ArrayList<>();
    List<Path> errors = new ArrayList<>();
    try {
      for (int i = 0; i < n; i++) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(BudgetChild.class.getName());
        command.addAll(args.of(i));
        Path error = Files.createTempFile("budget-child", ".err");
        errors.add(error);
        children.add(new ProcessBuilder(command).redirectError(error.toFile()).start());
      }
      List<BufferedReader> outs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        BufferedReader out =
            new BufferedReader(
                new InputStreamReader(children.get(i).getInputStream(), StandardCharsets.UTF_8));
        String ready = out.readLine();
        if (!"READY".equals(ready)) {
          children.get(i).waitFor(10, TimeUnit.SECONDS);
        }
        assertEquals("READY", ready, "the child started: " + tail(errors.get(i)));
        outs.add(out);
      }
      whenReady.run();
      long start = System.currentTimeMillis() + 200;
      for (Process child : children) {
        Writer in = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8);
        in.write(start + " " + (start + runMillis) + "\n");
        in.flush();
      }
      List<Map<String, Long>> results = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Process child = children.get(i);
        String out = outs.get(i).lines().collect(Collectors.joining("\n"));
        assertTrue(child.waitFor(90, TimeUnit.SECONDS), "the child finishes");
        assertEquals(0, child.exitValue(), out + "\n" + tail(errors.get(i)));
        results.add(parse(out));
      }
      return results;
    } finally {
      for (Process child : children) {
        child.destroyForcibly();
      }
      for (Path error : errors) {
        Files.deleteIfExists(error);
      }
    }
  }

  /** The end of a child's standard error, for a failure's message. */
  private static String tail(Path error) throws IOException {
    String text = Files.readString(error, StandardCharsets.UTF_8);
    return text.substring(Math.max(0, text.length() - 3_000));
  }

  private static Map<String, Long> parse(String out) throws IOException {
    String line =
        out.lines()
            .filter(l -> l.startsWith("RESULT "))
            .findFirst()
            .orElseThrow(() -> new IOException("no RESULT from the child: " + out));
    Map<String, Long> values = new HashMap<>();
    for (String pair : line.substring("RESULT ".length()).split(" ")) {
      int eq = pair.indexOf('=');
      values.put(pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1)));
    }
    return values;
  }

  static long sum(List<Map<String, Long>> results, String key) {
    return results.stream().mapToLong(r -> r.get(key)).sum();
  }
}
