package com.getmaito.benchmarks;

import java.util.Locale;

/**
 * The delayed-ACK stall: the same bulk create of 100 rows (about 15.6 KB out, 45 KB back) posted on
 * one keep-alive connection by a bare OkHttp client without and with {@code TCP_NODELAY} on its
 * socket, alternated A B B A for a number of rounds; prints the mean latency per call of each and
 * their ratio. The server ({@link LoopbackServer}) sets {@code TCP_NODELAY} on its side, so what
 * differs is the client's socket only.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar com.getmaito.benchmarks.DelayedAck [--calls 200] [--rounds 3]
 * </pre>
 */
public final class DelayedAck {
  private DelayedAck() {}

  /**
   * Runs the comparison.
   *
   * @param args {@code --calls N} (calls per measured run), {@code --rounds N}
   * @throws Exception when a call fails
   */
  public static void main(String[] args) throws Exception {
    int calls = 200;
    int rounds = 3;
    for (int a = 0; a + 1 < args.length; a += 2) {
      switch (args[a]) {
        case "--calls" -> calls = Integer.parseInt(args[a + 1]);
        case "--rounds" -> rounds = Integer.parseInt(args[a + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[a]);
      }
    }
    BareClient.BulkRequest request = BareClient.bulkRequest(Fixtures.bulkRows());
    try (LoopbackServer server =
            new LoopbackServer()
                .route("POST", "/v1/newsletter/subscribers/bulk", Fixtures.bulkBody());
        BareClient nagle = new BareClient(server.baseUrl(), "sk_benchmark", false);
        BareClient noDelay = new BareClient(server.baseUrl(), "sk_benchmark", true)) {
      // warm-up, unmeasured: JIT and one connection each
      mean(nagle, request, Math.min(calls, 50));
      mean(noDelay, request, Math.min(calls, 200));
      double[] off = new double[rounds];
      double[] on = new double[rounds];
      double[] ratio = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        double a1 = mean(nagle, request, calls);
        double b1 = mean(noDelay, request, calls);
        double b2 = mean(noDelay, request, calls);
        double a2 = mean(nagle, request, calls);
        off[r] = (a1 + a2) / 2;
        on[r] = (b1 + b2) / 2;
        ratio[r] = off[r] / on[r];
        System.out.printf(
            Locale.ROOT,
            "round %d: TCP_NODELAY off %.3f ms, on %.3f ms per call, off / on %.2f%n",
            r + 1,
            off[r],
            on[r],
            ratio[r]);
      }
      System.out.printf(
          Locale.ROOT,
          "%nbulk create of 100 (%d calls per run, %d rounds of A B B A): mean ms per call,"
              + " TCP_NODELAY off %.3f, on %.3f; off / on median %.2f (%.2f-%.2f)%n",
          calls,
          rounds,
          ImportBench.median(off),
          ImportBench.median(on),
          ImportBench.median(ratio),
          ImportBench.min(ratio),
          ImportBench.max(ratio));
    }
  }

  /** Mean milliseconds per call over {@code calls} sequential calls. */
  private static double mean(BareClient client, BareClient.BulkRequest request, int calls)
      throws Exception {
    long t0 = System.nanoTime();
    for (int i = 0; i < calls; i++) {
      client.bulkCreate(request);
    }
    return (System.nanoTime() - t0) / 1e6 / calls;
  }
}
