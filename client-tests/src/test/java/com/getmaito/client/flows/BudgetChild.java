package com.getmaito.client.flows;

import com.getmaito.client.ImportReport;
import com.getmaito.client.MaitoClient;
import com.getmaito.client.RequestOptions;
import com.getmaito.client.errors.RateLimitException;
import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.client.model.SubscriberListParams;
import com.getmaito.client.redis.RedisRateBudget;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * One process of {@link SharedBudgetFlowTest}, run in a JVM of its own, arguments as {@code
 * name=value}. It builds its client, makes one warm-up call through it (so class loading and JIT
 * under a loaded machine do not delay the run's first requests), prints {@code READY}, and reads
 * {@code start end} (epoch milliseconds) from its standard input. Then {@code mode=calls} sends
 * list calls (no retries) from {@code threads} threads from {@code start} until {@code end}; {@code
 * mode=import} imports {@code rows} subscribers named {@code prefix}N from {@code start}. {@code
 * budget=shared} draws from the Redis budget at {@code redis}, named {@code name}, of {@code limit}
 * per {@code windowMs} over {@code processes}; {@code budget=local} paces itself alone at that
 * limit. Prints one line: {@code RESULT name=value...}.
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
    RedisRateBudget budget = null;
    if (a.get("budget").equals("shared")) {
      budget =
          RedisRateBudget.builder()
              .uri(a.get("redis"))
              .name(a.get("name"))
              .limit(limit, window)
              .processes(Integer.parseInt(a.get("processes")))
              .build();
      builder.rateBudget(budget);
    } else {
      builder.rateLimit(limit, window);
    }
    try (MaitoClient client = builder.build()) {
      client.subscribers().list(SubscriberListParams.ofDefaults());
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
      String result =
          a.get("mode").equals("calls")
              ? calls(client, Integer.parseInt(a.get("threads")), end)
              : importRows(client, Integer.parseInt(a.get("rows")), a.get("prefix"));
      System.out.println("RESULT late=" + Math.max(0, late) + " " + result);
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
