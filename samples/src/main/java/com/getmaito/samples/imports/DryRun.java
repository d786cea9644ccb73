package com.getmaito.samples.imports;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * {@code --dry-run}: reads the whole file, checks every row as the import would, and reports the
 * counts, the first invalid rows and the emails that repeat within the file. Sends nothing. With
 * {@code --failures PATH} it writes the invalid and repeated rows there, as an import would.
 */
final class DryRun {
  static final int SHOWN = 10;

  private final CsvInput input;
  private final ColumnMapping mapping;
  private final Path failuresPath;
  private final PrintStream out;

  DryRun(CsvInput input, ColumnMapping mapping, Path failuresPath, PrintStream out) {
    this.input = input;
    this.mapping = mapping;
    this.failuresPath = failuresPath;
    this.out = out;
  }

  int run() {
    RowMapper mapper = new RowMapper(mapping);
    DuplicateFinder duplicates = new DuplicateFinder();
    List<String> invalidShown = new ArrayList<>();
    List<String> duplicatesShown = new ArrayList<>();
    long read = 0;
    long valid = 0;
    long invalid = 0;
    FailuresFile failures =
        failuresPath == null ? null : FailuresFile.forInput(failuresPath, mapping, input);
    try {
      for (Iterator<SourceRow> it = input.rows(); it.hasNext(); ) {
        RowMapper.MappedRow r = mapper.map(it.next());
        read++;
        if (!r.valid()) {
          invalid++;
          if (invalidShown.size() < SHOWN) {
            invalidShown.add("  row " + r.line() + ": " + r.reason());
          }
          if (failures != null) {
            failures.write(r.source().fields(), r.line(), "INVALID", "INVALID_ROW", r.reason());
          }
          continue;
        }
        valid++;
        long first = duplicates.add(r.email(), r.line());
        if (first >= 0) {
          if (duplicatesShown.size() < SHOWN) {
            duplicatesShown.add("  row " + r.line() + " repeats row " + first + ": " + r.email());
          }
          if (failures != null) {
            failures.write(
                r.source().fields(),
                r.line(),
                "DUPLICATE",
                "DUPLICATE",
                "repeats the email of row " + first);
          }
        }
      }
    } finally {
      if (failures != null) {
        try {
          failures.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(Summary.row("rows read", read));
    rows.add(Summary.row("valid", valid));
    rows.add(Summary.row("invalid", invalid));
    rows.add(
        new String[] {
          "repeated emails",
          ProgressDisplay.count(duplicates.duplicates()) + (duplicates.full() ? " or more" : "")
        });
    rows.add(Summary.row("distinct valid emails", valid - duplicates.duplicates()));
    out.println();
    out.println("Dry run: nothing was sent.");
    out.print(Summary.table(rows));
    if (!invalidShown.isEmpty()) {
      out.println("Invalid rows" + (invalid > SHOWN ? " (the first " + SHOWN + ")" : "") + ":");
      invalidShown.forEach(out::println);
    }
    if (!duplicatesShown.isEmpty()) {
      out.println(
          "Emails repeated within the file"
              + (duplicates.duplicates() > SHOWN ? " (the first " + SHOWN + ")" : "")
              + ":");
      duplicatesShown.forEach(out::println);
    }
    if (duplicates.full()) {
      out.println(
          "  (past "
              + ProgressDisplay.count(DuplicateFinder.MAX_DISTINCT)
              + " distinct emails, new ones are no longer remembered)");
    }
    if (failures != null && failures.written() > 0) {
      out.println(
          "Invalid and repeated rows: "
              + ProgressDisplay.count(failures.written())
              + " written to "
              + failuresPath);
    }
    return ImportCommand.OK;
  }
}
