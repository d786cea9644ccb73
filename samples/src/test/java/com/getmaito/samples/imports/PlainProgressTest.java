package com.getmaito.samples.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.getmaito.client.ImportProgress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PlainProgressTest {
  private static ImportProgress snapshot(long created, long seconds) {
    return new ImportProgress(
        created + 20, created, 5, 3, 2, 0, Duration.ofSeconds(seconds), 100.0);
  }

  @Test
  void printsAtMostOneLineEveryIntervalAndNoneBeforeTheFirst() {
    AtomicLong now = new AtomicLong();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    PlainProgress p = new PlainProgress(out, now::get, Duration.ofSeconds(5));
    p.total(3000);
    p.update(snapshot(100, 1));
    now.set(Duration.ofMillis(4_999).toNanos());
    p.update(snapshot(400, 4));
    now.set(Duration.ofSeconds(5).toNanos());
    p.update(snapshot(490, 5));
    now.set(Duration.ofSeconds(9).toNanos());
    p.update(snapshot(890, 9));
    now.set(Duration.ofSeconds(10).toNanos());
    p.update(snapshot(990, 10));
    assertEquals(
        "500 of 3,000 rows (16%): 490 created, 5 duplicates, 3 invalid, 2 failed; 100 rows/s,"
            + " 0:05 elapsed, ETA 0:25\n"
            + "1,000 of 3,000 rows (33%): 990 created, 5 duplicates, 3 invalid, 2 failed; 100"
            + " rows/s, 0:10 elapsed, ETA 0:20\n",
        bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
  }

  @Test
  void leavesOutTheTotalAndEtaUntilTheRowsAreCounted() {
    assertEquals(
        "10 rows: 0 created, 5 duplicates, 3 invalid, 2 failed; 100 rows/s, 1:01:01 elapsed",
        PlainProgress.line(snapshot(0, 3661), -1));
  }
}
