package com.getmaito.samples.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.emulator.EmulatedSubscriber;
import com.getmaito.emulator.MaitoEmulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import command end to end against the emulator, on small files. */
class ImportCommandTest {
  @TempDir Path dir;
  private final MaitoEmulator emulator = MaitoEmulator.start();

  @AfterEach
  void stop() {
    emulator.close();
  }

  private record Run(int status, String out, String err) {}

  private Map<String, String> env() {
    return Map.of("MAITO_API_KEY", emulator.bootstrapKey(), "MAITO_BASE_URL", emulator.baseUrl());
  }

  private Run run(Map<String, String> env, Consumer<ImportCommand> setup, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    AtomicLong now = new AtomicLong();
    ImportCommand command =
        new ImportCommand(
            env,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false,
            () -> now.addAndGet(Duration.ofSeconds(6).toNanos()));
    setup.accept(command);
    int status = command.execute(args);
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The value of one line of the summary table. */
  private static String summary(Run r, String label) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?m)^  " + label + " +([\\d,]+)$").matcher(r.out());
    return m.find() ? m.group(1) : "(no " + label + " line)";
  }

  private Run run(String... args) {
    return run(env(), c -> {}, args);
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, text.getBytes(StandardCharsets.UTF_8));
    return p;
  }

  private Map<String, EmulatedSubscriber> stored() {
    return emulator.storedSubscribers().stream()
        .collect(Collectors.toMap(EmulatedSubscriber::email, s -> s));
  }

  private static String messy() {
    return "\uFEFFsep=;\r\n"
        + "E-mail;First_Name;lname;TAGS;Zip;LEID\r\n"
        + "ann@example.com;Ann;Lee;\"\"\"VIP\"\",\"\"Smith, John\"\"\";01234;1\r\n"
        + "\r\n"
        + "bob@example.com;\"Bob\r\nthe builder\";Ray;news | beta;;2\r\n"
        + "cat@example.com;Cat\r\n"
        + "not-an-email;Dan;Dee;;;3\r\n"
        + "ANN@example.com;Ann;Again;;;4\r\n"
        + " eve@example.com ; Eve ;;vip;99999;5\r\n";
  }

  @Test
  void importsAMessyExcelFileRowByRowWithExactCountsAndAFailuresFileToFixAndReimport()
      throws IOException {
    Path in = write("messy.csv", messy());
    Run r = run(in.toString(), "--map", "Zip=customFields.zip");
    assertEquals(1 - 1, r.status(), r.err());
    assertTrue(
        r.out()
            .contains(
                "semicolon (;) separated (from the sep= line), header on line 2, UTF-8 with BOM"),
        r.out());
    assertTrue(
        r.out()
            .contains(
                "Columns: E-mail -> email, First_Name -> firstName, lname -> lastName, TAGS -> tags, Zip -> customFields.zip"),
        r.out());
    assertEquals(
        "warning: not imported: LEID (map with --map 'COLUMN=customFields.NAME', or silence with"
            + " --map 'COLUMN=-')\n",
        r.err().replace("\r\n", "\n"));
    assertEquals("6", summary(r, "rows read"), r.out());
    assertEquals("3", summary(r, "created"), r.out());
    assertEquals("1", summary(r, "duplicates"), r.out());
    assertEquals("2", summary(r, "invalid"), r.out());
    assertEquals("0", summary(r, "failed"), r.out());
    assertEquals("0", summary(r, "not attempted"), r.out());
    assertEquals("0", summary(r, "429s waited out"), r.out());

    Map<String, EmulatedSubscriber> stored = stored();
    assertEquals(3, stored.size(), stored.keySet().toString());
    assertEquals(List.of("VIP", "Smith, John"), stored.get("ann@example.com").tags());
    assertEquals(Map.of("zip", "01234"), stored.get("ann@example.com").customFields());
    assertEquals("Bob\r\nthe builder", stored.get("bob@example.com").firstName());
    assertEquals(List.of("news", "beta"), stored.get("bob@example.com").tags());
    assertEquals("Eve", stored.get("eve@example.com").firstName());

    Path failures = dir.resolve("messy.failures.csv");
    assertTrue(r.out().contains("Rows not created: 3 in " + failures), r.out());
    List<String> lines = Files.readAllLines(failures, StandardCharsets.UTF_8);
    assertEquals("\uFEFFsep=;", lines.get(0));
    assertEquals("E-mail;First_Name;lname;TAGS;Zip;LEID;row;outcome;code;message", lines.get(1));
    String text = String.join("\n", lines);
    assertTrue(
        text.contains(
            "cat@example.com;Cat;;;;;7;INVALID;INVALID_ROW;has 2 fields, the header has 6"),
        text);
    assertTrue(
        text.contains(
            "not-an-email;Dan;Dee;;;3;8;INVALID;INVALID_ROW;\"email must be a valid email address (was \"\"not-an-email\"\")\""),
        text);
    assertTrue(text.contains("ANN@example.com;Ann;Again;;;4;9;DUPLICATE;DUPLICATE;"), text);

    // The failures file imports again as it is: its own four columns are ignored.
    Run again = run(failures.toString(), "--failures", dir.resolve("again.csv").toString());
    assertEquals("3", summary(again, "rows read"), again.out());
    assertEquals("1", summary(again, "created"), again.out()); // cat@, fixed to 6 fields
  }

  @Test
  void theShippedSampleFileImportsWithTheCountsItWasMadeWith() {
    Path failures = dir.resolve("f.csv");
    Run r =
        run(
            "data/subscribers.csv",
            "--map",
            "Company=customFields.company",
            "--map",
            "City=customFields.city",
            "--failures",
            failures.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals("", r.err());
    assertEquals("3,000", summary(r, "rows read"), r.out());
    assertEquals("2,910", summary(r, "created"), r.out());
    assertEquals("60", summary(r, "duplicates"), r.out());
    assertEquals("30", summary(r, "invalid"), r.out());
    assertTrue(r.out().contains("Rows not created: 90 in " + failures), r.out());
    assertEquals(2910, emulator.storedSubscribers().size());
    // Not a terminal: plain progress lines (the test clock moves 6 s a reading).
    assertTrue(
        r.out().matches("(?s).*\\n[\\d,]+ of 3,000 rows \\(\\d+%\\): .* rows/s, .*"), r.out());
  }

  @Test
  void aDryRunReportsDelimiterMappingInvalidRowsAndRepeatedEmailsAndSendsNothing()
      throws IOException {
    Path in = write("messy.csv", messy());
    Path failures = dir.resolve("dry.csv");
    Run r =
        run(
            in.toString(),
            "--dry-run",
            "--map",
            "LEID=-",
            "--map",
            "Zip=-",
            "--failures",
            failures.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals("", r.err());
    assertTrue(r.out().contains("Dry run: nothing was sent."), r.out());
    assertEquals("6", summary(r, "rows read"), r.out());
    assertEquals("2", summary(r, "invalid"), r.out());
    assertEquals("1", summary(r, "repeated emails"), r.out());
    assertTrue(r.out().contains("  row 7: has 2 fields, the header has 6\n"), r.out());
    assertTrue(r.out().contains("  row 9 repeats row 3: ANN@example.com\n"), r.out());
    assertEquals(0, emulator.totalRequests());
    assertEquals(5, Files.readAllLines(failures).size()); // sep=, header, 2 invalid, 1 repeat
  }

  @Test
  void aCancelledRunExits1AndResumesFromItsCheckpointWithoutSendingAnythingTwice()
      throws IOException {
    StringBuilder csv = new StringBuilder("email,name\n");
    csv.append("bad-row,Invalid\n");
    for (int i = 0; i < 20; i++) {
      csv.append("user").append(i).append("@example.com,User ").append(i).append('\n');
    }
    Path in = write("users.csv", csv.toString());
    Path checkpoint = dir.resolve("users.ckpt");
    String[] args = {
      in.toString(),
      "--checkpoint",
      checkpoint.toString(),
      "--batch-size",
      "1",
      "--concurrency",
      "1"
    };
    // Cancel as Ctrl-C would, once the first batch is accounted for: the invalid row rides along
    // with the first valid one (user0), so the run ends with 1 created, 1 invalid and user1 not
    // attempted.
    Run first = run(env(), c -> c.observeFailures(f -> c.cancel()), args);
    assertEquals(1, first.status(), first.err());
    assertTrue(first.out().contains("Cancelled: " + in), first.out());
    assertEquals("1", summary(first, "created"), first.out());
    assertEquals("1", summary(first, "invalid"), first.out());
    assertEquals("1", summary(first, "not attempted"), first.out());
    assertTrue(first.out().contains("Run the same command again to resume"), first.out());
    assertTrue(Files.size(checkpoint) > 0);

    Run second = run(args);
    assertEquals(0, second.status(), second.err());
    assertTrue(second.out().contains("Resuming from the checkpoint " + checkpoint), second.out());
    assertEquals("2", summary(second, "done by an earlier run"), second.out());
    assertEquals("19", summary(second, "created"), second.out());
    assertEquals(20, emulator.storedSubscribers().size());
    // The earlier run's invalid row stays in the failures file; its not-attempted row is gone.
    List<String> failures = Files.readAllLines(dir.resolve("users.failures.csv"));
    assertEquals(2, failures.size(), failures.toString());
    assertTrue(
        failures.get(1).startsWith("bad-row,Invalid,2,INVALID,INVALID_ROW,"), failures.get(1));
  }

  @Test
  void aCheckpointOfAnotherFileIsAUsageErrorWithExit2() throws IOException {
    Path checkpoint = dir.resolve("c.ckpt");
    Path a = write("a.csv", "email\na@example.com\n");
    Path b = write("b.csv", "email\nb@example.com\n");
    assertEquals(0, run(a.toString(), "--checkpoint", checkpoint.toString()).status());
    Run r = run(b.toString(), "--checkpoint", checkpoint.toString());
    assertEquals(2, r.status(), r.out());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(
        r.err()
            .startsWith(
                "import: The checkpoint " + checkpoint + " was written for a different input"),
        r.err());
  }

  @Test
  void usageAndInputErrorsAreOneLineWithExit2() throws IOException {
    Run unknown = run("x.csv", "--bogus");
    assertEquals(2, unknown.status());
    assertTrue(unknown.err().startsWith("import: Unknown option: '--bogus'"), unknown.err());

    Run missing = run(dir.resolve("missing.csv").toString());
    assertEquals(2, missing.status());
    assertEquals(1, missing.err().lines().count(), missing.err());
    assertTrue(missing.err().endsWith("missing.csv: no such file\n"), missing.err());

    Run noEmail = run(write("n.csv", "name,phone\nAnn,1\n").toString());
    assertEquals(2, noEmail.status());
    assertEquals(
        "import: no email column: the header has name, phone; name it Email or use --map"
            + " 'COLUMN=email'\n",
        noEmail.err());

    Run badRate =
        run(
            Map.of(),
            c -> {},
            write("e.csv", "email\na@x.io\n").toString(),
            "--emulator-rate",
            "fast");
    assertEquals(2, badRate.status());
    assertTrue(
        badRate.err().startsWith("import: --emulator-rate takes REQUESTS/WINDOW"), badRate.err());

    assertEquals(2, run("e.csv", "--concurrency", "0").status());
    assertEquals(0, emulator.totalRequests());
  }

  @Test
  void aRefusedKeyStopsTheRunWithExit3AndOneLineThatNeverShowsTheKey() throws IOException {
    Path in = write("k.csv", "email\na@example.com\nb@example.com\n");
    String key = "sk_test_not_a_real_key_123456";
    Run r =
        run(
            Map.of("MAITO_API_KEY", key, "MAITO_BASE_URL", emulator.baseUrl()),
            c -> {},
            in.toString());
    assertEquals(3, r.status(), r.out() + r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("import: the API stopped the import: 401 UNAUTHORIZED"), r.err());
    assertTrue(r.out().contains("Stopped: " + in), r.out());
    assertEquals("2", summary(r, "not attempted"), r.out());
    assertFalse(r.out().contains(key) || r.err().contains(key));
  }

  @Test
  void withoutAKeyItStartsTheEmbeddedEmulatorAndSaysSo() throws IOException {
    Path in = write("e.csv", "email\na@example.com\n");
    Run r =
        run(Map.of(), c -> {}, in.toString(), "--emulator-rate", "10/1s", "--emulator-seed", "7");
    assertEquals(0, r.status(), r.err());
    assertTrue(
        r.out()
            .contains(
                "No MAITO_API_KEY set: importing into the embedded emulator at http://127.0.0.1:"),
        r.out());
    assertEquals("1", summary(r, "created"), r.out());
  }
}
