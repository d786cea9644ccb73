package com.getmaito.client.flows;

import com.getmaito.client.ImportReport;
import com.getmaito.client.MaitoClient;
import com.getmaito.client.RateBudget;
import com.getmaito.client.RequestOptions;
import com.getmaito.client.errors.RateLimitException;
import com.getmaito.client.model.RateLimitInfo;
import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.client.model.SubscriberListParams;
import com.getmaito.client.redis.RedisRateBudget;
import com.getmaito.client.testing.Bucket4jBudget;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * One process of {@link SharedBudgetFlowTest}, run in a JVM of its own, arguments as {@code
 * name=value}. It builds its client, makes one warm-up call through it ({@code mode=reserve}: 2,000
 * reservations) (so class loading and JIT under a loaded machine do not delay the run's first
 * requests), prints {@code READY}, and reads {@code start end} (epoch milliseconds) from its
 * standard input. Then {@code mode=calls} sends list calls (no retries) from {@code threads}
 * threads from {@code start} until {@code end}; {@code mode=import} imports {@code rows}
 * subscribers named {@code prefix}N from {@code start}. {@code budget=shared} draws from the Redis
 * budget at {@code redis}, named {@code name}, of {@code limit} per {@code windowMs} over {@code
 * processes}; {@code budget=bucket4j} the same through {@link Bucket4jBudget} (Bucket4j's Redis
 * proxy in place of the script, for {@link BucketComparison}); {@code budget=local} paces itself
 * alone at that limit. {@code mode=reserve} (a shared budget only) calls nothing but {@code
 * reserve()} from {@code threads} threads until {@code end}. Prints one line: {@code RESULT
 * name=value...}; with a shared budget, {@code reserves} and {@code reserveNanos} are the calls of
 * {@code reserve()} during the run and the time they took.
 */
