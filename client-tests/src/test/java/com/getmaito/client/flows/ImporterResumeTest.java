package com.getmaito.client.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.ImportReport;
import com.getmaito.client.MaitoClient;
import com.getmaito.client.internal.ImportCheckpoint;
import com.getmaito.client.testing.FakeSleeper;
import com.getmaito.emulator.MaitoEmulator;
import com.getmaito.emulator.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resuming from a checkpoint as a demanding user does: after rows failed, after a kill that tore
 * the file's last line, with a foreign file, and with two runs on one file at once.
 */
class ImporterResumeTest {
  private MutableClock clock;
  private MaitoEmulator emulator;
  private MaitoClient client;

  @TempDir Path dir;

  @BeforeEach
  void start() {
    clock = MutableClock.at(Instant.parse("2026-11-22T10:00:00Z"));
    emulator =
        MaitoEmulator.builder()
            .clock(clock)
            .seed(5)
            .rateLimit(1_000_000, Duration.ofSeconds(60))
            .start();
    client =
        FlowFixtures.client(emulator, emulator.bootstrapKey(), clock, new FakeSleeper(clock))
            .maxRetries(2)
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  @Test
  void rowsThatFailedAreSentAgainOnResume() {
    Path checkpoint = dir.resolve("import.ckpt");
    emulator.faults().nextRateLimited(1, Duration.ofMinutes(30)); // beyond maxWait: batch 1 fails
    ImportReport first = importOneBatchAtATime(checkpoint, 250);
    assertEquals(100, first.failed());
    assertEquals(150, first.created());

    ImportReport resumed = importOneBatchAtATime(checkpoint, 250);

    assertEquals(100, resumed.created(), "the failed rows are done by the resume: " + resumed);
    assertEquals(0, resumed.failed());
    assertEquals(150, resumed.skippedFromCheckpoint());
    assertTrue(resumed.isComplete());
    FlowFixtures.assertStoredOnce(emulator, 250);
  }

  @Test
  void aLastLineTornByAKillIsIgnoredAndCutOff() throws Exception {
    Path checkpoint = dir.resolve("import.ckpt");
    ImportReport whole = importOneBatchAtATime(checkpoint, 300);
    // The process died while writing batch 2's "B" line: keep batches 0 and 1 done, and half of
    // that line.
    List<String> lines = Files.readAllLines(checkpoint);
    String header = lines.get(0);
    List<String> kept = lines.stream().filter(l -> !l.matches("[BD] 2 .*")).toList();
    String torn = lines.stream().filter(l -> l.startsWith("B 2 ")).findFirst().orElseThrow();
    String text =
        String.join("\n", kept) + "\n" + torn.substring(0, torn.length() - 10); // no newline
    Files.write(checkpoint, text.getBytes(StandardCharsets.UTF_8));

    ImportReport resumed = importOneBatchAtATime(checkpoint, 300);

    assertEquals(200, resumed.skippedFromCheckpoint(), resumed.toString());
    assertEquals(100, resumed.created(), "batch 2 replayed as created: " + resumed);
    assertEquals(whole.created(), 300);
    FlowFixtures.assertStoredOnce(emulator, 300);
    String after = Files.readString(checkpoint);
    assertTrue(after.startsWith(header + "\n"), after);
    assertTrue(
        after.lines().allMatch(l -> l.equals(header) || l.matches("[BD] \\d+ .+")),
        "the torn fragment was cut off, the new records are whole lines: " + after);

    ImportReport again = importOneBatchAtATime(checkpoint, 300);
    assertEquals(300, again.skippedFromCheckpoint(), again.toString());
  }

  @Test
  void aFileThatIsNotACheckpointIsRefusedAndLeftAlone() throws Exception {
    Path notOurs = dir.resolve("notes.txt");
    Files.writeString(notOurs, "remember the milk"); // one line, no line break
    Path csv = dir.resolve("subscribers.csv");
    Files.writeString(csv, "email\na@example.com\n");

    for (Path p : List.of(notOurs, csv)) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () -> client.subscribers().importer().checkpoint(p).run(FlowFixtures.emails(10)));
      assertTrue(e.getMessage().contains("not an import checkpoint"), e.getMessage());
    }
    assertEquals("remember the milk", Files.readString(notOurs));
    assertEquals(0, emulator.storedSubscribers().size());
  }

  @Test
  void aCheckpointInUseByAnotherRunIsRefused() {
    Path checkpoint = dir.resolve("import.ckpt");
    try (ImportCheckpoint other = ImportCheckpoint.open(checkpoint, 100)) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () ->
                  client
                      .subscribers()
                      .importer()
                      .checkpoint(checkpoint)
                      .run(FlowFixtures.emails(10)));
      assertTrue(e.getMessage().contains("in use by another import"), e.getMessage());
      assertEquals(0, emulator.storedSubscribers().size(), "nothing sent");
    }
    ImportReport r =
        client.subscribers().importer().checkpoint(checkpoint).run(FlowFixtures.emails(10));
    assertEquals(10, r.created(), "free again once the other run closed it");
  }

  /** Imports rows e1..eN one batch at a time with {@code checkpoint}. */
  private ImportReport importOneBatchAtATime(Path checkpoint, int rows) {
    return client
        .subscribers()
        .importer()
        .concurrency(1)
        .checkpoint(checkpoint)
        .run(FlowFixtures.emails(rows));
  }
}
