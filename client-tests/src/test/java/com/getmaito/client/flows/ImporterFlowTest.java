package com.getmaito.client.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.ImportFailure;
import com.getmaito.client.ImportOutcome;
import com.getmaito.client.ImportProgress;
import com.getmaito.client.ImportReport;
import com.getmaito.client.ImportRow;
import com.getmaito.client.ImportStoppedException;
import com.getmaito.client.MaitoClient;
import com.getmaito.client.SubscriberImporter;
import com.getmaito.client.errors.AuthenticationException;
import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.client.model.SubscriberStatus;
import com.getmaito.client.testing.FakeSleeper;
import com.getmaito.emulator.FaultPlan;
import com.getmaito.emulator.MaitoEmulator;
import com.getmaito.emulator.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importer against the emulator: every row ends in exactly one outcome, through faults, a
 * cancel and a resume, a long rate-limit wait and a key revoked mid-run.
 */
class ImporterFlowTest {
  private MutableClock clock;
  private FakeSleeper sleeper;
  private MaitoEmulator emulator;
  private MaitoClient client;

  @TempDir Path dir;

  @BeforeEach
  void start() {
    clock = MutableClock.at(Instant.parse("2026-11-22T10:00:00Z"));
    sleeper = new FakeSleeper(clock);
    emulator =
        MaitoEmulator.builder()
            .clock(clock)
            .seed(11)
            .rateLimit(1_000_000, Duration.ofSeconds(60))
            .start();
    client = clientWithKey(emulator.bootstrapKey());
  }

  private MaitoClient clientWithKey(String key) {
    return FlowFixtures.client(emulator, key, clock, sleeper).maxRetries(10).build();
  }

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  /**
   * {@code rows} rows: every 50th repeats an earlier email (2 %), every 100th (offset 7) is invalid
   * (half found invalid by the caller, half by the server), the rest unique.
   */
  private static List<ImportRow> rows(int rows) {
    List<ImportRow> out = new ArrayList<>(rows);
    for (int i = 1; i <= rows; i++) {
      if (i % 50 == 0) {
        out.add(row(i, "user" + (i - 17) + "@example.com"));
      } else if (i % 100 == 7) {
        out.add(
            i % 200 == 7
                ? ImportRow.invalid(i, "bad" + i, "email: not an email address", "ctx" + i)
                : ImportRow.of(
                    i,
                    SubscriberCreateParams.builder()
                        .email("odd" + i + "@example.com")
                        .status(SubscriberStatus.of("paused"))
                        .build(),
                    "ctx" + i));
      } else {
        out.add(row(i, "user" + i + "@example.com"));
      }
    }
    return out;
  }

  private static ImportRow row(long n, String email) {
    return ImportRow.of(n, SubscriberCreateParams.builder().email(email).build(), "ctx" + n);
  }

  @Test
  void tenThousandRowsEndInExactlyTheExpectedOutcomes() {
    List<ImportFailure> streamed = new CopyOnWriteArrayList<>();
    ImportReport r =
        client.subscribers().importer().onFailure(streamed::add).runRows(rows(10_000).stream());

    assertEquals(10_000, r.rowsRead());
    assertEquals(200, r.duplicates());
    assertEquals(100, r.invalid());
    assertEquals(9_700, r.created());
    assertEquals(0, r.failed());
    assertEquals(0, r.notAttempted());
    FlowFixtures.assertAddsUp(r);
    FlowFixtures.assertStoredOnce(emulator, 9_700);
    assertEquals(300, streamed.size(), "onFailure is told of every row not created");
    assertEquals(300, r.failures().size());
    ImportFailure dup =
        streamed.stream().filter(f -> f.rowNumber() == 50).findFirst().orElseThrow();
    assertEquals(ImportOutcome.DUPLICATE, dup.outcome());
    assertEquals("repeats the email of row 33 of the input", dup.message());
    assertEquals("ctx50", dup.context(), "the caller's context comes back");
    ImportFailure callerInvalid =
        streamed.stream().filter(f -> f.rowNumber() == 7).findFirst().orElseThrow();
    assertEquals(ImportFailure.INVALID_ROW, callerInvalid.code());
    ImportFailure serverInvalid =
        streamed.stream().filter(f -> f.rowNumber() == 107).findFirst().orElseThrow();
    assertEquals(ImportOutcome.INVALID, serverInvalid.outcome());
    assertEquals("VALIDATION_FAILED", serverInvalid.code());
    assertEquals(100, emulator.requestCount("POST", "/v1/newsletter/subscribers/bulk"));
  }

