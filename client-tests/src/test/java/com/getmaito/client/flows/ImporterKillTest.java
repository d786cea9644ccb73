package com.getmaito.client.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.ImportReport;
import com.getmaito.client.MaitoClient;
import com.getmaito.emulator.EmulatedSubscriber;
import com.getmaito.emulator.MaitoEmulator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of an importing process, twice, then a resume: no subscriber exists twice, none
 * is missing, and rows the killed runs created count as created (replayed), not as duplicates.
 */
class ImporterKillTest {
  private static final int ROWS = 30_000;

  @TempDir Path dir;

  @Test
  void killedImportsResumeWithoutLosingOrDuplicatingARow() throws Exception {
    Path checkpoint = dir.resolve("kill.ckpt");
    try (MaitoEmulator emulator =
        MaitoEmulator.builder().rateLimit(1_000_000, Duration.ofSeconds(60)).start()) {
      for (int killAt : new int[] {2_500, 4_000}) { // rows this run created
        Process child = startChild(emulator, checkpoint);
        try (BufferedReader progress =
            new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
          // The child prints "created N" at most every 200 ms: read (blocking) until N passes the
          // kill point, then kill it mid-run.
          String line;
          long created = 0;
          while (created < killAt && (line = progress.readLine()) != null) {
            if (line.startsWith("created ")) {
              created = Long.parseLong(line.substring("created ".length()));
            }
          }
          assertTrue(created >= killAt && child.isAlive(), "killed mid-run, at " + created);
        } finally {
          child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
          child.waitFor();
        }
      }
      int createdBeforeResume = emulator.storedSubscribers().size();
      assertTrue(
          createdBeforeResume >= 6_500 && createdBeforeResume < ROWS, "" + createdBeforeResume);

      ImportReport resumed;
      try (MaitoClient client =
          MaitoClient.builder()
              .apiKey(emulator.bootstrapKey())
              .baseUrl(emulator.baseUrl())
              .build()) {
        resumed =
            client
                .subscribers()
                .importer()
                .checkpoint(checkpoint)
                .run(IntStream.rangeClosed(1, ROWS).mapToObj(ImportChild::row));
      }

      List<EmulatedSubscriber> stored = emulator.storedSubscribers();
      Set<String> emails =
          stored.stream().map(EmulatedSubscriber::email).collect(Collectors.toSet());
      assertEquals(ROWS, stored.size(), "nothing missing");
      assertEquals(ROWS, emails.size(), "nothing stored twice");
      assertEquals(0, resumed.duplicates(), "replayed batches count as created: " + resumed);
      assertEquals(0, resumed.failed() + resumed.notAttempted() + resumed.invalid());
      assertEquals(ROWS, resumed.created() + resumed.skippedFromCheckpoint(), resumed.toString());
      assertTrue(resumed.skippedFromCheckpoint() > 0, "finished batches were skipped");
    }
  }

  private static Process startChild(MaitoEmulator emulator, Path checkpoint) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            ImportChild.class.getName(),
            emulator.baseUrl(),
            emulator.bootstrapKey(),
            checkpoint.toString(),
            String.valueOf(ROWS))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }
}