public final class BudgetChild {
  private BudgetChild() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> a = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      a.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    int limit = Integer.parseInt(a.get("limit"));
    Duration window = Duration.ofMillis(Long.parseLong(a.get("windowMs")));
    MaitoClient.Builder builder =
        MaitoClient.builder().apiKey(a.get("key")).baseUrl(a.get("baseUrl"));
    AutoCloseable budget = null;
    TimedBudget timed = null;
    int processes = Integer.parseInt(a.get("processes"));
    if (a.get("budget").equals("shared")) {
      RedisRateBudget shared =
          RedisRateBudget.builder()
              .uri(a.get("redis"))
              .name(a.get("name"))
              .limit(limit, window)
              .processes(processes)
              .build();
      budget = shared;
      timed = new TimedBudget(shared, shared::isShared);
    } else if (a.get("budget").equals("bucket4j")) {
      Bucket4jBudget bucket =
          Bucket4jBudget.open(a.get("redis"), a.get("name"), limit, window, processes);
      budget = bucket;
      timed = new TimedBudget(bucket, bucket::isShared);
    } else {
      builder.rateLimit(limit, window);
    }
    if (timed != null) {
      builder.rateBudget(timed);
    }
    try (MaitoClient client = builder.build()) {
      if (a.get("mode").equals("reserve")) {
        for (int i = 0; i < 2_000; i++) {
          timed.reserve(); // no server to call: warm up the budget alone
        }
      } else {
        client.subscribers().list(SubscriberListParams.ofDefaults());
      }
      System.out.println("READY");
      System.out.flush();
      String[] go =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
              .readLine()
              .split(" ");
      long start = Long.parseLong(go[0]);
      long end = Long.parseLong(go[1]);
      long late = System.currentTimeMillis() - start;
      if (late < 0) {
        Thread.sleep(-late);
      }
      if (timed != null) {
        timed.reset();
      }
      String result =
          switch (a.get("mode")) {
            case "calls" -> calls(client, Integer.parseInt(a.get("threads")), end);
            case "reserve" -> reserveOnly(timed, Integer.parseInt(a.get("threads")), end);
            default -> importRows(client, Integer.parseInt(a.get("rows")), a.get("prefix"));
          };
      String cost =
          timed == null
              ? ""
              : " reserves="
                  + timed.calls.sum()
                  + " reserveNanos="
                  + timed.nanos.sum()
                  + " localReserves="
                  + timed.local.sum();
      System.out.println("RESULT late=" + Math.max(0, late) + " " + result + cost);
    } finally {
      if (budget != null) {
        budget.close();
      }
    }
  }

  private static String calls(MaitoClient client, int threads, long end) throws Exception {
    AtomicLong inTime = new AtomicLong();
    AtomicLong late = new AtomicLong();
    AtomicLong rateLimited = new AtomicLong();
    AtomicLong otherErrors = new AtomicLong();
    RequestOptions noRetries = RequestOptions.builder().maxRetries(0).build();
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      workers[t] =
          new Thread(
              () -> {
                while (System.currentTimeMillis() < end) {
                  try {
                    client.subscribers().list(SubscriberListParams.ofDefaults(), noRetries);
                    (System.currentTimeMillis() <= end ? inTime : late).incrementAndGet();
                  } catch (RateLimitException e) {
                    rateLimited.incrementAndGet();
                  } catch (RuntimeException e) {
                    otherErrors.incrementAndGet();
                  }
                }
              });
      workers[t].start();
    }
    for (Thread w : workers) {
      w.join();
    }
    return "ok="
        + inTime.get()
        + " okAfterEnd="
        + late.get()
        + " rateLimited="
        + rateLimited.get()
        + " errors="
        + otherErrors.get();
  }

  /** Only {@code reserve()}, from {@code threads} threads until {@code end}: no HTTP call. */
  private static String reserveOnly(TimedBudget budget, int threads, long end) throws Exception {
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      workers[t] =
          new Thread(
              () -> {
                while (System.currentTimeMillis() < end) {
                  budget.reserve();
                }
              });
      workers[t].start();
    }
    for (Thread w : workers) {
      w.join();
    }
    return "ok=0 rateLimited=0 errors=0";
  }

  /** Counts the calls of {@code reserve()} and the time they take, to report the per-call cost. */
  private static final class TimedBudget implements RateBudget {
    private final RateBudget budget;
    private final BooleanSupplier shared;
    private final LongAdder calls = new LongAdder();
    private final LongAdder nanos = new LongAdder();
    private final LongAdder local = new LongAdder();

    TimedBudget(RateBudget budget, BooleanSupplier shared) {
      this.budget = budget;
      this.shared = shared;
    }

    void reset() {
      calls.reset();
      nanos.reset();
      local.reset();
    }

    @Override
    public Duration reserve() {
      long start = System.nanoTime();
      Duration wait = budget.reserve();
      nanos.add(System.nanoTime() - start);
      calls.increment();
      if (!shared.getAsBoolean()) {
        local.increment(); // served by the local fallback: Redis failed or was too slow
      }
      return wait;
    }

    @Override
    public void onResponse(RateLimitInfo info) {
      budget.onResponse(info);
    }

    @Override
    public void onRetryAfter(Duration retryAfter) {
      budget.onRetryAfter(retryAfter);
    }
  }

  private static String importRows(MaitoClient client, int rows, String prefix) {
    long started = System.nanoTime();
    ImportReport report =
        client
            .subscribers()
            .importer()
            .concurrency(4)
            .run(
                IntStream.range(0, rows)
                    .mapToObj(
                        i ->
                            SubscriberCreateParams.builder()
                                .email(prefix + i + "@example.com")
                                .build()));
    return "created="
        + report.created()
        + " failed="
        + report.failed()
        + " notAttempted="
        + report.notAttempted()
        + " rateLimitWaits="
        + report.rateLimitWaits()
        + " millis="
        + Duration.ofNanos(System.nanoTime() - started).toMillis();
  }
}