  @Test
  void randomFaultsChangeNoCountAndStoreNothingTwice() {
    emulator
        .faults()
        .random(FaultPlan.builder().rate5xx(0.05).rate429(0.05).disconnectRate(0.04).build());

    ImportReport r = client.subscribers().importer().runRows(rows(10_000).stream());

    assertEquals(200, r.duplicates());
    assertEquals(100, r.invalid());
    assertEquals(9_700, r.created());
    FlowFixtures.assertAddsUp(r);
    FlowFixtures.assertStoredOnce(emulator, 9_700);
    assertTrue(r.retries() > 0, "faults were retried: " + r);
    assertTrue(r.rateLimitWaits() > 0, "429s were waited out: " + r);
  }

  @Test
  void cancelledRunResumesFromItsCheckpointWithoutLosingOrRepeatingARow() {
    Path checkpoint = dir.resolve("import.ckpt");
    List<ImportRow> input = rows(5_000);
    SubscriberImporter first = client.subscribers().importer().checkpoint(checkpoint);
    ImportReport r1 =
        first.runRows(
            input.stream()
                .peek(
                    row -> {
                      if (row.rowNumber() == 2_550) {
                        first.cancel();
                      }
                    }));
    FlowFixtures.assertAddsUp(r1);
    assertTrue(r1.rowsRead() < 5_000 && r1.created() > 0, "stopped part-way: " + r1);

    ImportReport r2 =
        client.subscribers().importer().checkpoint(checkpoint).runRows(input.stream());

    FlowFixtures.assertAddsUp(r2);
    assertEquals(
        5_000, r2.rowsRead() + r2.skippedFromCheckpoint(), "every row read or skipped: " + r2);
    assertEquals(r1.rowsRead() - r1.notAttempted(), r2.skippedFromCheckpoint());
    assertEquals(4_850, r1.created() + r2.created(), "the two runs' counts add up");
    assertEquals(100, r1.duplicates() + r2.duplicates());
    assertEquals(50, r1.invalid() + r2.invalid());
    FlowFixtures.assertStoredOnce(emulator, 4_850);
  }

  @Test
  void batchesSentBeforeAKillAreReplayedAsCreatedOnResume() throws Exception {
    Path checkpoint = dir.resolve("import.ckpt");
    List<ImportRow> input =
        rows(1_000).stream()
            .filter(r -> r.params() != null)
            .filter(r -> r.rowNumber() % 50 != 0)
            .collect(Collectors.toList());
    // A run that sent its batches (the server created the rows) but died before recording them:
    // replay its "B" lines, as a killed process leaves them.
    ImportReport whole =
        client.subscribers().importer().checkpoint(checkpoint).runRows(input.stream());
    List<String> lines = Files.readAllLines(checkpoint);
    Files.write(
        checkpoint, lines.stream().filter(l -> !l.startsWith("D ")).collect(Collectors.toList()));

    ImportReport resumed =
        client.subscribers().importer().checkpoint(checkpoint).runRows(input.stream());

    assertEquals(whole.created(), resumed.created(), "replayed rows count as created: " + resumed);
    assertEquals(0, resumed.duplicates());
    assertEquals(0, resumed.skippedFromCheckpoint());
    FlowFixtures.assertStoredOnce(emulator, whole.created());
  }

  @Test
  void checkpointFromADifferentInputIsRefused() {
    Path checkpoint = dir.resolve("import.ckpt");
    client.subscribers().importer().checkpoint(checkpoint).runRows(rows(300).stream());
    List<ImportRow> other =
        rows(300).stream()
            .map(r -> r.rowNumber() == 5 ? row(5, "someone.else@example.com") : r)
            .collect(Collectors.toList());

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> client.subscribers().importer().checkpoint(checkpoint).runRows(other.stream()));

