package com.getmaito.samples.imports;

import com.getmaito.client.ImportProgress;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress for a log rather than a terminal: one line at most every {@code interval} (5 s in the
 * command), the first one {@code interval} after the start, so a short run prints none.
 */
final class PlainProgress implements ProgressDisplay {
  private final PrintStream out;
  private final LongSupplier nanoTime;
  private final long intervalNanos;
  private long lastPrinted;
  private volatile long total = -1;

  PlainProgress(PrintStream out, LongSupplier nanoTime, Duration interval) {
    this.out = out;
    this.nanoTime = nanoTime;
    this.intervalNanos = interval.toNanos();
    this.lastPrinted = nanoTime.getAsLong();
  }

  @Override
  public void total(long rows) {
    total = rows;
  }

  @Override
  public synchronized void update(ImportProgress s) {
    long now = nanoTime.getAsLong();
    if (now - lastPrinted < intervalNanos) {
      return;
    }
    lastPrinted = now;
    out.println(line(s, total));
  }

  static String line(ImportProgress s, long total) {
    StringBuilder b = new StringBuilder();
    b.append(ProgressDisplay.count(s.rowsDone()));
    if (total > 0) {
      b.append(" of ").append(ProgressDisplay.count(total));
    }
    b.append(" rows");
    if (total > 0) {
      b.append(String.format(Locale.ROOT, " (%d%%)", Math.min(100, s.rowsDone() * 100 / total)));
    }
    b.append(": ")
        .append(ProgressDisplay.count(s.created()))
        .append(" created, ")
        .append(ProgressDisplay.count(s.duplicates()))
        .append(" duplicates, ")
        .append(ProgressDisplay.count(s.invalid()))
        .append(" invalid, ")
        .append(ProgressDisplay.count(s.failed()))
        .append(" failed; ")
        .append(String.format(Locale.ROOT, "%.0f rows/s", s.rowsPerSecond()))
        .append(", ")
        .append(ProgressDisplay.clock(s.elapsed()))
        .append(" elapsed");
    if (total > 0 && s.rowsPerSecond() > 0 && s.rowsDone() < total) {
      long eta = (long) Math.ceil((total - s.rowsDone()) / s.rowsPerSecond());
      b.append(", ETA ").append(ProgressDisplay.clock(Duration.ofSeconds(eta)));
    }
    return b.toString();
  }

  @Override
  public void close() {}
}
