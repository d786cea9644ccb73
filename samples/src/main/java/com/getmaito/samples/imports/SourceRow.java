package com.getmaito.samples.imports;

import java.util.List;

/**
 * One data row of the input file: the line it starts on and its fields as read (not yet trimmed).
 * It travels through the importer as the row's context, so the failures file can repeat it.
 */
record SourceRow(long line, List<String> fields) {
  SourceRow {
    fields = List.copyOf(fields);
  }
}
