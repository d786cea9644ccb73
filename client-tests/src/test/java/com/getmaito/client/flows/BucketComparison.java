package com.getmaito.client.flows;

import com.getmaito.client.RateBudget;
import com.getmaito.client.redis.RedisRateBudget;
import com.getmaito.client.testing.Bucket4jBudget;
import com.getmaito.client.testing.TestRedis;
import com.getmaito.emulator.MaitoEmulator;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;

/**
 * The SDK's shared budget (a Lua script in Redis, {@link RedisRateBudget}) against the same budget
 * over Bucket4j's Redis proxy on Lettuce ({@link Bucket4jBudget}), measured in one run: a plain
 * program, not a test (nothing is asserted on timings, and it takes minutes). Run it with the test
 * class path, for example:
 *
 * <pre>
 * ./mvnw -B -q -pl client,client-tests -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test -Dinvoker.skip
 * java -cp client-tests/target/test-classes:client-tests/target/classes:client/target/classes:$(cat client-tests/cp.txt) \
 *     com.getmaito.client.flows.BucketComparison [rounds, default 2] [seconds per run, default 20]
 * </pre>
 *
 * <p>It prints, for each budget:
 *
 * <ul>
 *   <li>the four-process test of {@link SharedBudgetFlowTest}: four {@link BudgetChild} JVMs, two
 *       threads each, one key, against the emulator at 60 per 10 s: the 429s at the server and
 *       reaching the processes, the calls that succeeded against the budget of the run (the share
 *       of the window's slots used), the mean time of one {@code reserve()} in the processes, how
 *       many of them the local fallback served (Redis failed or was slower than the 250 ms
 *       timeout), and the Redis round trips per {@code reserve()} (from Redis's {@code INFO
 *       commandstats}) and, for Bucket4j, the share of its compare-and-swaps that failed and were
 *       retried;
 *   <li>four JVMs calling nothing but {@code reserve()} on one key with a budget too large to wait
 *       for (the hottest bucket: contention between processes): calls per second, the mean time of
 *       one call and the Redis round trips per call;
 *   <li>the same in one JVM, from one thread and from four (contention between threads).
 * </ul>
 *
 * The runs of the two budgets alternate, so a change in the machine's load hits both; the load
 * average is printed before and after.
 */
public final class BucketComparison {
  private static final int LIMIT = 60;
  private static final Duration WINDOW = Duration.ofSeconds(10);
  private static final int HUGE = 1_000_000;
  private static final List<String> BUDGETS = List.of("shared", "bucket4j");

