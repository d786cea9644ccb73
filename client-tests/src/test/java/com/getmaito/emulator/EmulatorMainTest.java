package com.getmaito.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EmulatorMainTest {
  @Test
  void startsOnAFreePortAndPrintsTheUrlAndKey() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (MaitoEmulator emu =
        EmulatorMain.launch(new String[] {"--port", "0", "--rate=5/10s", "--seed", "9"}, out)) {
      String printed = bytes.toString(StandardCharsets.UTF_8);
      Matcher url =
          Pattern.compile("Maito emulator listening on (http://127\\.0\\.0\\.1:\\d+/v1)")
              .matcher(printed);
      assertTrue(url.find(), printed);
      Matcher key = Pattern.compile("Bootstrap API key: (sk_emu_[0-9a-f]{32})").matcher(printed);
      assertTrue(key.find(), printed);
      assertEquals(emu.baseUrl(), url.group(1));
      Api.Res res = new Api(url.group(1), key.group(1)).get("/newsletter/tags");
      assertEquals(200, res.status());
      assertEquals("5", res.header("RateLimit-Limit"));
    }
  }

  @Test
  void helpPrintsUsageAndStartsNothing() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    assertNull(
        EmulatorMain.launch(
            new String[] {"--help"}, new PrintStream(bytes, true, StandardCharsets.UTF_8)));
    assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("Usage:"));
  }

  @Test
  void badArgumentsAreExplained() {
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertMessage("unknown option: --nope", new String[] {"--nope"}, out);
    assertMessage("--port needs a value", new String[] {"--port"}, out);
    assertMessage("--port must be an integer: x", new String[] {"--port", "x"}, out);
    assertMessage("--port must be in 0..65535: 70000", new String[] {"--port", "70000"}, out);
    assertNotNull(
        assertThrows(
            EmulatorMain.UsageException.class,
            () -> EmulatorMain.launch(new String[] {"--rate", "10/5h"}, out)));
    assertNotNull(
        assertThrows(
            EmulatorMain.UsageException.class,
            () -> EmulatorMain.launch(new String[] {"--faults", "2"}, out)));
    assertNotNull(
        assertThrows(
            EmulatorMain.UsageException.class,
            () -> EmulatorMain.launch(new String[] {"--seed", "s"}, out)));
  }

  private static void assertMessage(String message, String[] args, PrintStream out) {
    EmulatorMain.UsageException e =
        assertThrows(EmulatorMain.UsageException.class, () -> EmulatorMain.launch(args, out));
    assertEquals(message, e.getMessage());
  }

  @Test
  void aPortInUseEndsWithOneLineOnStderrAndStatus1() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      Process process =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  EmulatorMain.class.getName(),
                  "--port",
                  String.valueOf(port))
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      try {
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the emulator should exit");
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, process.exitValue(), stderr);
        assertEquals(
            List.of(
                "maito-emulator: cannot listen on 127.0.0.1:"
                    + port
                    + ": the port is already in use"),
            stderr.lines().collect(Collectors.toList()));
      } finally {
        process.destroyForcibly();
      }
    }
  }

  @Test
  void theLibraryNamesTheAddressWhenThePortIsInUse() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      UncheckedIOException e =
          assertThrows(
              UncheckedIOException.class, () -> MaitoEmulator.builder().port(port).start());
      assertEquals(
          "cannot listen on 127.0.0.1:" + port + ": the port is already in use", e.getMessage());
    }
  }
}
