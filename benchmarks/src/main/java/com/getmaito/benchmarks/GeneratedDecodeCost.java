package com.getmaito.benchmarks;

import com.getmaito.benchmarks.generated.JSON;
import com.getmaito.benchmarks.generated.model.SubscriberListResponse;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Where the generated client's allocation on a page of 500 comes from: its Gson models decode the
 * page from a {@code String} (no HTTP), as sent and with the custom fields' number and boolean
 * values, then all custom fields, removed. The generated {@code CustomFieldsValue} (the spec's
 * {@code anyOf} of string, number, boolean) tries String, then BigDecimal, then Boolean, and each
 * miss throws and formats an exception: 3 per subscriber of the fixture. Bytes are this thread's
 * allocation ({@code ThreadMXBean}), stable under load; the times are indicative only.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar com.getmaito.benchmarks.GeneratedDecodeCost
 * </pre>
 */
public final class GeneratedDecodeCost {
  private GeneratedDecodeCost() {}

  /**
   * Prints bytes and milliseconds per decoded page for the three bodies.
   *
   * @param args none
   */
  public static void main(String[] args) {
    String page = Fixtures.listBody();
    measure("as sent (company: string, seats: number, beta: boolean)", page);
    measure("string custom field only", page.replaceAll(",\"seats\":\\d+,\"beta\":true", ""));
    measure(
        "no custom fields", page.replaceAll("\"customFields\":\\{[^}]*\\}", "\"customFields\":{}"));
  }

  private static void measure(String name, String body) {
    for (int i = 0; i < 200; i++) {
      JSON.getGson().fromJson(body, SubscriberListResponse.class);
    }
    int n = 50;
    long bytes = allocated();
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      JSON.getGson().fromJson(body, SubscriberListResponse.class);
    }
    System.out.printf(
        Locale.ROOT,
        "%s: %,.0f B and %.1f ms per page of 500%n",
        name,
        (allocated() - bytes) / (double) n,
        (System.nanoTime() - start) / 1e6 / n);
  }

  private static long allocated() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getCurrentThreadAllocatedBytes();
  }
}
