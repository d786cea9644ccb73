package com.getmaito.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs each {@link CallBenchmark} pair alternated, one JMH fork at a time in the order bare, SDK,
 * SDK, bare (A B B A, so drift on a shared machine falls on both sides alike), for a number of
 * rounds, and prints per call the median and the range of the per-round ratios SDK / bare, for
 * latency and for allocation per call ({@code -prof gc}'s {@code gc.alloc.rate.norm}).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar com.getmaito.benchmarks.Compare \
 *     [--rounds 3] [--wi 3] [--i 5] [--calls retrieve,list500,bulk100]
 * </pre>
 */
public final class Compare {
  private Compare() {}

  /**
   * Runs the comparison.
   *
   * @param args {@code --rounds N}, {@code --wi N} (warmup iterations of 1 s), {@code --i N}
   *     (measured iterations of 1 s), {@code --calls a,b}
   * @throws RunnerException when JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    int rounds = 3;
    int warmups = 3;
    int iterations = 5;
    List<String> calls = List.of("retrieve", "list500", "bulk100");
    for (int a = 0; a + 1 < args.length; a += 2) {
      switch (args[a]) {
        case "--rounds" -> rounds = Integer.parseInt(args[a + 1]);
        case "--wi" -> warmups = Integer.parseInt(args[a + 1]);
        case "--i" -> iterations = Integer.parseInt(args[a + 1]);
        case "--calls" -> calls = Arrays.asList(args[a + 1].split(","));
        default -> throw new IllegalArgumentException("unknown option " + args[a]);
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(
        "| call | latency SDK / bare: median (min-max) | bare us/op | SDK us/op"
            + " | alloc SDK / bare: median (min-max) | bare B/op | SDK B/op |");
    lines.add("|---|---|---|---|---|---|---|");
    for (String call : calls) {
      double[] time = new double[rounds];
      double[] alloc = new double[rounds];
      double[][] abs = new double[4][rounds];
      for (int r = 0; r < rounds; r++) {
        double[] a1 = run(call + "_bare", warmups, iterations);
        double[] b1 = run(call + "_sdk", warmups, iterations);
        double[] b2 = run(call + "_sdk", warmups, iterations);
        double[] a2 = run(call + "_bare", warmups, iterations);
        abs[0][r] = (a1[0] + a2[0]) / 2;
        abs[1][r] = (b1[0] + b2[0]) / 2;
        abs[2][r] = (a1[1] + a2[1]) / 2;
        abs[3][r] = (b1[1] + b2[1]) / 2;
        time[r] = abs[1][r] / abs[0][r];
        alloc[r] = abs[3][r] / abs[2][r];
        System.out.printf(
            Locale.ROOT,
            "%s round %d: latency %.3f (bare %.1f us, sdk %.1f us), alloc %.3f (bare %.0f B,"
                + " sdk %.0f B)%n",
            call,
            r + 1,
            time[r],
            abs[0][r],
            abs[1][r],
            alloc[r],
            abs[2][r],
            abs[3][r]);
      }
      lines.add(
          String.format(
              Locale.ROOT,
              "| %s | %.2f (%.2f-%.2f) | %.1f | %.1f | %.2f (%.2f-%.2f) | %.0f | %.0f |",
              call,
              median(time),
              min(time),
              max(time),
              median(abs[0]),
              median(abs[1]),
              median(alloc),
              min(alloc),
              max(alloc),
              median(abs[2]),
              median(abs[3])));
    }
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "%d rounds of A B B A forks, each fork %d x 1 s warmup + %d x 1 s measured%n%n",
        rounds,
        warmups,
        iterations);
    lines.forEach(System.out::println);
  }

  /** One fork of one benchmark: {mean us/op, bytes allocated per op}. */
  private static double[] run(String benchmark, int warmups, int iterations)
      throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include(CallBenchmark.class.getName() + "\\." + benchmark + "$")
            .forks(1)
            .warmupIterations(warmups)
            .measurementIterations(iterations)
            .addProfiler(GCProfiler.class)
            .verbosity(VerboseMode.SILENT)
            .build();
    RunResult result = new Runner(options).runSingle();
    double alloc = Double.NaN;
    for (Map.Entry<String, Result> e : result.getSecondaryResults().entrySet()) {
      if (e.getKey().endsWith("gc.alloc.rate.norm")) {
        alloc = e.getValue().getScore();
      }
    }
    return new double[] {result.getPrimaryResult().getScore(), alloc};
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static double min(double[] v) {
    return Arrays.stream(v).min().orElse(Double.NaN);
  }

  private static double max(double[] v) {
    return Arrays.stream(v).max().orElse(Double.NaN);
  }
}
