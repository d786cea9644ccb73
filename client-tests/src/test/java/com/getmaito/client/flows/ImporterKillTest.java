package com.getmaito.client.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.ImportReport;
import com.getmaito.client.MaitoClient;
import com.getmaito.emulator.EmulatedSubscriber;
import com.getmaito.emulator.MaitoEmulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of an importing process, twice, then a resume: no subscriber exists twice, none
 * is missing, and rows the killed runs created count as created (replayed), not as duplicates.
 */
class ImporterKillTest {
  private static final int ROWS = 12_000;

  @TempDir Path dir;

  @Test
  void killedImportsResumeWithoutLosingOrDuplicatingARow() throws Exception {
    Path checkpoint = dir.resolve("kill.ckpt");
    try (MaitoEmulator emulator =
        MaitoEmulator.builder().rateLimit(1_000_000, Duration.ofSeconds(60)).start()) {
      for (int killAt : new int[] {2_500, 7_000}) {
        Process child = startChild(emulator, checkpoint);
        try {
          long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
          while (emulator.storedSubscribers().size() < killAt && child.isAlive()) {
            assertTrue(System.nanoTime() < deadline, "the child imports");
            Thread.sleep(5);
          }
          assertTrue(child.isAlive(), "killed mid-run, not after it finished");
        } finally {
          child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
          child.waitFor();
        }
      }
      int createdBeforeResume = emulator.storedSubscribers().size();
      assertTrue(createdBeforeResume >= 7_000 && createdBeforeResume < ROWS);

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
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }
}
