package com.getmaito.samples.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailuresFileTest {
  @TempDir Path dir;

  @Test
  void liesBesideTheInput() {
    assertEquals(
        dir.resolve("subscribers.failures.csv"),
        FailuresFile.besideInput(dir.resolve("subscribers.csv")));
    assertEquals(
        dir.resolve("export.failures.csv"), FailuresFile.besideInput(dir.resolve("export")));
  }

  @Test
  void writesTheOriginalColumnsPaddedOrCutPlusRowOutcomeCodeAndMessage() throws IOException {
    Path p = dir.resolve("f.csv");
    try (FailuresFile f = new FailuresFile(p, List.of("Email", "Note"), 2, ',', false, false)) {
      f.write(List.of("a@x.io", "one, \"two\"\nthree"), 2, "DUPLICATE", "DUPLICATE", "exists");
      f.write(List.of("b@x.io"), 5, "INVALID", "INVALID_ROW", "has 1 field, the header has 2");
      f.write(List.of("c@x.io", "n", "extra"), 6, "NOT_ATTEMPTED", null, "not attempted");
      assertEquals(3, f.written());
    }
    assertEquals(
        "Email,Note,row,outcome,code,message\r\n"
            + "a@x.io,\"one, \"\"two\"\"\nthree\",2,DUPLICATE,DUPLICATE,exists\r\n"
            + "b@x.io,,5,INVALID,INVALID_ROW,\"has 1 field, the header has 2\"\r\n"
            + "c@x.io,n,6,NOT_ATTEMPTED,,not attempted\r\n",
        Files.readString(p));
  }

  @Test
  void mirrorsTheInputsDelimiterBomAndSepLineAndDropsAFailuresFilesOwnColumns() throws IOException {
    Path p = dir.resolve("f.csv");
    List<String> header = List.of("Email", "row", "outcome", "code", "message");
    try (FailuresFile f = new FailuresFile(p, header, 1, ';', true, true)) {
      f.write(List.of("a@x.io", "2", "FAILED", "UNAVAILABLE", "old"), 3, "INVALID", "X", "new");
    }
    assertEquals(
        "\uFEFFsep=;\r\nEmail;row;outcome;code;message\r\na@x.io;3;INVALID;X;new\r\n",
        Files.readString(p, StandardCharsets.UTF_8));
  }

  @Test
  void writesNoFileWithoutFailuresAndRemovesAStaleOne() throws IOException {
    Path p = dir.resolve("f.csv");
    Files.writeString(p, "stale");
    try (FailuresFile f = new FailuresFile(p, List.of("Email"), 1, ',', false, false)) {
      assertTrue(f.removeStale());
    }
    assertFalse(Files.exists(p));
  }

  @Test
  void everyRowIsOnDiskAsSoonAsItIsWrittenSoAKillLosesNone() throws IOException {
    Path p = dir.resolve("f.csv");
    try (FailuresFile f = new FailuresFile(p, List.of("Email"), 1, ',', false, false)) {
      f.write(List.of("a@x.io"), 2, "DUPLICATE", "DUPLICATE", "exists");

      // Read before close, as a resume after kill -9 finds the file.
      assertEquals(
          "Email,row,outcome,code,message\r\na@x.io,2,DUPLICATE,DUPLICATE,exists\r\n",
          Files.readString(p));
    }
  }
}
