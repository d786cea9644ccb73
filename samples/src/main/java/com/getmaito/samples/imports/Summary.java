package com.getmaito.samples.imports;

import com.getmaito.client.ImportReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The table printed when an import ends. */
final class Summary {
  private Summary() {}

  static String of(ImportReport r) {
    List<String[]> rows = new ArrayList<>();
    rows.add(row("rows read", r.rowsRead()));
    if (r.skippedFromCheckpoint() > 0) {
      rows.add(row("done by an earlier run", r.skippedFromCheckpoint()));
    }
    rows.add(row("created", r.created()));
    rows.add(row("duplicates", r.duplicates()));
    rows.add(row("invalid", r.invalid()));
    rows.add(row("failed", r.failed()));
    rows.add(row("not attempted", r.notAttempted()));
    rows.add(new String[] {"elapsed", elapsed(r.elapsed())});
    rows.add(new String[] {"rows/s", String.format(Locale.ROOT, "%,.1f", r.rowsPerSecond())});
    rows.add(row("429s waited out", r.rateLimitWaits()));
    rows.add(row("retries", r.retries()));
    return table(rows);
  }

  static String[] row(String label, long value) {
    return new String[] {label, ProgressDisplay.count(value)};
  }

  /** Labels left-aligned, values right-aligned, two spaces of indent. */
  static String table(List<String[]> rows) {
    int labels = 0;
    int values = 0;
    for (String[] r : rows) {
      labels = Math.max(labels, r[0].length());
      values = Math.max(values, r[1].length());
    }
    StringBuilder b = new StringBuilder();
    for (String[] r : rows) {
      b.append("  ")
          .append(r[0])
          .append(" ".repeat(labels - r[0].length() + 2 + values - r[1].length()))
          .append(r[1])
          .append('\n');
    }
    return b.toString();
  }

  /** {@code 4.2 s} under a minute, else {@code 1:02:03}/{@code 2:03}. */
  static String elapsed(Duration d) {
    return d.toSeconds() < 60
        ? String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0)
        : ProgressDisplay.clock(d);
  }
}