  private BucketComparison() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    long runMillis = (args.length > 1 ? Long.parseLong(args[1]) : 20) * 1000;
    System.out.printf("load average %.2f, %d cores%n", load(), cores());
    try (TestRedis redis = TestRedis.start()) {
      RedisClient statsClient = RedisClient.create(redis.uri());
      try (StatefulRedisConnection<String, String> stats = statsClient.connect()) {
        RedisCommands<String, String> redisStats = stats.sync();
        for (int round = 0; round < rounds; round++) {
          for (int i = 0; i < BUDGETS.size(); i++) {
            String budget = BUDGETS.get((i + round) % BUDGETS.size());
            fourProcesses(redis, redisStats, budget, runMillis);
          }
        }
        for (String budget : BUDGETS) {
          hotReserve(redis, redisStats, budget, 5_000);
        }
        for (int threads : new int[] {1, 4}) {
          for (String budget : BUDGETS) {
            inProcess(redis, redisStats, budget, threads);
          }
        }
      } finally {
        statsClient.shutdown();
      }
    }
    System.out.printf("load average %.2f%n", load());
  }

  private static void fourProcesses(
      TestRedis redis, RedisCommands<String, String> stats, String budget, long runMillis)
      throws Exception {
    try (MaitoEmulator emulator = MaitoEmulator.builder().rateLimit(LIMIT, WINDOW).start()) {
      String name = "maito:compare:" + budget + ":" + System.nanoTime();
      List<Map<String, Long>> results =
          BudgetChildren.runAll(
              4,
              i ->
                  List.of(
                      "mode=calls",
                      "budget=" + budget,
                      "baseUrl=" + emulator.baseUrl(),
                      "key=" + emulator.bootstrapKey(),
                      "redis=" + redis.uri(),
                      "name=" + name,
                      "limit=" + LIMIT,
                      "windowMs=" + WINDOW.toMillis(),
                      "processes=4",
                      "threads=2"),
              runMillis,
              stats::configResetstat);
      Map<String, Long> commands = commands(stats);
      long ok = BudgetChildren.sum(results, "ok");
      long slots = LIMIT * runMillis / WINDOW.toMillis();
      long reserves = BudgetChildren.sum(results, "reserves");
      long local = BudgetChildren.sum(results, "localReserves");
      System.out.printf(
          "four processes, %-8s: %3d ok of %d slots (%5.1f%%), 429 at the server %d, reaching"
              + " the processes %d, other errors %d; reserve() %7.1f us mean, %d on the local"
              + " fallback; %s per shared reserve() %s%n",
          budget,
          ok,
          slots,
          100.0 * ok / slots,
          emulator.requestCountByStatus(429),
          BudgetChildren.sum(results, "rateLimited"),
          BudgetChildren.sum(results, "errors"),
          BudgetChildren.sum(results, "reserveNanos") / 1000.0 / Math.max(1, reserves),
          local,
          perCall(commands, reserves - local),
          commands);
    }
  }

  private static void hotReserve(
      TestRedis redis, RedisCommands<String, String> stats, String budget, long runMillis)
      throws Exception {
    String name = "maito:compare:hot:" + budget + ":" + System.nanoTime();
    List<Map<String, Long>> results =
        BudgetChildren.runAll(
            4,
            i ->
                List.of(
                    "mode=reserve",
                    "budget=" + budget,
                    "baseUrl=http://127.0.0.1:9/v1", // never called
                    "key=unused",
                    "redis=" + redis.uri(),
                    "name=" + name,
                    "limit=" + HUGE,
                    "windowMs=1000",
                    "processes=4",
                    "threads=1"),
            runMillis,
            stats::configResetstat);
    Map<String, Long> commands = commands(stats);
    long reserves = BudgetChildren.sum(results, "reserves");
    long local = BudgetChildren.sum(results, "localReserves");
    System.out.printf(
        "four processes, reserve() only, %-8s: %,8.0f calls/s together, %7.1f us mean per call,"
            + " %.1f%% on the local fallback; %s per shared call %s%n",
        budget,
        reserves / (runMillis / 1000.0),
        BudgetChildren.sum(results, "reserveNanos") / 1000.0 / Math.max(1, reserves),
        100.0 * local / Math.max(1, reserves),
        perCall(commands, reserves - local),
        commands);
  }

  private static void inProcess(
      TestRedis redis, RedisCommands<String, String> stats, String budget, int threads)
      throws Exception {
    String name = "maito:compare:jvm:" + budget + ":" + threads + ":" + System.nanoTime();
    AutoCloseable closeable;
    RateBudget b;
    if (budget.equals("shared")) {
      RedisRateBudget r =
          RedisRateBudget.builder()
              .uri(redis.uri())
              .name(name)
              .limit(HUGE, Duration.ofSeconds(1))
              .build();
      closeable = r;
      b = r;
    } else {
      Bucket4jBudget r = Bucket4jBudget.open(redis.uri(), name, HUGE, Duration.ofSeconds(1), 1);
      closeable = r;
      b = r;
    }
    try (closeable) {
      int calls = 10_000;
      run(b, threads, 2_000);
      stats.configResetstat();
      long start = System.nanoTime();
      run(b, threads, calls);
      long nanos = System.nanoTime() - start;
      Map<String, Long> commands = commands(stats);
      System.out.printf(
          "one JVM, %d thread(s), %-8s: %7.1f us per reserve() (wall time / calls), %,8.0f"
              + " calls/s; %s per call %s%n",
          threads,
          budget,
          nanos / 1000.0 / (calls * (double) threads),
          calls * (double) threads / (nanos / 1e9),
          perCall(commands, calls * (long) threads),
          commands);
    }
  }

  private static void run(RateBudget budget, int threads, int callsEach) throws Exception {
    CountDownLatch done = new CountDownLatch(threads);
    for (int t = 0; t < threads; t++) {
      new Thread(
              () -> {
                for (int i = 0; i < callsEach; i++) {
                  budget.reserve();
                }
                done.countDown();
              })
          .start();
    }
    done.await();
  }

  /** The calls of each data command since the last reset (not the stats' own INFO and CONFIG). */
  private static Map<String, Long> commands(RedisCommands<String, String> stats) {
    Map<String, Long> calls = new TreeMap<>();
    for (String line : stats.info("commandstats").split("\r?\n")) {
      if (!line.startsWith("cmdstat_")) {
        continue;
      }
      String command = line.substring("cmdstat_".length(), line.indexOf(':'));
      if (command.startsWith("info")
          || command.startsWith("config")
          || command.startsWith("hello")
          || command.startsWith("client")
          || command.startsWith("ping")
          || command.startsWith("command")) {
        continue;
      }
      int at = line.indexOf("calls=") + "calls=".length();
      calls.put(command, Long.parseLong(line.substring(at, line.indexOf(',', at))));
    }
    return calls;
  }

  /**
   * The round trips per call: each EVALSHA or EVAL is one, and so is each GET sent by itself (a
   * script's own commands count in Redis's statistics too: the script's GET, one per EVAL of
   * Bucket4j's compare-and-swap, is not a round trip); with Bucket4j, also the share of its
   * compare-and-swap attempts that failed (an EVAL whose swap, PSETEX, did not happen).
   */
  private static String perCall(Map<String, Long> commands, long calls) {
    long evals = commands.getOrDefault("evalsha", 0L) + commands.getOrDefault("eval", 0L);
    long ownGets =
        Math.max(0, commands.getOrDefault("get", 0L) - commands.getOrDefault("eval", 0L));
    double perCall = (evals + ownGets) / (double) Math.max(1, calls);
    String text = String.format("%.2f round trips", perCall);
    if (commands.containsKey("psetex")) {
      long attempts = commands.get("eval");
      long failed = attempts - commands.get("psetex") - commands.getOrDefault("set", 0L);
      text += String.format(" (%.0f%% of compare-and-swaps failed)", 100.0 * failed / attempts);
    }
    return text;
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }
}
