package com.getmaito.samples.imports;

import com.getmaito.client.ImportProgress;
import java.time.Duration;
import java.util.Locale;

/** Shows an import's progress as it runs; {@link #update} may be called from any one thread. */
interface ProgressDisplay extends AutoCloseable {
  void update(ImportProgress p);

  /** The file's data rows, once counted; until then the display shows no total or ETA. */
  void total(long rows);

  @Override
  void close();

  /** A display that shows nothing. */
  static ProgressDisplay none() {
    return new ProgressDisplay() {
      @Override
      public void update(ImportProgress p) {}

      @Override
      public void total(long rows) {}

      @Override
      public void close() {}
    };
  }

  /** {@code 12,345}. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** {@code 0:42}, {@code 1:02:03}. */
  static String clock(Duration d) {
    long s = Math.max(0, d.toSeconds());
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
