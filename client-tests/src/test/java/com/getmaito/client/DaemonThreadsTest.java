package com.getmaito.client;

import static com.getmaito.client.testing.ResilienceFixtures.error;
import static com.getmaito.client.testing.ResilienceFixtures.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.testing.ResilienceFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** No thread the SDK starts keeps a JVM alive: a forgotten {@code close()} costs nothing. */
class DaemonThreadsTest {
  @StartStop private final MockWebServer server = new MockWebServer();

  @Test
  void everyThreadAnAsyncCallWithARetryStartsIsADaemon() throws Exception {
    Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
    server.enqueue(error(503, "UNAVAILABLE").addHeader("Retry-After", "0.01").build());
    server.enqueue(tag().build());
    MaitoClient client = ResilienceFixtures.client(server).build();
    try {
      // The attempts run on the dispatcher, the 10 ms wait on the client's scheduler.
      client.async().tags().retrieve("tag_1").get(5, TimeUnit.SECONDS);
      List<Thread> started =
          Thread.getAllStackTraces().keySet().stream()
              .filter(t -> !before.contains(t) && t.isAlive())
              .filter(t -> !t.getName().startsWith("MockWebServer"))
              // Only this client's threads: ours are named maito-*, and OkHttp names a dispatcher
              // thread after the URL it is calling while it runs (threads that other tests' calls
              // start meanwhile, to other servers, are not this test's business).
              .filter(
                  t ->
                      t.getName().startsWith("maito-")
                          || t.getName().contains(":" + server.getPort() + "/"))
              .toList();
      assertFalse(started.isEmpty(), "the call started threads");
      assertTrue(
          started.stream().anyMatch(t -> t.getName().startsWith("maito-dispatcher")), "" + started);
      List<String> nonDaemon =
          started.stream().filter(t -> !t.isDaemon()).map(Thread::getName).toList();
      assertTrue(nonDaemon.isEmpty(), "non-daemon threads: " + nonDaemon);
    } finally {
      client.close();
    }
  }

  @Test
  void aProgramThatMadeOneAsyncCallAndNeverClosedItsClientExitsPromptly() throws Exception {
    server.enqueue(tag().build());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                AsyncWithoutCloseChild.class.getName(),
                server.url("/v1").toString())
            .redirectErrorStream(true)
            .start();
    try {
      // OkHttp's own dispatcher thread kept such a JVM alive for 60 s after main returned; a JVM
      // that starts, calls and exits takes a second or two, so 30 s cannot be confused with it.
      assertTrue(
          child.waitFor(30, TimeUnit.SECONDS),
          "the child JVM was still alive 30 s after its async call");
      String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, child.exitValue(), output);
      assertTrue(output.contains("retrieved tag_1"), output);
    } finally {
      child.destroyForcibly();
    }
  }
}
