package com.getmaito.samples.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * Keeps a resumed run's failures file whole. The rows an earlier run finished are skipped on resume
 * and not reported again, so their lines of the earlier failures file are carried over; rows the
 * earlier run left failed or not attempted are re-done, so those lines are dropped, as is any row
 * this run reports again. An earlier file left empty by a killed run carries nothing. The earlier
 * file is moved aside ({@code NAME.previous}) while the run writes the new one, and merged into it
 * at the end; the rows this run reported are remembered in a bit set (one bit per line of the
 * input).
 */
final class PreviousFailures {
  private final Path path;
  private final String asideName;
  private final BitSet reported = new BitSet();
  private boolean movedAside;

  private PreviousFailures(Path path) {
    this.path = path;
    this.asideName = path.getFileName() + ".previous";
  }

  /**
   * The failures file at {@code path} of the run being resumed, moved aside only by {@link
   * #moveAside()}: not before the import has its checkpoint (a run refused for a checkpoint in use
   * or of another input must leave the file where it is).
   */
  static PreviousFailures of(Path path) {
    return new PreviousFailures(path);
  }

  /**
   * Moves the earlier failures file aside, once, before this run writes its own. When a resume
   * killed before its merge left one aside already, this one goes beside it ({@code
   * NAME.previous.2}, ...): both are merged, so no killed run's failures are lost.
   */
  synchronized void moveAside() {
    if (movedAside) {
      return;
    }
    try {
      if (Files.exists(path)) {
        List<Path> earlier = asides();
        Path to =
            earlier.isEmpty()
                ? path.resolveSibling(asideName)
                : path.resolveSibling(asideName + "." + (earlier.size() + 1));
        Files.move(path, to, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move " + path + " aside: " + e.getMessage(), e);
    }
    movedAside = true;
  }

  /** The files moved aside by earlier runs, newest first. */
  private List<Path> asides() throws IOException {
    List<Path> found = new ArrayList<>();
    Path first = path.resolveSibling(asideName);
    if (Files.exists(first)) {
      found.add(first);
      for (int n = 2; Files.exists(path.resolveSibling(asideName + "." + n)); n++) {
        found.add(path.resolveSibling(asideName + "." + n));
      }
    }
    Collections.reverse(found);
    return found;
  }

  /** Notes that this run reported {@code row}. */
  synchronized void reported(long row) {
    if (row >= 0 && row <= Integer.MAX_VALUE) {
      reported.set((int) row);
    }
  }

  /**
   * Appends the earlier runs' rows that stay failures to {@code into} (a row once, as its latest
   * run reported it), then deletes the earlier files.
   *
   * @return how many rows were carried over
   */
  synchronized long mergeInto(FailuresFile into, int width) {
    moveAside();
    List<Path> earlier;
    try {
      earlier = asides();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + path + ".previous: " + e.getMessage(), e);
    }
    BitSet carried = new BitSet();
    long kept = 0;
    for (Path aside : earlier) {
      kept += merge(aside, into, width, carried);
    }
    return kept;
  }

  private long merge(Path aside, FailuresFile into, int width, BitSet carried) {
    long kept = 0;
    CsvInput earlier;
    try {
      earlier = CsvInput.open(aside, null);
    } catch (InputException e) {
      // Empty or unreadable: a run killed before its first failure reached the disk.
      deleteIfEmpty(aside);
      return 0;
    }
    try (CsvInput in = earlier) {
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
        boolean known = row >= 0 && row <= Integer.MAX_VALUE;
        if (outcome.equals("NOT_ATTEMPTED")
            || outcome.equals("FAILED")
            || (known && (reported.get((int) row) || carried.get((int) row)))) {
          continue;
        }
        into.write(f.subList(0, width), row, outcome, f.get(width + 2), f.get(width + 3));
        if (known) {
          carried.set((int) row);
        }
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

  private static void deleteIfEmpty(Path aside) {
    try {
      if (Files.size(aside) == 0) {
        Files.delete(aside);
      }
    } catch (IOException e) {
      // Left where it is; the next resume merges it again.
    }
  }
}
