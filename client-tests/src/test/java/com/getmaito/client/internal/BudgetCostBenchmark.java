package com.getmaito.client.internal;

import com.getmaito.client.RateBudget;
import com.getmaito.client.redis.RedisRateBudget;
import com.getmaito.client.testing.TestRedis;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * The per-call cost of a slot from the shared budget (one Lua script round trip to a local Redis)
 * against the in-process limiter: a plain program, not a test (timings are not asserted). Run it
 * with the test class path, for example:
 *
 * <pre>
 * ./mvnw -B -q -pl client,client-tests -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -cp client-tests/target/test-classes:client-tests/target/classes:client/target/classes:$(cat client-tests/cp.txt) \
 *     com.getmaito.client.internal.BudgetCostBenchmark
 * </pre>
 */
public final class BudgetCostBenchmark {
  private static final int WARM_UP = 20_000;
  private static final int CALLS = 50_000;

  private BudgetCostBenchmark() {}

  public static void main(String[] args) throws Exception {
    // A budget so large that no one waits: only the cost of handing out a slot is measured.
    Duration window = Duration.ofSeconds(1);
    int limit = 1_000_000;
    RateBudget local = new ClientRateLimiter(limit, window, System::nanoTime);
    try (TestRedis redis = TestRedis.start();
        RedisRateBudget shared =
            RedisRateBudget.builder()
                .uri(redis.uri())
                .name("maito:bench")
                .limit(limit, window)
                .build()) {
      for (int threads : new int[] {1, 4}) {
        report("local ", threads, local);
        report("shared", threads, shared);
      }
    }
  }

  private static void report(String name, int threads, RateBudget budget) throws Exception {
    run(budget, threads, WARM_UP);
    long start = System.nanoTime();
    run(budget, threads, CALLS);
    long nanos = System.nanoTime() - start;
    double perCall = nanos / 1000.0 / (CALLS * (double) threads);
    double throughput = CALLS * (double) threads / (nanos / 1e9);
    System.out.printf(
        "%s budget, %d thread(s): %8.2f us per reserve() (wall time / calls), %,10.0f calls/s%n",
        name, threads, perCall, throughput);
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
}
