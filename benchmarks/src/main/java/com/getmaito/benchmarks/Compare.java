package com.getmaito.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
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
 * Runs each {@link CallBenchmark} call alternated, one JMH fork at a time, for a number of rounds,
 * and prints per call the median and the range of the per-round ratios SDK / peer for each peer,
 * for latency and for allocation per call ({@code -prof gc}'s {@code gc.alloc.rate.norm}).
 *
 * <p>The peers are {@code bare} ({@link BareClient}) and {@code generated} ({@link
 * GeneratedClient}), by default both. A round runs the forks in a mirrored order, the first peer
 * outermost: {@code bare, sdk, generated, generated, sdk, bare} (with one peer, {@code bare, sdk,
 * sdk, bare}: A B B A). Every client's two forks are centred on the same point of the round, so a
 * drift of the shared machine's speed over the round falls on all of them alike. A round's ratio is
 * the SDK's mean over its two forks divided by the peer's mean over its two.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar com.getmaito.benchmarks.Compare \
 *     [--rounds 3] [--wi 3] [--i 5] [--calls retrieve,list500,bulk100] [--peers bare,generated]
 * </pre>
 */
public final class Compare {
  private static final String SDK = "sdk";

  private Compare() {}

  /**
   * Runs the comparison.
   *
   * @param args {@code --rounds N}, {@code --wi N} (warmup iterations of 1 s), {@code --i N}
   *     (measured iterations of 1 s), {@code --calls a,b}, {@code --peers bare,generated}
   * @throws RunnerException when JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    int rounds = 3;
    int warmups = 3;
    int iterations = 5;
    List<String> calls = List.of("retrieve", "list500", "bulk100");
    List<String> peers = List.of("bare", "generated");
    for (int a = 0; a + 1 < args.length; a += 2) {
      switch (args[a]) {
        case "--rounds" -> rounds = Integer.parseInt(args[a + 1]);
        case "--wi" -> warmups = Integer.parseInt(args[a + 1]);
        case "--i" -> iterations = Integer.parseInt(args[a + 1]);
        case "--calls" -> calls = Arrays.asList(args[a + 1].split(","));
        case "--peers" -> peers = Arrays.asList(args[a + 1].split(","));
        default -> throw new IllegalArgumentException("unknown option " + args[a]);
      }
    }
    if (peers.isEmpty() || peers.contains(SDK)) {
      throw new IllegalArgumentException("--peers: one or more of bare, generated");
    }
    List<String> order = order(peers);
    Map<String, List<String>> tables = new LinkedHashMap<>();
    for (String peer : peers) {
      List<String> lines = new ArrayList<>();
      lines.add(
          String.format(
              Locale.ROOT,
              "| call | latency SDK / %1$s: median (min-max) | %1$s us/op | SDK us/op"
                  + " | alloc SDK / %1$s: median (min-max) | %1$s B/op | SDK B/op |",
              peer));
      lines.add("|---|---|---|---|---|---|---|");
      tables.put(peer, lines);
    }
    for (String call : calls) {
      // per client: [round] -> mean us/op and mean B/op over the client's forks in that round
      Map<String, double[]> time = new LinkedHashMap<>();
      Map<String, double[]> alloc = new LinkedHashMap<>();
      for (String client : order) {
        time.putIfAbsent(client, new double[rounds]);
        alloc.putIfAbsent(client, new double[rounds]);
      }
      for (int r = 0; r < rounds; r++) {
        for (String client : order) {
          double[] fork = run(call + "_" + client, warmups, iterations);
          // each client runs twice per round: the sum of two halves is the mean
          time.get(client)[r] += fork[0] / 2;
          alloc.get(client)[r] += fork[1] / 2;
        }
        StringBuilder line = new StringBuilder(call + " round " + (r + 1) + ":");
        for (String peer : peers) {
          line.append(
              String.format(
                  Locale.ROOT,
                  " SDK / %s latency %.3f (%s %.1f us, sdk %.1f us), alloc %.3f (%s %.0f B,"
                      + " sdk %.0f B);",
                  peer,
                  time.get(SDK)[r] / time.get(peer)[r],
                  peer,
                  time.get(peer)[r],
                  time.get(SDK)[r],
                  alloc.get(SDK)[r] / alloc.get(peer)[r],
                  peer,
                  alloc.get(peer)[r],
                  alloc.get(SDK)[r]));
        }
        System.out.println(line);
      }
      for (String peer : peers) {
        double[] timeRatio = ratios(time.get(SDK), time.get(peer));
        double[] allocRatio = ratios(alloc.get(SDK), alloc.get(peer));
        tables
            .get(peer)
            .add(
                String.format(
                    Locale.ROOT,
                    "| %s | %.2f (%.2f-%.2f) | %.1f | %.1f | %.2f (%.2f-%.2f) | %.0f | %.0f |",
                    call,
                    median(timeRatio),
                    min(timeRatio),
                    max(timeRatio),
                    median(time.get(peer)),
                    median(time.get(SDK)),
                    median(allocRatio),
                    min(allocRatio),
                    max(allocRatio),
                    median(alloc.get(peer)),
                    median(alloc.get(SDK))));
      }
    }
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "%d rounds of forks in the order %s, each fork %d x 1 s warmup + %d x 1 s measured%n",
        rounds,
        String.join(" ", order),
        warmups,
        iterations);
    for (List<String> lines : tables.values()) {
      System.out.println();
      lines.forEach(System.out::println);
    }
  }

  /**
   * The forks of one round: the first peer outermost, then the SDK, then the other peers mirrored
   * around the middle: {@code [bare, sdk, generated, generated, sdk, bare]}.
   */
  static List<String> order(List<String> peers) {
    List<String> inner = new ArrayList<>(peers.subList(1, peers.size()));
    List<String> order = new ArrayList<>();
    order.add(peers.get(0));
    order.add(SDK);
    order.addAll(inner);
    Collections.reverse(inner);
    order.addAll(inner);
    order.add(SDK);
    order.add(peers.get(0));
    return order;
  }

  private static double[] ratios(double[] numerator, double[] denominator) {
    double[] r = new double[numerator.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = numerator[i] / denominator[i];
    }
    return r;
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
