package com.getmaito.emulator;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Request counts by route and by status; lock-free, updated once per request. */
final class Statistics {
  private final ConcurrentHashMap<String, LongAdder> byRoute = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();
  private final LongAdder total = new LongAdder();

  /** Counts one request; {@code status} 0 for a dropped connection. */
  void record(String method, String template, int status) {
    byRoute.computeIfAbsent(method + " " + template, k -> new LongAdder()).increment();
    byStatus.computeIfAbsent(status, k -> new LongAdder()).increment();
    total.increment();
  }

  long requestCount(String method, String pathTemplate) {
    LongAdder adder = byRoute.get(method.toUpperCase(Locale.ROOT) + " " + pathTemplate);
    return adder == null ? 0 : adder.sum();
  }

  long requestCountByStatus(int status) {
    LongAdder adder = byStatus.get(status);
    return adder == null ? 0 : adder.sum();
  }

  long totalRequests() {
    return total.sum();
  }

  void clear() {
    byRoute.clear();
    byStatus.clear();
    total.reset();
  }
}
