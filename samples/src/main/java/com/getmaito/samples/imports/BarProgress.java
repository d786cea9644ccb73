package com.getmaito.samples.imports;

import com.getmaito.client.ImportProgress;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress on a terminal: a bar of the rows that reached an outcome, with rows/s and ETA (once the
 * rows are counted), and the counts beside it, drawn on standard error.
 */
final class BarProgress implements ProgressDisplay {
  private final ProgressBar bar;

  BarProgress(String taskName) {
    this.bar =
        new ProgressBarBuilder()
            .setTaskName(taskName)
            .setInitialMax(-1)
            .setStyle(ProgressBarStyle.UNICODE_BLOCK)
            .setUnit(" rows", 1)
            .showSpeed()
            .setSpeedUnit(ChronoUnit.SECONDS)
            .setUpdateIntervalMillis(250)
            .build();
  }

  @Override
  public void total(long rows) {
    synchronized (bar) {
      bar.maxHint(rows);
    }
  }

  @Override
  public void update(ImportProgress s) {
    synchronized (bar) {
      bar.stepTo(s.rowsDone());
      bar.setExtraMessage(
          " "
              + ProgressDisplay.count(s.created())
              + " created, "
              + ProgressDisplay.count(s.duplicates())
              + " dup, "
              + ProgressDisplay.count(s.invalid())
              + " invalid, "
              + ProgressDisplay.count(s.failed())
              + " failed");
    }
  }

  @Override
  public void close() {
    synchronized (bar) {
      bar.close();
    }
  }
}
