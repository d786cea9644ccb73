package com.getmaito.client.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.testing.TestRedis;
import com.getmaito.emulator.EmulatedSubscriber;
import com.getmaito.emulator.MaitoEmulator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One key, several JVM processes ({@link BudgetChild}), the emulator enforcing a small budget and a
 * real Redis that the test starts: sharing the budget through Redis, four processes get no 429 and
 * use at least 90% of it; pacing themselves alone at the same limit, they get 429s (the control);
 * two import processes sharing it account for every row, get no 429 and stay within its rate.
 */
class SharedBudgetFlowTest {
  private static final int LIMIT = 60;
  private static final Duration WINDOW = Duration.ofSeconds(10);

  private static TestRedis redis;

  @BeforeAll
  static void startRedis() {
    redis = TestRedis.start();
  }

  @AfterAll
  static void stopRedis() {
    redis.close();
  }

  @Test
  void fourProcessesSharingTheBudgetGetNo429AndUseAtLeast90PercentOfIt() throws Exception {
    long runMillis = 20_000;
    try (MaitoEmulator emulator = MaitoEmulator.builder().rateLimit(LIMIT, WINDOW).start()) {
      String name = "maito:flow:four:" + System.nanoTime();
      List<Map<String, Long>> results =
          BudgetChildren.runAll(4, i -> callsArgs(emulator, "shared", name), runMillis);

      long ok = BudgetChildren.sum(results, "ok");
      assertEquals(0, emulator.requestCountByStatus(429), "no 429 at the server");
      assertEquals(0, BudgetChildren.sum(results, "rateLimited"), "no 429 reached a process");
      assertEquals(0, BudgetChildren.sum(results, "errors"), results.toString());
      long budget = LIMIT * runMillis / WINDOW.toMillis();
      assertTrue(ok >= budget * 9 / 10, ok + " of a budget of " + budget + ": " + results);
      System.out.println(
          "SharedBudgetFlowTest: 4 processes used " + ok + " of " + budget + " in the window");
    }
  }

  @Test
  void theSameFourProcessesPacingThemselvesAloneGet429s() throws Exception {
    try (MaitoEmulator emulator = MaitoEmulator.builder().rateLimit(LIMIT, WINDOW).start()) {
      List<Map<String, Long>> results =
          BudgetChildren.runAll(4, i -> callsArgs(emulator, "local", "unused"), 8_000);
      assertTrue(emulator.requestCountByStatus(429) > 0, "the control must fail: " + results);
      assertTrue(BudgetChildren.sum(results, "rateLimited") > 0, results.toString());
    }
  }

  @Test
  void twoImportProcessesSharingTheBudgetAccountForEveryRowWithNo429() throws Exception {
    int limit = 30;
    Duration window = Duration.ofSeconds(5);
    int rows = 1_500;
    try (MaitoEmulator emulator = MaitoEmulator.builder().rateLimit(limit, window).start()) {
      String name = "maito:flow:import:" + System.nanoTime();
      List<Map<String, Long>> results =
          BudgetChildren.runAll(
              2,
              i ->
                  List.of(
                      "mode=import",
                      "budget=shared",
                      "baseUrl=" + emulator.baseUrl(),
                      "key=" + emulator.bootstrapKey(),
                      "redis=" + redis.uri(),
                      "name=" + name,
                      "limit=" + limit,
                      "windowMs=" + window.toMillis(),
                      "processes=2",
                      "rows=" + rows,
                      "prefix=import" + i + "-"),
              0);

      List<EmulatedSubscriber> stored = emulator.storedSubscribers();
      Set<String> emails =
          stored.stream().map(EmulatedSubscriber::email).collect(Collectors.toSet());
      assertEquals(2 * rows, stored.size(), "every row stored");
      assertEquals(2 * rows, emails.size(), "none twice");
      for (Map<String, Long> r : results) {
        assertEquals(rows, r.get("created"), results.toString());
        assertEquals(0, r.get("failed") + r.get("notAttempted"), results.toString());
        assertEquals(0, r.get("rateLimitWaits"), "no 429 reached the importer: " + results);
      }
      assertEquals(0, emulator.requestCountByStatus(429), "no 429 at the server");
      // Within the budget's rate: n requests took at least (n - 1) intervals of window / limit.
      long requests = emulator.totalRequests() - 2; // less the warm-up calls
      long longest = results.stream().mapToLong(r -> r.get("millis")).max().orElseThrow();
      long floor = (requests - 1) * window.toMillis() / limit;
      assertTrue(longest >= floor, requests + " requests in " + longest + " ms: " + results);
    }
  }

  private static List<String> callsArgs(MaitoEmulator emulator, String budget, String name) {
    return List.of(
        "mode=calls",
        "budget=" + budget,
        "baseUrl=" + emulator.baseUrl(),
        "key=" + emulator.bootstrapKey(),
        "redis=" + redis.uri(),
        "name=" + name,
        "limit=" + LIMIT,
        "windowMs=" + WINDOW.toMillis(),
        "processes=4",
        "threads=2");
  }
}
