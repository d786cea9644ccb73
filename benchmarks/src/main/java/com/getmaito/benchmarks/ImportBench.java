package com.getmaito.benchmarks;

import com.getmaito.client.ImportReport;
import com.getmaito.client.MaitoClient;
import com.getmaito.client.model.SubscriberCreateParams;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * End-to-end import figures against the standalone emulator in its own JVM (issue 15), public SDK
 * API only:
 *
 * <ul>
 *   <li>{@code rate}: {@code client.subscribers().importer()} against the emulator at {@code --rate
 *       R/W}, for about {@code --seconds}; rows/s ÷ (R × 100 / W), and the 429s (on the wire, and
 *       rows failed: those reached the caller).
 *   <li>{@code nolimit}: the limit off; the importer against a bare OkHttp loop ({@link
 *       BareClient}, {@code TCP_NODELAY}) posting the same 100-row batches at the same concurrency,
 *       alternated A B B A for {@code --rounds}; the ratio importer / bare per round, and the
 *       emulator's own rows per CPU-second (its JVM's CPU time over the rows it created).
 *   <li>{@code memory}: one import of {@code --rows} (run this JVM with {@code -Xmx128m}), the heap
 *       peak per 100,000 rows (heap pools' peak usage, reset each segment), the live heap after a
 *       GC at the end, and the emulator's CPU per request per segment as its store grows.
 *   <li>{@code one}: for profiling (run this JVM with {@code -XX:StartFlightRecording}), only one
 *       side of {@code nolimit}, {@code --side importer} or {@code bare}, {@code --runs} times
 *       {@code --rows} after a warm-up; its rows/s and this JVM's CPU per 100-row batch.
 * </ul>
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar com.getmaito.benchmarks.ImportBench rate \
 *     [--rate 600/10s] [--seconds 60] [--concurrency 4]
 * java -cp benchmarks/target/benchmarks.jar com.getmaito.benchmarks.ImportBench nolimit \
 *     [--rows 50000] [--rounds 3] [--concurrency 4]
 * java -Xmx128m -cp benchmarks/target/benchmarks.jar com.getmaito.benchmarks.ImportBench memory \
 *     [--rows 1000000]
 * java -XX:StartFlightRecording=filename=importer.jfr,settings=profile \
 *     -cp benchmarks/target/benchmarks.jar com.getmaito.benchmarks.ImportBench one \
 *     [--side importer] [--rows 50000] [--runs 4] [--concurrency 4]
 * </pre>
 *
 * Common options: {@code --emulator client-tests/target/maito-emulator.jar}, {@code --emulator-heap
 * 3g}.
 */
public final class ImportBench {
  private static final int BATCH = 100;
  private static final String UNLIMITED = "1000000000/1s";

  private ImportBench() {}

  /**
   * Runs one of the benchmarks.
   *
   * @param args the mode ({@code rate}, {@code nolimit} or {@code memory}) and its options
   * @throws Exception when the emulator cannot start or a run fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: ImportBench rate|nolimit|memory|one [options]; see its Javadoc");
      System.exit(2);
    }
    Map<String, String> o = new LinkedHashMap<>();
    for (int a = 1; a + 1 < args.length; a += 2) {
      o.put(args[a], args[a + 1]);
    }
    Path jar = Path.of(o.getOrDefault("--emulator", "client-tests/target/maito-emulator.jar"));
    String heap = o.getOrDefault("--emulator-heap", "3g");
    int concurrency = Integer.parseInt(o.getOrDefault("--concurrency", "4"));
    System.out.printf(
        Locale.ROOT,
        "%s, %d CPUs, this JVM's max heap %d MB, emulator -Xmx%s%n",
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        heap);
    switch (args[0]) {
      case "rate" ->
          rate(
              jar,
              heap,
              o.getOrDefault("--rate", "600/10s"),
              Integer.parseInt(o.getOrDefault("--seconds", "60")),
              concurrency);
      case "nolimit" ->
          noLimit(
              jar,
              heap,
              Integer.parseInt(o.getOrDefault("--rows", "50000")),
              Integer.parseInt(o.getOrDefault("--rounds", "3")),
              concurrency);
      case "memory" ->
          memory(jar, heap, Integer.parseInt(o.getOrDefault("--rows", "1000000")), concurrency);
      case "one" ->
          one(
              jar,
              heap,
              o.getOrDefault("--side", "importer"),
              Integer.parseInt(o.getOrDefault("--rows", "50000")),
              Integer.parseInt(o.getOrDefault("--runs", "4")),
              concurrency);
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
  }

  // ---------------------------------------------------------------- rate

  private static void rate(Path jar, String heap, String rate, int seconds, int concurrency)
      throws IOException {
    int slash = rate.indexOf('/');
    int requests = Integer.parseInt(rate.substring(0, slash));
    Duration window = parseWindow(rate.substring(slash + 1));
    double ideal = requests * (double) BATCH / (window.toNanos() / 1e9);
    int rows = (int) Math.round(ideal * seconds);
    try (EmulatorProcess emulator = new EmulatorProcess(jar, rate, heap)) {
      AtomicLong wire429 = new AtomicLong();
      try (MaitoClient client = client(emulator, wire429)) {
        ImportReport report =
            client
                .subscribers()
                .importer()
                .concurrency(concurrency)
                .run(rows("rate-", rows).iterator());
        double perSecond = report.created() / seconds(report.elapsed());
        System.out.printf(
            Locale.ROOT,
            "%nimport at the rate limit: emulator --rate %s (ideal %.0f rows/s), %d rows,"
                + " concurrency %d%n",
            rate,
            ideal,
            rows,
            concurrency);
        System.out.println(report);
        System.out.printf(
            Locale.ROOT,
            "rows/s %.1f over %.1f s; rows/s / (R x 100 / window) = %.3f%n"
                + "429s on the wire %d (waited out: %d); rows failed (reached the caller) %d%n",
            perSecond,
            seconds(report.elapsed()),
            perSecond / ideal,
            wire429.get(),
            report.rateLimitWaits(),
            report.failed() + report.notAttempted());
      }
    }
  }

  // ---------------------------------------------------------------- nolimit

  private static void noLimit(Path jar, String heap, int rows, int rounds, int concurrency)
      throws Exception {
    try (EmulatorProcess emulator = new EmulatorProcess(jar, UNLIMITED, heap);
        MaitoClient client = client(emulator, new AtomicLong());
        BareClient bare = new BareClient(emulator.baseUrl, emulator.apiKey)) {
      // warm-up: both paths, unmeasured
      importer(client, "warm-sdk-", Math.min(rows, 20_000), concurrency, emulator);
      bareLoop(bare, "warm-bare-", Math.min(rows, 20_000), concurrency, emulator);
      double[] ratio = new double[rounds];
      double[] cpuRatio = new double[rounds];
      double[][] abs = new double[4][rounds];
      double emulatorRows = 0;
      double emulatorCpu = 0;
      for (int r = 0; r < rounds; r++) {
        double[] a1 = bareLoop(bare, "b" + r + "a-", rows, concurrency, emulator);
        double[] b1 = importer(client, "s" + r + "a-", rows, concurrency, emulator);
        double[] b2 = importer(client, "s" + r + "b-", rows, concurrency, emulator);
        double[] a2 = bareLoop(bare, "b" + r + "b-", rows, concurrency, emulator);
        abs[0][r] = (a1[0] + a2[0]) / 2;
        abs[1][r] = (b1[0] + b2[0]) / 2;
        ratio[r] = abs[1][r] / abs[0][r];
        // client CPU ms per 100-row batch, bare and importer
        abs[2][r] = (a1[2] + a2[2]) / 2 * 1000 / (rows / (double) BATCH);
        abs[3][r] = (b1[2] + b2[2]) / 2 * 1000 / (rows / (double) BATCH);
        cpuRatio[r] = abs[3][r] / abs[2][r];
        for (double[] x : new double[][] {a1, b1, b2, a2}) {
          emulatorRows += rows;
          emulatorCpu += x[1];
        }
        System.out.printf(
            Locale.ROOT,
            "round %d: bare %.0f rows/s, importer %.0f rows/s, importer / bare %.3f;"
                + " client CPU per batch bare %.3f ms, importer %.3f ms, importer / bare %.3f%n",
            r + 1,
            abs[0][r],
            abs[1][r],
            ratio[r],
            abs[2][r],
            abs[3][r],
            cpuRatio[r]);
      }
      System.out.printf(
          Locale.ROOT,
          "%nimport with no limit, %d rows per run, concurrency %d, %d rounds of A B B A%n"
              + "importer / bare rows/s: median %.3f (%.3f-%.3f); bare median %.0f rows/s,"
              + " importer median %.0f rows/s%n"
              + "client CPU per 100-row batch, importer / bare: median %.3f (%.3f-%.3f); bare"
              + " %.3f ms, importer %.3f ms%n"
              + "emulator: %.0f rows per CPU-second of its JVM (%.3f ms CPU per 100-row"
              + " request)%n",
          rows,
          concurrency,
          rounds,
          median(ratio),
          min(ratio),
          max(ratio),
          median(abs[0]),
          median(abs[1]),
          median(cpuRatio),
          min(cpuRatio),
          max(cpuRatio),
          median(abs[2]),
          median(abs[3]),
          emulatorRows / emulatorCpu,
          emulatorCpu * 1000 / (emulatorRows / BATCH));
    }
  }

  // ---------------------------------------------------------------- one (for profiling)

  private static void one(Path jar, String heap, String side, int rows, int runs, int concurrency)
      throws Exception {
    boolean sdk =
        switch (side) {
          case "importer" -> true;
          case "bare" -> false;
          default -> throw new IllegalArgumentException("--side importer|bare: " + side);
        };
    try (EmulatorProcess emulator = new EmulatorProcess(jar, UNLIMITED, heap);
        MaitoClient client = client(emulator, new AtomicLong());
        BareClient bare = new BareClient(emulator.baseUrl, emulator.apiKey)) {
      int warm = Math.min(rows, 20_000);
      if (sdk) {
        importer(client, "warm-", warm, concurrency, emulator);
      } else {
        bareLoop(bare, "warm-", warm, concurrency, emulator);
      }
      for (int r = 0; r < runs; r++) {
        double[] x =
            sdk
                ? importer(client, "o" + r + "-", rows, concurrency, emulator)
                : bareLoop(bare, "o" + r + "-", rows, concurrency, emulator);
        System.out.printf(
            Locale.ROOT,
            "%s run %d: %.0f rows/s, client CPU per batch %.3f ms, emulator %.3f ms%n",
            side,
            r + 1,
            x[0],
            x[2] * 1000 / (rows / (double) BATCH),
            x[1] * 1000 / (rows / (double) BATCH));
      }
    }
  }

  /** CPU time this JVM has used so far, all threads (GC and JIT included). */
  private static Duration ownCpu() {
    return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
  }

  /** One importer run: {rows created per second, emulator CPU seconds, this JVM's CPU seconds}. */
  private static double[] importer(
      MaitoClient client, String prefix, int rows, int concurrency, EmulatorProcess emulator) {
    Duration cpu0 = emulator.cpu();
    Duration own0 = ownCpu();
    ImportReport report =
        client.subscribers().importer().concurrency(concurrency).run(rows(prefix, rows).iterator());
    double cpu = seconds(emulator.cpu().minus(cpu0));
    double own = seconds(ownCpu().minus(own0));
    if (report.created() != rows) {
      throw new IllegalStateException("importer run incomplete: " + report);
    }
    return new double[] {report.created() / seconds(report.elapsed()), cpu, own};
  }

  /**
   * The bare loop: {@code concurrency} threads, each taking the next 100-row batch and posting it
   * with {@link BareClient#bulkCreate}; {rows created per second, emulator CPU seconds, this JVM's
   * CPU seconds}.
   */
  private static double[] bareLoop(
      BareClient bare, String prefix, int rows, int concurrency, EmulatorProcess emulator)
      throws Exception {
    int batches = (rows + BATCH - 1) / BATCH;
    AtomicLong next = new AtomicLong();
    AtomicLong created = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    Duration cpu0 = emulator.cpu();
    Duration own0 = ownCpu();
    long t0 = System.nanoTime();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < concurrency; t++) {
        done.add(
            pool.submit(
                () -> {
                  for (long b = next.getAndIncrement(); b < batches; b = next.getAndIncrement()) {
                    List<Fixtures.Row> batch = new ArrayList<>(BATCH);
                    for (long i = b * BATCH; i < Math.min(rows, (b + 1) * BATCH); i++) {
                      batch.add(row(prefix, i));
                    }
                    created.addAndGet(
                        bare.bulkCreate(BareClient.bulkRequest(batch)).created.size());
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    double elapsed = (System.nanoTime() - t0) / 1e9;
    double cpu = seconds(emulator.cpu().minus(cpu0));
    double own = seconds(ownCpu().minus(own0));
    if (created.get() != rows) {
      throw new IllegalStateException("bare run created " + created + " of " + rows);
    }
    return new double[] {rows / elapsed, cpu, own};
  }

  // ---------------------------------------------------------------- memory

  private static void memory(Path jar, String heap, int rows, int concurrency) throws IOException {
    List<MemoryPoolMXBean> pools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    try (EmulatorProcess emulator = new EmulatorProcess(jar, UNLIMITED, heap);
        MaitoClient client = client(emulator, new AtomicLong())) {
      long segment = 100_000;
      long[] nextMark = {segment};
      long[] markRows = {0};
      long[] markTime = {System.nanoTime()};
      Duration[] markCpu = {emulator.cpu()};
      List<Long> peaks = new ArrayList<>();
      pools.forEach(MemoryPoolMXBean::resetPeakUsage);
      System.out.println(
          "rows done | rows/s in segment | heap peak in segment (MB) | emulator CPU ms per"
              + " request");
      ImportReport report =
          client
              .subscribers()
              .importer()
              .concurrency(concurrency)
              .onProgress(
                  p -> {
                    if (p.rowsDone() < nextMark[0] && p.rowsDone() < rows) {
                      return;
                    }
                    long now = System.nanoTime();
                    Duration cpu = emulator.cpu();
                    long peak = 0;
                    for (MemoryPoolMXBean pool : pools) {
                      peak += pool.getPeakUsage().getUsed();
                      pool.resetPeakUsage();
                    }
                    peaks.add(peak);
                    long n = p.rowsDone() - markRows[0];
                    System.out.printf(
                        Locale.ROOT,
                        "%,d | %.0f | %.1f | %.3f%n",
                        p.rowsDone(),
                        n / ((now - markTime[0]) / 1e9),
                        peak / 1048576.0,
                        seconds(cpu.minus(markCpu[0])) * 1000 / Math.max(1, n / (double) BATCH));
                    markRows[0] = p.rowsDone();
                    markTime[0] = now;
                    markCpu[0] = cpu;
                    while (nextMark[0] <= p.rowsDone()) {
                      nextMark[0] += segment;
                    }
                  })
              .run(rows("mem-", rows).iterator());
      System.gc();
      long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      System.out.println(report);
      System.out.printf(
          Locale.ROOT,
          "%n%,d rows at %.0f rows/s under a max heap of %d MB: heap peak %.1f MB (the largest"
              + " segment's sum of heap pools' peaks), live after GC %.1f MB%n",
          report.created(),
          report.rowsPerSecond(),
          Runtime.getRuntime().maxMemory() >> 20,
          peaks.stream().mapToLong(Long::longValue).max().orElse(0) / 1048576.0,
          live / 1048576.0);
    }
  }

  // ---------------------------------------------------------------- shared

  private static MaitoClient client(EmulatorProcess emulator, AtomicLong wire429) {
    return MaitoClient.builder()
        .apiKey(emulator.apiKey)
        .baseUrl(emulator.baseUrl)
        .requestListener(
            e -> {
              if (e.statusCode() == 429) {
                wire429.incrementAndGet();
              }
            })
        .build();
  }

  /** The same row for both clients: {@link Fixtures#bulkRows()}'s shape with a unique email. */
  static Fixtures.Row row(String prefix, long i) {
    Map<String, Object> custom = new LinkedHashMap<>();
    custom.put("company", "Analytical Engines Ltd");
    custom.put("seats", (int) (i % 50));
    return new Fixtures.Row(
        prefix + i + "@example.com",
        "Ada",
        "Lovelace",
        List.of("import-2026-11"),
        custom,
        "csv-import");
  }

  /** {@code n} generated rows, made as they are pulled (nothing held). */
  static Iterable<SubscriberCreateParams> rows(String prefix, long n) {
    return () ->
        new Iterator<>() {
          private long i;

          @Override
          public boolean hasNext() {
            return i < n;
          }

          @Override
          public SubscriberCreateParams next() {
            if (i >= n) {
              throw new NoSuchElementException();
            }
            Fixtures.Row r = row(prefix, i++);
            return SubscriberCreateParams.builder()
                .email(r.email())
                .firstName(r.firstName())
                .lastName(r.lastName())
                .tags(r.tags())
                .customFields(r.customFields())
                .source(r.source())
                .build();
          }
        };
  }

  private static Duration parseWindow(String w) {
    if (w.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(w.substring(0, w.length() - 2)));
    } else if (w.endsWith("s")) {
      return Duration.ofSeconds(Long.parseLong(w.substring(0, w.length() - 1)));
    } else if (w.endsWith("m")) {
      return Duration.ofMinutes(Long.parseLong(w.substring(0, w.length() - 1)));
    }
    throw new IllegalArgumentException("a window like 10s: " + w);
  }

  private static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }

  static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  static double min(double[] v) {
    return Arrays.stream(v).min().orElse(Double.NaN);
  }

  static double max(double[] v) {
    return Arrays.stream(v).max().orElse(Double.NaN);
  }
}
