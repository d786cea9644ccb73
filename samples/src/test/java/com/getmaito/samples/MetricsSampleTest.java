package com.getmaito.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Metrics sample against the embedded emulator: Micrometer timed every attempt it made. */
class MetricsSampleTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  private Timer timer(String method, String uri, String status) {
    Timer t =
        registry
            .find("maito.client.requests")
            .tag("method", method)
            .tag("uri", uri)
            .tag("status", status)
            .timer();
    assertNotNull(t, method + " " + uri + " " + status + " in " + registry.getMetersAsString());
    return t;
  }

  @Test
  void everyAttemptIsTimedByRouteTemplateAndStatus() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        SampleRunner.run(
            "Metrics",
            c -> Metrics.run(c, registry),
            e -> {},
            Map.of(),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));

    assertEquals(1, timer("POST", "/newsletter/subscribers", "503").count(), "the injected 503");
    assertEquals(1, timer("POST", "/newsletter/subscribers", "201").count(), "its retry");
    assertEquals(1, timer("GET", "/newsletter/subscribers/{id}", "200").count());
    assertEquals(1, timer("GET", "/newsletter/subscribers/{id}", "404").count());
    assertEquals(1, timer("GET", "/newsletter/subscribers", "200").count());
    assertEquals(1, timer("DELETE", "/newsletter/subscribers/{id}", "200").count());
    assertEquals(
        "retry",
        registry
            .find("maito.client.requests")
            .tag("status", "201")
            .timer()
            .getId()
            .getTag("attempt"));
    assertTrue(
        registry.find("maito.client.requests").timers().stream()
            .noneMatch(t -> t.getId().getTag("uri").contains("sub_")),
        "no raw id in a tag");
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("/newsletter/subscribers/{id}"), printed);
  }
}
