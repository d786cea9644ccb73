package com.getmaito.client.flows;

import com.getmaito.client.ImportProgress;
import com.getmaito.client.ImportReport;
import com.getmaito.client.MaitoClient;
import com.getmaito.client.model.SubscriberCreateParams;
import java.nio.file.Path;
import java.util.stream.IntStream;

/**
 * An import in a process of its own, for {@link ImporterKillTest} to kill: {@code baseUrl key
 * checkpoint rows}.
 */
public final class ImportChild {
  private ImportChild() {}

  public static void main(String[] args) {
    int rows = Integer.parseInt(args[3]);
    try (MaitoClient client = MaitoClient.builder().apiKey(args[1]).baseUrl(args[0]).build()) {
      ImportReport report =
          client
              .subscribers()
              .importer()
              .concurrency(4)
              .checkpoint(Path.of(args[2]))
              .onProgress(ImportChild::report)
              .run(IntStream.rangeClosed(1, rows).mapToObj(ImportChild::row));
      System.out.println("finished " + report);
    }
  }

  /** Tells the test how far this run got, at once (stdout to a pipe is not line-flushed). */
  private static void report(ImportProgress p) {
    System.out.println("created " + p.created());
    System.out.flush();
  }

  static SubscriberCreateParams row(int i) {
    return SubscriberCreateParams.builder().email("kill" + i + "@example.com").build();
  }
}
