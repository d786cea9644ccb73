package com.getmaito.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code Signup} sample end to end against the embedded emulator. */
class SignupSampleTest {
  @Test
  void signupUpsertsFindsUpgradesAndShowsARawResponse() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        SampleRunner.run(
            "Signup",
            c -> Signup.run(c.client(), c.out()),
            e -> {},
            Map.of(),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8);

    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    assertTrue(text.contains("2. Signed up again: same subscriber true"), text);
    assertTrue(text.contains("3. Found by email: sub_"), text);
    String upgraded = text.lines().filter(l -> l.startsWith("4. ")).findFirst().orElse("");
    assertTrue(upgraded.contains("plan=pro") && upgraded.contains("seats=1"), text);
    assertTrue(
        text.matches("(?s).*5\\. HTTP 200, request id \\S+, RateLimit-Remaining \\d+: .*"), text);
    assertTrue(text.contains("6. Deleted sub_"), text);
  }
}
