package com.getmaito.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.ImportReport;
import com.getmaito.client.MaitoClient;
import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.emulator.MaitoEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's importer example, run against the emulator. */
class ImporterExampleTest {
  @Test
  void readmeImporterExampleImportsEveryRowOnce() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    Files.deleteIfExists(Path.of("import.ckpt"));
    Stream<SubscriberCreateParams> rows =
        IntStream.rangeClosed(1, 450)
            .mapToObj(
                i ->
                    SubscriberCreateParams.builder()
                        .email("reader" + (i % 300) + "@example.com")
                        .build());
    try (MaitoEmulator emulator = MaitoEmulator.start();
        MaitoClient client =
            MaitoClient.builder()
                .apiKey(emulator.bootstrapKey())
                .baseUrl(emulator.baseUrl())
                .build()) {
      // README:importer
      // Given: MaitoClient client, Stream<SubscriberCreateParams> rows, PrintStream out
      ImportReport report =
          client
              .subscribers()
              .importer()
              .concurrency(4)
              .onProgress(
                  p -> out.println(p.rowsRead() + " rows read, " + p.created() + " created"))
              .onFailure(
                  f -> out.println("row " + f.rowNumber() + " " + f.outcome() + ": " + f.message()))
              .checkpoint(Path.of("import.ckpt")) // resumes a killed run; delete when done
              .run(rows);
      out.println(report.created() + " created, " + report.duplicates() + " duplicates");
      // README:end
      assertEquals(300, emulator.storedSubscribers().size());
    } finally {
      Files.deleteIfExists(Path.of("import.ckpt"));
    }
    String text = printed.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("300 created, 150 duplicates"), text);
    assertTrue(text.contains("row 301 DUPLICATE"), text);
  }
}
