package com.getmaito.samples.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvInputTest {
  @TempDir Path dir;

  private Path file(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private Path file(String text) throws IOException {
    return file("in.csv", text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<SourceRow> rows(CsvInput in) {
    List<SourceRow> rows = new ArrayList<>();
    in.rows().forEachRemaining(rows::add);
    return rows;
  }

  @Test
  void readsQuotedFieldsWithDelimitersQuotesAndLineBreaksNumberingRowsByTheirFirstLine()
      throws IOException {
    Path p = file("email,note\r\na@x.io,\"one, \"\"two\"\"\r\nthree\"\r\nb@x.io,plain\r\n");
    try (CsvInput in = CsvInput.open(p, null)) {
      assertEquals(List.of("email", "note"), in.header());
      assertEquals(1, in.headerLine());
      List<SourceRow> rows = rows(in);
      assertEquals(2, rows.size());
      assertEquals(new SourceRow(2, List.of("a@x.io", "one, \"two\"\r\nthree")), rows.get(0));
      assertEquals(new SourceRow(4, List.of("b@x.io", "plain")), rows.get(1));
    }
  }

  @Test
  void skipsAUtf8ByteOrderMarkAndRemembersIt() throws IOException {
    byte[] body = "Email;Name\na@x.io;Ann\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    try (CsvInput in = CsvInput.open(file("bom.csv", bytes), null)) {
      assertTrue(in.hadBom());
      assertEquals(List.of("Email", "Name"), in.header());
      assertEquals(';', in.delimiter());
      assertEquals(List.of(new SourceRow(2, List.of("a@x.io", "Ann"))), rows(in));
    }
  }

  @Test
  void honoursAnExcelSepLineAndCountsItAsLineOne() throws IOException {
    Path p = file("sep=;\r\nemail;tags\r\na@x.io;a,b\r\n");
    try (CsvInput in = CsvInput.open(p, null)) {
      assertTrue(in.hadSepLine());
      assertFalse(in.delimiterDetected());
      assertEquals(';', in.delimiter());
      assertEquals(2, in.headerLine());
      assertEquals(List.of(new SourceRow(3, List.of("a@x.io", "a,b"))), rows(in));
    }
  }

  @Test
  void detectsCommaSemicolonOrTabFromTheHeaderIgnoringQuotedOnes() {
    assertEquals(',', CsvInput.detect("email,first name,last name"));
    assertEquals(';', CsvInput.detect("email;\"a,b,c\";x"));
    assertEquals('\t', CsvInput.detect("email\tname"));
    assertEquals(',', CsvInput.detect("email"));
  }

  @Test
  void aGivenDelimiterWinsOverDetectionAndTheSepLine() throws IOException {
    try (CsvInput in = CsvInput.open(file("sep=;\nemail|a;b\nx@y.io|1;2\n"), '|')) {
      assertEquals('|', in.delimiter());
      assertEquals(List.of("email", "a;b"), in.header());
    }
  }

  @Test
  void parsesDelimiterNames() {
    assertEquals('\t', CsvInput.parseDelimiter("tab"));
    assertEquals('\t', CsvInput.parseDelimiter("\\t"));
    assertEquals(';', CsvInput.parseDelimiter("semicolon"));
    assertEquals(',', CsvInput.parseDelimiter(","));
    assertThrows(IllegalArgumentException.class, () -> CsvInput.parseDelimiter(";;"));
  }

  @Test
  void skipsBlankLinesAndRowsOfOnlyDelimitersKeepingLineNumbers() throws IOException {
    Path p = file("\nemail,name\n\na@x.io,Ann\n,\n  ,  \nb@x.io,Bob");
    try (CsvInput in = CsvInput.open(p, null)) {
      assertEquals(2, in.headerLine());
      assertEquals(
          List.of(
              new SourceRow(4, List.of("a@x.io", "Ann")),
              new SourceRow(7, List.of("b@x.io", "Bob"))),
          rows(in));
    }
  }

  @Test
  void keepsRowsWithTheWrongNumberOfFieldsForTheMapperToReject() throws IOException {
    try (CsvInput in = CsvInput.open(file("email,name\na@x.io\nb@x.io,Bob,extra\n"), null)) {
      List<SourceRow> rows = rows(in);
      assertEquals(List.of("a@x.io"), rows.get(0).fields());
      assertEquals(List.of("b@x.io", "Bob", "extra"), rows.get(1).fields());
    }
  }

  @Test
  void countsRowsAsTheyAreRead() throws IOException {
    assertEquals(2, CsvInput.countRows(file("email\n\na@x.io\n\"b\n@x.io\"\n"), null));
  }

  @Test
  void inputErrorsAreOneLine() throws IOException {
    InputException missing =
        assertThrows(InputException.class, () -> CsvInput.open(dir.resolve("nope.csv"), null));
    assertTrue(missing.getMessage().endsWith("nope.csv: no such file"), missing.getMessage());
    InputException empty = assertThrows(InputException.class, () -> CsvInput.open(file(""), null));
    assertTrue(empty.getMessage().contains("is empty"), empty.getMessage());
    byte[] utf16 = {(byte) 0xFF, (byte) 0xFE, 'e', 0, 'm', 0};
    InputException wide =
        assertThrows(InputException.class, () -> CsvInput.open(file("w.csv", utf16), null));
    assertTrue(wide.getMessage().contains("UTF-16"), wide.getMessage());
    InputException directory = assertThrows(InputException.class, () -> CsvInput.open(dir, null));
    assertTrue(directory.getMessage().contains("directory"), directory.getMessage());
  }

  @Test
  void aQuoteLeftOpenIsAnErrorNamingItsLineNotRowsSwallowedSilently() throws IOException {
    Path p = file("email,name\na@x.io,\"oops\nb@x.io,B\nc@x.io,C\n");
    try (CsvInput in = CsvInput.open(p, null)) {
      InputException e = assertThrows(InputException.class, () -> rows(in));
      assertTrue(e.getMessage().contains("Unclosed quoted field"), e.getMessage());
      assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }
  }
}
