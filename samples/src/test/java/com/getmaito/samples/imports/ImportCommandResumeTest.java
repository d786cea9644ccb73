package com.getmaito.samples.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.internal.ImportCheckpoint;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import command resumed as a user does after a kill, a failed run, or a broken file. */
class ImportCommandResumeTest {
  @TempDir Path dir;
  private final MaitoEmulator emulator = MaitoEmulator.start();

  @AfterEach
  void stop() {
    emulator.close();
  }

  private record Run(int status, String out, String err) {}

  private Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    AtomicLong now = new AtomicLong();
    ImportCommand command =
        new ImportCommand(
            Map.of("MAITO_API_KEY", emulator.bootstrapKey(), "MAITO_BASE_URL", emulator.baseUrl()),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false,
            () -> now.addAndGet(Duration.ofSeconds(6).toNanos()));
    int status = command.execute(args);
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String summary(Run r, String label) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?m)^  " + label + " +([\\d,]+)$").matcher(r.out());
    return m.find() ? m.group(1) : "(no " + label + " line)";
  }

  private static String users(int from, int to) {
    StringBuilder csv = new StringBuilder();
    for (int i = from; i <= to; i++) {
      csv.append("user").append(i).append("@example.com,User ").append(i).append('\n');
    }
    return csv.toString();
  }

  @Test
  void aResumeAfterAKillThatLeftAnEmptyFailuresFileFinishes() throws IOException {
    Path in = dir.resolve("users.csv");
    Files.writeString(in, "email,name\n" + users(1, 30) + "user1@example.com,Again\n");
    Path checkpoint = dir.resolve("users.ckpt");
    // A run killed right after it created its failures file, before the first row reached it.
    Files.writeString(dir.resolve("users.failures.csv"), "");
    Files.writeString(
        checkpoint, "maito-import-checkpoint 1 0123456789abcdef 100\n", StandardCharsets.UTF_8);

    Run r = run(in.toString(), "--checkpoint", checkpoint.toString());

    assertEquals(0, r.status(), r.err());
    assertEquals("30", summary(r, "created"), r.out());
    assertEquals("1", summary(r, "duplicates"), r.out());
    List<String> failures = Files.readAllLines(dir.resolve("users.failures.csv"));
    assertEquals(2, failures.size(), failures.toString());
    assertFalse(Files.exists(dir.resolve("users.failures.csv.previous")));
  }

  @Test
  void aQuoteLeftOpenMidFileStopsWithExit2AndASummaryAndTheFixedFileResumes() throws IOException {
    Path in = dir.resolve("users.csv");
    String head = "email,name\n" + users(1, 250);
    String tail = users(252, 400);
    Files.writeString(in, head + "user251@example.com,\"oops\n" + tail);
    Path checkpoint = dir.resolve("users.ckpt");

    Run broken = run(in.toString(), "--checkpoint", checkpoint.toString());

    assertEquals(2, broken.status(), broken.out() + broken.err());
    assertTrue(broken.out().contains("Stopped: " + in), broken.out());
    // Rows 201-250 never go out as a short batch; the batches of rows 1-100 and 101-200 may each
    // have been sent before the read error stopped the run, or not (the reader can reach line 252
    // before a worker takes its first send slot: then nothing was sent).
    int created = Integer.parseInt(summary(broken, "created"));
    assertTrue(created == 0 || created == 100 || created == 200, broken.out());
    assertEquals(Integer.toString(250 - created), summary(broken, "not attempted"), broken.out());
    assertTrue(broken.err().contains("Unclosed quoted field"), broken.err());
    assertTrue(broken.err().contains("line 252"), broken.err());
    assertFalse(broken.err().contains("Exception"), broken.err());
    assertEquals(created, emulator.storedSubscribers().size());

    Files.writeString(in, head + "user251@example.com,\"fixed\"\n" + tail);
    Run fixed = run(in.toString(), "--checkpoint", checkpoint.toString());

    assertEquals(0, fixed.status(), fixed.err());
    if (created > 0) {
      assertEquals(
          Integer.toString(created), summary(fixed, "done by an earlier run"), fixed.out());
    }
    assertEquals(Integer.toString(400 - created), summary(fixed, "created"), fixed.out());
    assertEquals(400, emulator.storedSubscribers().size());
  }

  @Test
  void aSecondRunOnACheckpointInUseExits2AndLeavesTheFailuresFileAlone() throws IOException {
    Path in = dir.resolve("users.csv");
    Files.writeString(in, "email,name\n" + users(1, 10));
    Path checkpoint = dir.resolve("users.ckpt");
    Path failures = dir.resolve("users.failures.csv");
    Files.writeString(failures, "email,name,row,outcome,code,message\nx,y,3,INVALID,X,bad\n");
    Files.writeString(
        checkpoint, "maito-import-checkpoint 1 0123456789abcdef 100\n", StandardCharsets.UTF_8);

    try (ImportCheckpoint running = ImportCheckpoint.open(checkpoint, 100)) {
      Run second = run(in.toString(), "--checkpoint", checkpoint.toString(), "--map", "name=-");

      assertEquals(2, second.status(), second.out() + second.err());
      assertTrue(second.err().contains("is in use by another import"), second.err());
      assertEquals(1, second.err().lines().count(), second.err());
    }
    assertEquals(0, emulator.storedSubscribers().size());
    assertEquals(
        "email,name,row,outcome,code,message\nx,y,3,INVALID,X,bad\n", Files.readString(failures));
    assertFalse(Files.exists(dir.resolve("users.failures.csv.previous")));
  }

  @Test
  void failuresOfEveryKilledRunSurviveWhenAResumeWasKilledBeforeItsMerge() throws IOException {
    Path in = dir.resolve("users.csv");
    Files.writeString(
        in,
        "email,name\n"
            + users(1, 30)
            + "user1@example.com,Again\nuser2@example.com,Again\nbad,Bad\n");
    Path checkpoint = dir.resolve("users.ckpt");
    Run whole = run(in.toString(), "--checkpoint", checkpoint.toString(), "--map", "name=-");
    assertEquals(0, whole.status(), whole.err());
    Path failures = dir.resolve("users.failures.csv");
    List<String> lines = Files.readAllLines(failures);
    assertEquals(4, lines.size(), lines.toString());
    // Run 1 reported row 32 and was killed; its resume moved that file aside, reported rows 33
    // and 34, and was killed before it merged. (The checkpoint says every batch is done.)
    String header = lines.get(0);
    String row32 = lines.stream().filter(l -> l.contains(",32,")).findFirst().orElseThrow();
    String others =
        lines.stream()
            .filter(l -> l.contains(",33,") || l.contains(",34,"))
            .collect(java.util.stream.Collectors.joining("\r\n"));
    Files.writeString(dir.resolve("users.failures.csv.previous"), header + "\r\n" + row32 + "\r\n");
    Files.writeString(failures, header + "\r\n" + others + "\r\n");

    Run resumed = run(in.toString(), "--checkpoint", checkpoint.toString(), "--map", "name=-");

    assertEquals(0, resumed.status(), resumed.err());
    List<String> merged = Files.readAllLines(failures);
    assertEquals(4, merged.size(), "no earlier run's failure is lost: " + merged);
    assertTrue(merged.contains(row32), merged.toString());
    assertFalse(Files.exists(dir.resolve("users.failures.csv.previous")));
    assertFalse(Files.exists(dir.resolve("users.failures.csv.previous.2")));
  }
}