    assertTrue(e.getMessage().contains("different input"), e.getMessage());
    assertTrue(e.getMessage().contains("row 1 "), e.getMessage());
  }

  @Test
  void revokedKeyStopsTheRunWithItsPartialReport() {
    String key = emulator.createKey("importer", "full", null);
    try (MaitoClient importing = clientWithKey(key)) {
      String keyId =
          client.apiKeys().list().stream()
              .filter(k -> k.name().equals("importer"))
              .findFirst()
              .orElseThrow()
              .id();
      SubscriberImporter importer = importing.subscribers().importer().concurrency(1);
      List<ImportRow> input = rows(3_000);

      ImportStoppedException e =
          assertThrows(
              ImportStoppedException.class,
              () ->
                  importer.runRows(
                      input.stream()
                          .peek(
                              row -> {
                                if (row.rowNumber() == 1_001) {
                                  client.apiKeys().revoke(keyId);
                                }
                              })));

      assertInstanceOf(AuthenticationException.class, e.getCause());
      ImportReport r = e.report();
      FlowFixtures.assertAddsUp(r);
      assertTrue(r.created() >= 700 && r.notAttempted() >= 100, r.toString());
      assertTrue(r.rowsRead() < 3_000, "reading stopped: " + r);
      FlowFixtures.assertStoredOnce(emulator, r.created());
    }
  }

  @Test
  void pacesItselfToTheKeysBudgetWithoutALimiterConfigured() {
    try (MaitoEmulator limited =
            MaitoEmulator.builder().clock(clock).rateLimit(60, Duration.ofSeconds(60)).start();
        MaitoClient paced =
            FlowFixtures.client(limited, limited.bootstrapKey(), clock, sleeper).build()) {
      ImportReport r =
          paced.subscribers().importer().concurrency(1).run(FlowFixtures.emails(12_000));

      assertEquals(12_000, r.created());
      assertEquals(0, limited.requestCountByStatus(429), "paced, not pushed back");
      assertEquals(0, r.rateLimitWaits());
      long seconds = r.elapsed().toSeconds();
      assertTrue(
          seconds >= 118 && seconds <= 122, "120 calls at 1 per second took " + seconds + " s");
    }
  }

  @Test
  void longRetryAfterIsWaitedOutUpToMaxWait() {
    emulator.faults().nextRateLimited(1, Duration.ofMinutes(5));

    ImportReport r = client.subscribers().importer().concurrency(1).run(FlowFixtures.emails(250));

    assertEquals(250, r.created());
    assertEquals(1, r.rateLimitWaits());
    assertTrue(
        sleeper.durations().contains(Duration.ofMinutes(5)), "waited " + sleeper.durations());
  }

  @Test
  void retryAfterBeyondMaxWaitFailsTheBatchRowsWithTheirCode() {
    emulator.faults().nextRateLimited(1, Duration.ofMinutes(30));

    ImportReport r = client.subscribers().importer().concurrency(1).run(FlowFixtures.emails(150));

    assertEquals(100, r.failed());
    assertEquals(50, r.created());
    assertEquals("RATE_LIMITED", r.failures().get(0).code());
    FlowFixtures.assertAddsUp(r);
  }

  @Test
  void interruptStopsReadingAndReturnsTheReport() {
    SubscriberImporter importer = client.subscribers().importer();
    ImportReport r;
    try {
      r =
          importer.run(
              FlowFixtures.emails(2_000)
                  .peek(
                      p -> {
                        if (p.email().equals("e1000@example.com")) {
                          Thread.currentThread().interrupt();
                        }
                      }));
      assertTrue(Thread.currentThread().isInterrupted(), "the interrupt flag is kept");
    } finally {
      Thread.interrupted();
    }
    FlowFixtures.assertAddsUp(r);
    assertTrue(r.rowsRead() < 2_000, r.toString());
    FlowFixtures.assertStoredOnce(emulator, r.created());
  }

  @Test
  void progressEndsWithTheFinalCounts() {
    List<ImportProgress> progress = new CopyOnWriteArrayList<>();
    ImportReport r =
        client.subscribers().importer().onProgress(progress::add).run(FlowFixtures.emails(500));

    ImportProgress last = progress.get(progress.size() - 1);
    assertEquals(500, last.rowsRead());
    assertEquals(r.created(), last.created());
    assertEquals(500, last.rowsDone());
  }

  @Test
  void aBatchRefusedWholeIsSplitUntilItsRowsGoThrough() {
    emulator
        .faults()
        .nextRaw(
            1,
            400,
            "application/json",
            "{\"ok\":false,\"error\":{\"code\":\"VALIDATION_FAILED\",\"message\":\"bad batch\"}}");

    ImportReport r = client.subscribers().importer().concurrency(1).run(FlowFixtures.emails(100));

    assertEquals(100, r.created(), r.toString());
    FlowFixtures.assertStoredOnce(emulator, 100);
    assertEquals(
        3,
        emulator.requestCount("POST", "/v1/newsletter/subscribers/bulk"),
        "one refusal, two halves");
  }
}
