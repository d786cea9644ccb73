package com.getmaito.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.emulator.MaitoEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every sample end to end against the embedded emulator, as the README's command runs it. */
class SamplesTest {
  private record Run(int status, String out, String err) {}

  private static Run run(
      String name,
      SampleRunner.Sample sample,
      Consumer<MaitoEmulator.Builder> setup,
      Map<String, String> env) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        SampleRunner.run(
            name,
            sample,
            setup,
            env,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Run run(String name, SampleRunner.Sample sample) {
    return run(name, sample, e -> {}, Map.of());
  }

  @Test
  void quickStartPrintsEachStepAgainstTheEmulator() {
    Run r = run("QuickStart", c -> QuickStart.run(c.client(), c.out()));
    assertEquals(0, r.status(), r.err());
    assertTrue(
        r.out()
            .startsWith(
                "No MAITO_API_KEY set: running QuickStart against the embedded emulator at http://127.0.0.1:"),
        r.out());
    assertTrue(r.out().contains("1. Created sub_"), r.out());
    assertTrue(r.out().contains("with tags [vip, newsletter]"), r.out());
    assertTrue(r.out().contains("2. Retrieved sub_"), r.out());
    assertTrue(r.out().contains("   - ann+"), r.out());
    assertTrue(r.out().contains("4. Updated: firstName Annie, lastName cleared: true"), r.out());
    assertTrue(r.out().contains("5. Deleted sub_"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void tagSyncCreatesThenUpdatesOnlyTheChangedTagAndShowsCounts() {
    Run r = run("TagSync", c -> TagSync.run(c.client(), c.out()));
    assertEquals(0, r.status(), r.err());
    String second = r.out().substring(r.out().indexOf("Second sync"));
    assertTrue(r.out().contains("   created   vip"), r.out());
    assertTrue(second.contains("   unchanged vip"), r.out());
    assertTrue(second.contains("   updated   newsletter"), r.out());
    assertTrue(second.contains("   unchanged beta"), r.out());
    assertTrue(r.out().contains("   newsletter: 2 subscribers"), r.out());
    assertTrue(r.out().contains("   vip: 1 subscribers"), r.out());
    assertTrue(r.out().contains("   beta: 0 subscribers"), r.out());
  }

  @Test
  void keyRotationShowsTheOldKeyRefusedWithAuthenticationExceptionAndNeverPrintsASecret() {
    String[] secrets = new String[1];
    Run r =
        run(
            "KeyRotation",
            c -> {
              KeyRotation.run(c.client(), c.out());
              secrets[0] = c.emulator().orElseThrow().bootstrapKey();
            });
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("2. Verified the new key with a call"), r.out());
    assertTrue(
        r.out().contains("4. The old key is refused: AuthenticationException 401 UNAUTHORIZED"),
        r.out());
    assertTrue(
        r.out().matches("(?s).*1\\. Created key_\\S+ mk_\\S{0,6}\\*\\*\\*\\*, expires .*"),
        r.out());
    assertFalse(
        r.out().matches("(?s).*mk_[0-9a-f]{32}.*"), "a full secret was printed: " + r.out());
    assertFalse(r.out().contains(secrets[0]));
  }

  @Test
  void errorHandlingCatchesEachErrorByType() {
    Run r =
        run(
            "ErrorHandling",
            c -> ErrorHandling.run(c.client(), c.out()),
            e -> e.rateLimit(20, Duration.ofMinutes(1)),
            Map.of());
    assertEquals(0, r.status(), r.err());
    assertTrue(
        r.out().contains("Rejected before sending: email must be a valid email address"), r.out());
    assertTrue(r.out().contains("ValidationException 400 VALIDATION_FAILED:"), r.out());
    assertTrue(r.out().contains("   status: "), r.out());
    assertTrue(r.out().contains("NotFoundException 404, request id req_"), r.out());
    assertTrue(r.out().contains("ConflictException 409: "), r.out());
    assertTrue(r.out().matches("(?s).*RateLimitException 429: retry after \\d+ s.*"), r.out());
  }

  @Test
  void resilienceSucceedsThroughInjected429And503sAndPrintsEachRetry() {
    Run r = run("Resilience", Resilience::run);
    assertEquals(0, r.status(), r.err());
    assertTrue(
        r.out().contains("retry after attempt 1 (RateLimitException), waiting 1000 ms"), r.out());
    assertTrue(r.out().contains("retry after attempt 2 (ServerException)"), r.out());
    assertTrue(r.out().contains("retry after attempt 3 (ServerException)"), r.out());
    assertTrue(r.out().contains("Created sub_"), r.out());
  }

  @Test
  void aPublicKeyFailsWithOneClearLineAndStatus1() {
    Run r =
        run(
            "QuickStart",
            c -> QuickStart.run(c.client(), c.out()),
            e -> {},
            Map.of("MAITO_API_KEY", "pk_live_abc123"));
    assertEquals(1, r.status());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("public key"), r.err());
    assertFalse(r.err().contains("pk_live_abc123"), r.err());
  }

  @Test
  void anUnreachableServerFailsWithOneClearLineAndStatus1() {
    Map<String, String> env =
        Map.of("MAITO_API_KEY", "sk_test_unreachable", "MAITO_BASE_URL", "http://127.0.0.1:1/v1");
    Run r = run("QuickStart", c -> QuickStart.run(c.client(), c.out()), e -> {}, env);
    assertEquals(1, r.status());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(
        r.err().startsWith("QuickStart failed: POST /v1/newsletter/subscribers failed"), r.err());
    assertFalse(r.err().contains("sk_test_unreachable"), r.err());
  }

  @Test
  void aRevokedKeyFailsWithOneClearLine() {
    try (MaitoEmulator emulator = MaitoEmulator.start()) {
      Map<String, String> env =
          Map.of("MAITO_API_KEY", "sk_not_a_real_key", "MAITO_BASE_URL", emulator.baseUrl());
      Run r = run("QuickStart", c -> QuickStart.run(c.client(), c.out()), e -> {}, env);
      assertEquals(1, r.status());
      assertTrue(r.err().startsWith("QuickStart failed: 401 UNAUTHORIZED"), r.err());
      assertFalse(r.err().contains("sk_not_a_real_key"), r.err());
    }
  }
}
