package com.getmaito.samples.imports;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CSV file as exports write them, read as a stream of {@link SourceRow}s: RFC 4180 quoting
 * (fields with delimiters, quotes and line breaks), UTF-8 with or without a byte order mark, CRLF
 * or LF, an Excel {@code sep=;} first line, and the delimiter ({@code ,} {@code ;} or tab) detected
 * from the header row unless given. Blank lines, and rows whose fields are all empty (Excel writes
 * {@code ;;;} for an empty row), are skipped. A row's number is the line of the file it starts on
 * (the header is line 1, or line 2 after a {@code sep=} line).
 */
final class CsvInput implements Closeable {
  static final char[] DETECTED = {',', ';', '\t'};
  private static final Pattern SEP_LINE = Pattern.compile("(?i)^\"?sep=(.)\"?\\s*$");
  private static final int MAX_HEADER_CHARS = 1 << 20;

  private final Path path;
  private final char delimiter;
  private final boolean delimiterDetected;
  private final boolean hadBom;
  private final boolean hadSepLine;
  private final List<String> header;
  private final long headerLine;
  private final CsvReader<CsvRecord> reader;
  private final CloseableIterator<CsvRecord> records;
  private final long lineOffset;

  private CsvInput(Path path, Character forcedDelimiter) throws IOException {
    this.path = path;
    InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    try {
      in.mark(4);
      byte[] bom = in.readNBytes(3);
      if (bom.length >= 2
          && ((bom[0] == (byte) 0xFF && bom[1] == (byte) 0xFE)
              || (bom[0] == (byte) 0xFE && bom[1] == (byte) 0xFF))) {
        throw new InputException(
            path + " is UTF-16; save it as UTF-8 (Excel: \"CSV UTF-8\") and import it again");
      }
      hadBom =
          bom.length == 3
              && bom[0] == (byte) 0xEF
              && bom[1] == (byte) 0xBB
              && bom[2] == (byte) 0xBF;
      if (!hadBom) {
        in.reset();
      }
      // Malformed bytes become U+FFFD; RowMapper marks such rows invalid instead of stopping.
      BufferedReader text =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      text.mark(MAX_HEADER_CHARS);
      String first = text.readLine();
      Character sep = null;
      if (first != null) {
        Matcher m = SEP_LINE.matcher(first);
        if (m.matches()) {
          sep = m.group(1).charAt(0);
          text.mark(MAX_HEADER_CHARS);
          first = text.readLine();
        }
      }
      hadSepLine = sep != null;
      lineOffset = hadSepLine ? 1 : 0;
      while (first != null && first.isBlank()) {
        first = text.readLine();
      }
      if (first == null) {
        throw new InputException(path + " is empty: expected a header row naming the columns");
      }
      text.reset();
      if (forcedDelimiter != null) {
        delimiter = forcedDelimiter;
        delimiterDetected = false;
      } else if (sep != null) {
        delimiter = sep;
        delimiterDetected = false;
      } else {
        delimiter = detect(first);
        delimiterDetected = true;
      }
      reader =
          CsvReader.builder()
              .fieldSeparator(delimiter)
              .quoteCharacter('"')
              .skipEmptyLines(true)
              .allowExtraFields(true)
              .allowMissingFields(true)
              // A quote left open would swallow every later row into one field, silently.
              .allowUnclosedQuote(false)
              .ofCsvRecord(text);
      records = reader.iterator();
      CsvRecord head = nextNonBlank();
      if (head == null) {
        throw new InputException(path + " is empty: expected a header row naming the columns");
      }
      header = head.getFields();
      headerLine = head.getStartingLineNumber() + lineOffset;
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Opens {@code path} and reads its header row.
   *
   * @param delimiter the field delimiter, or null to honour a {@code sep=} line or detect it
   * @throws InputException if the file cannot be read, is empty or is UTF-16
   */
  static CsvInput open(Path path, Character delimiter) {
    if (Files.isDirectory(path)) {
      throw new InputException(path + " is a directory, not a CSV file");
    }
    try {
      return new CsvInput(path, delimiter);
    } catch (NoSuchFileException e) {
      throw new InputException("cannot read " + path + ": no such file");
    } catch (AccessDeniedException e) {
      throw new InputException("cannot read " + path + ": permission denied");
    } catch (IOException e) {
      throw new InputException("cannot read " + path + ": " + e.getMessage());
    } catch (CsvParseException e) {
      throw new InputException("cannot read the header of " + path + ": " + e.getMessage());
    }
  }

  /** Picks the delimiter that occurs most often outside quotes in the header line. */
  static char detect(String headerLine) {
    int[] counts = new int[DETECTED.length];
    boolean quoted = false;
    for (int i = 0; i < headerLine.length(); i++) {
      char c = headerLine.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        for (int d = 0; d < DETECTED.length; d++) {
          if (c == DETECTED[d]) {
            counts[d]++;
          }
        }
      }
    }
    int best = 0;
    for (int d = 1; d < DETECTED.length; d++) {
      if (counts[d] > counts[best]) {
        best = d;
      }
    }
    return DETECTED[best];
  }

  /**
   * Parses a {@code --delimiter} value: one character, or {@code comma}, {@code semicolon}, {@code
   * tab} ({@code \t}), {@code pipe}.
   *
   * @throws IllegalArgumentException for anything else
   */
  static char parseDelimiter(String value) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "comma":
        return ',';
      case "semicolon":
        return ';';
      case "tab":
      case "\\t":
        return '\t';
      case "pipe":
        return '|';
      default:
        if (value.length() == 1 && value.charAt(0) != '"' && value.charAt(0) != '\n') {
          return value.charAt(0);
        }
        throw new IllegalArgumentException(
            "--delimiter must be one character, or comma, semicolon, tab or pipe: '" + value + "'");
    }
  }

  /** How a delimiter is shown to a person. */
  static String describe(char delimiter) {
    switch (delimiter) {
      case ',':
        return "comma (,)";
      case ';':
        return "semicolon (;)";
      case '\t':
        return "tab";
      case '|':
        return "pipe (|)";
      default:
        return "'" + delimiter + "'";
    }
  }

  private CsvRecord nextNonBlank() {
    try {
      while (records.hasNext()) {
        CsvRecord r = records.next();
        if (!allBlank(r.getFields())) {
          return r;
        }
      }
      return null;
    } catch (CsvParseException e) {
      throw new InputException("cannot read " + path + ": " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw new InputException("cannot read " + path + ": " + e.getCause().getMessage());
    }
  }

  private static boolean allBlank(List<String> fields) {
    for (String f : fields) {
      if (!f.isBlank()) {
        return false;
      }
    }
    return true;
  }

  Path path() {
    return path;
  }

  char delimiter() {
    return delimiter;
  }

  /** Whether the delimiter was detected from the header (not given, nor set by {@code sep=}). */
  boolean delimiterDetected() {
    return delimiterDetected;
  }

  boolean hadBom() {
    return hadBom;
  }

  boolean hadSepLine() {
    return hadSepLine;
  }

  /** The header row's fields, as written. */
  List<String> header() {
    return header;
  }

  long headerLine() {
    return headerLine;
  }

  /**
   * The data rows, read as they are pulled; may be iterated once.
   *
   * @throws InputException from {@code next()/hasNext()} if the file cannot be read further (an
   *     unclosed quote, an I/O error)
   */
  Iterator<SourceRow> rows() {
    return new Iterator<>() {
      private CsvRecord next;

      @Override
      public boolean hasNext() {
        if (next == null) {
          next = nextNonBlank();
        }
        return next != null;
      }

      @Override
      public SourceRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        CsvRecord r = next;
        next = null;
        return new SourceRow(r.getStartingLineNumber() + lineOffset, r.getFields());
      }
    };
  }

  /** Counts the data rows of {@code path} as {@link #rows()} would yield them. */
  static long countRows(Path path, Character delimiter) {
    try (CsvInput in = open(path, delimiter)) {
      long n = 0;
      for (Iterator<SourceRow> it = in.rows(); it.hasNext(); it.next()) {
        n++;
      }
      return n;
    }
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      // Nothing was written; a failed close of an input file loses nothing.
    }
  }
}
