package com.getmaito.samples.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;

/**
 * Keeps a resumed run's failures file whole. The rows an earlier run finished are skipped on resume
 * and not reported again, so their lines of the earlier failures file are carried over; rows the
 * earlier run left not attempted are re-done, so those lines are dropped, as is any row this run
 * reports again. The earlier file is moved aside ({@code NAME.previous}) while the run writes the
 * new one, and merged into it at the end; the rows this run reported are remembered in a bit set
 * (one bit per line of the input).
 */
final class PreviousFailures {
  private final Path aside;
  private final BitSet reported = new BitSet();

  private PreviousFailures(Path aside) {
    this.aside = aside;
  }

  /**
   * Moves the failures file at {@code path} aside for a resumed run; returns null when there is
   * none.
   */
  static PreviousFailures moveAside(Path path) {
    Path aside = path.resolveSibling(path.getFileName() + ".previous");
    try {
      if (Files.exists(path)) {
        Files.move(path, aside, StandardCopyOption.REPLACE_EXISTING);
      } else if (!Files.exists(aside)) {
        return null; // else: an earlier resume stopped before it merged; that file is the one
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move " + path + " aside: " + e.getMessage(), e);
    }
    return new PreviousFailures(aside);
  }

  /** Notes that this run reported {@code row}. */
  synchronized void reported(long row) {
    if (row >= 0 && row <= Integer.MAX_VALUE) {
      reported.set((int) row);
    }
  }

  /**
   * Appends the earlier run's rows that stay failures to {@code into}, then deletes the earlier
   * file.
   *
   * @return how many rows were carried over
   */
  synchronized long mergeInto(FailuresFile into, int width) {
    long kept = 0;
    try (CsvInput in = CsvInput.open(aside, null)) {
      List<String> header = in.header();
      if (header.size() != width + 4
          || !ColumnMapping.normalize(header.get(width)).equals("row")
          || !ColumnMapping.normalize(header.get(width + 1)).equals("outcome")) {
        return 0; // not a failures file of this input: leave it where it is
      }
      for (Iterator<SourceRow> it = in.rows(); it.hasNext(); ) {
        List<String> f = it.next().fields();
        if (f.size() < width + 4) {
          continue;
        }
        long row;
        try {
          row = Long.parseLong(f.get(width).trim());
        } catch (NumberFormatException e) {
          continue;
        }
        String outcome = f.get(width + 1).trim();
        if (outcome.equals("NOT_ATTEMPTED")
            || (row <= Integer.MAX_VALUE && reported.get((int) row))) {
          continue;
        }
        into.write(f.subList(0, width), row, outcome, f.get(width + 2), f.get(width + 3));
        kept++;
      }
    }
    try {
      Files.deleteIfExists(aside);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + aside + ": " + e.getMessage(), e);
    }
    return kept;
  }
}
