package com.getmaito.samples.imports;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The failures file: the header's data columns plus {@code row}, {@code outcome}, {@code code} and
 * {@code message}, then every row that did not end created, with its original fields (padded or cut
 * to the header's width), so it can be fixed and imported again as it is. It is written like the
 * input: the same delimiter, a byte order mark and a {@code sep=} line when the input had them. The
 * file is created at the first failure and flushed after every row, so a killed run leaves every
 * row it reported; thread-safe.
 */
final class FailuresFile implements Closeable {
  private final Path path;
  private final List<String> header;
  private final int width;
  private final char delimiter;
  private final boolean bom;
  private final boolean sepLine;
  private Writer out;
  private CsvWriter csv;
  private long written;

  /** The failures file for rows read from {@code input} under {@code mapping}, written like it. */
  static FailuresFile forInput(Path path, ColumnMapping mapping, CsvInput input) {
    return new FailuresFile(
        path,
        mapping.header(),
        mapping.width(),
        input.delimiter(),
        input.hadBom(),
        input.hadSepLine());
  }

  FailuresFile(
      Path path, List<String> header, int width, char delimiter, boolean bom, boolean sepLine) {
    this.path = path;
    this.header = List.copyOf(header.subList(0, width));
    this.width = width;
    this.delimiter = delimiter;
    this.bom = bom;
    this.sepLine = sepLine;
  }

  /** {@code subscribers.csv} -> {@code subscribers.failures.csv}, beside the input. */
  static Path besideInput(Path input) {
    String name = input.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    String ext = dot > 0 ? name.substring(dot) : ".csv";
    return input.resolveSibling(base + ".failures" + ext);
  }

  Path path() {
    return path;
  }

  /** Rows written so far. */
  synchronized long written() {
    return written;
  }

  /**
   * Appends one row.
   *
   * @param fields the row's fields as read, or null when unknown (then the data columns are empty)
   * @throws UncheckedIOException if the file cannot be written
   */
  synchronized void write(
      List<String> fields, long row, String outcome, String code, String message) {
    try {
      if (csv == null) {
        open();
      }
      List<String> record = new ArrayList<>(width + 4);
      for (int i = 0; i < width; i++) {
        record.add(fields != null && i < fields.size() ? fields.get(i) : "");
      }
      record.add(Long.toString(row));
      record.add(outcome);
      record.add(code == null ? "" : code);
      record.add(message == null ? "" : message);
      csv.writeRecord(record);
      // Flushed row by row: the importer records a batch finished only after its failures are
      // reported, so after a kill -9 the file holds every failure of the batches a resume skips.
      csv.flush();
      written++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
    }
  }

  private void open() throws IOException {
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    out =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8));
    if (bom) {
      out.write('\uFEFF');
    }
    if (sepLine) {
      out.write("sep=" + delimiter + "\r\n");
    }
    csv =
        CsvWriter.builder()
            .fieldSeparator(delimiter)
            .lineDelimiter(LineDelimiter.CRLF)
            .autoFlush(false)
            .build(out);
    List<String> head = new ArrayList<>(header);
    head.addAll(ColumnMapping.FAILURE_COLUMNS);
    csv.writeRecord(head);
  }

  /**
   * Removes a file left at this path by an earlier run, when this run wrote nothing.
   *
   * @return whether a stale file was removed
   */
  synchronized boolean removeStale() throws IOException {
    return csv == null && Files.deleteIfExists(path);
  }

  @Override
  public synchronized void close() throws IOException {
    if (csv != null) {
      csv.close();
    }
  }
}
