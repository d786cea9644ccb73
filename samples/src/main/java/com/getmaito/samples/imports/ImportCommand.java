// Environment: MAITO_API_KEY (optional: without it the import runs against the embedded emulator),
// MAITO_BASE_URL (optional, default https://api.getmaito.com/v1).
package com.getmaito.samples.imports;

import com.getmaito.client.ImportFailure;
import com.getmaito.client.ImportReport;
import com.getmaito.client.ImportRow;
import com.getmaito.client.ImportStoppedException;
import com.getmaito.client.MaitoClient;
import com.getmaito.client.SubscriberImporter;
import com.getmaito.emulator.FaultPlan;
import com.getmaito.emulator.MaitoEmulator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code java -jar maito-samples.jar import FILE.csv [options]}: imports a CSV file of subscribers
 * through {@link SubscriberImporter}, with progress, a summary, a failures file beside the input
 * and an optional checkpoint to resume from. Exit status: 0 when every row ended created, duplicate
 * or invalid; 1 when some failed or were not attempted; 2 for usage and input errors; 3 when the
 * API stopped the run.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Imports subscribers from a CSV file (UTF-8; comma, semicolon or tab separated, found from"
          + " the header row; Mailchimp exports as they are).",
      "Runs against the API when MAITO_API_KEY is set (and MAITO_BASE_URL), otherwise against an"
          + " embedded emulator.",
      ""
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every row was created, a duplicate, or invalid (see the failures file)",
      "1:some rows failed or were not attempted (run again with --checkpoint to finish them)",
      "2:usage or input error (bad option, unreadable file, no email column, checkpoint of"
          + " another file)",
      "3:the API stopped the run (key refused, no permission, server unreachable)"
    })
public final class ImportCommand implements Callable<Integer> {
  static final int OK = 0;
  static final int INCOMPLETE = 1;
  static final int USAGE = 2;
  static final int STOPPED = 3;
  static final int BUG = 70;

  private static final Pattern RATE = Pattern.compile("(\\d+)/(\\d+)(ms|s|m|h)?");

  @Parameters(index = "0", paramLabel = "FILE.csv", description = "The CSV file to import.")
  Path file;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      defaultValue = "4",
      description = "Bulk calls in flight, 1 to 32 (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(
      names = "--checkpoint",
      paramLabel = "PATH",
      description =
          "Record progress in PATH; when PATH exists, resume the run it records (same file).")
  Path checkpoint;

  @Option(
      names = "--dry-run",
      description =
          "Read and check the whole file and report what an import would do; send nothing.")
  boolean dryRun;

  @Option(
      names = "--failures",
      paramLabel = "PATH",
      description =
          "Where to write the rows that were not created (default: FILE.failures.csv beside the"
              + " input; in a dry run, only when given).")
  Path failures;

  @Option(
      names = "--map",
      paramLabel = "COLUMN=field",
      description =
          "Feed COLUMN to field: email, firstName, lastName, tags, status, confirmed, source,"
              + " customFields.NAME, or - to ignore it. Repeatable.")
  List<String> maps = new ArrayList<>();

  @Option(
      names = "--delimiter",
      paramLabel = "CHAR",
      description =
          "The field delimiter: one character, or comma, semicolon, tab, pipe (default: a sep="
              + " first line, else detected from the header row).")
  String delimiter;

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      defaultValue = "100",
      description = "Rows per bulk call, 1 to 100 (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(
      names = "--opt-in-attestation",
      description = "Attest, with each batch, that every subscriber opted in.")
  boolean optInAttestation;

  @Option(
      names = "--emulator-rate",
      paramLabel = "N/WINDOW",
      description =
          "Emulator only: each key's budget, e.g. 120/60s (the default), 600/1m, 20/500ms.")
  String emulatorRate;

  @Option(
      names = "--emulator-faults",
      paramLabel = "P",
      description =
          "Emulator only: the probability of a fault per request, split evenly between 429s, 5xx"
              + " and dropped connections, e.g. 0.05.")
  Double emulatorFaults;

  @Option(
      names = "--emulator-seed",
      paramLabel = "N",
      description = "Emulator only: the seed of its ids and random faults (default: 42).")
  Long emulatorSeed;

  private final Map<String, String> env;
  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;
  private final LongSupplier nanoTime;
  private final CountDownLatch finished = new CountDownLatch(1);
  private volatile SubscriberImporter importer;
  private volatile boolean cancelRequested;
  private volatile java.util.function.Consumer<ImportFailure> failureObserver = f -> {};

  ImportCommand(
      Map<String, String> env,
      PrintStream out,
      PrintStream err,
      boolean terminal,
      LongSupplier nanoTime) {
    this.env = env;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
    this.nanoTime = nanoTime;
  }

  /** Runs the command with the process's environment and exits with its status. */
  public static void main(String[] args) {
    ImportCommand command =
        new ImportCommand(
            System.getenv(), System.out, System.err, System.console() != null, System::nanoTime);
    // Ctrl-C: stop reading, let batches in flight finish, write the checkpoint, print the summary.
    Runtime.getRuntime()
        .addShutdownHook(new Thread(command::cancelAndAwait, "maito-import-shutdown"));
    int status = command.execute(args);
    System.out.flush();
    System.exit(status);
  }

  /** Parses {@code args}, runs, and returns the exit status. */
  int execute(String... args) {
    CommandLine cl = new CommandLine(this);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.setParameterExceptionHandler(
        (e, a) -> {
          err.println("import: " + e.getMessage());
          err.println("Try 'import --help' for the options.");
          return USAGE;
        });
    cl.setExecutionExceptionHandler(
        (e, c, p) -> {
          err.println("import failed unexpectedly (a bug; please report it):");
          e.printStackTrace(err);
          return BUG;
        });
    try {
      return cl.execute(args);
    } finally {
      finished.countDown();
    }
  }

  /**
   * Stops the run in progress as Ctrl-C does, and waits (up to a minute) until its summary is
   * printed.
   */
  void cancelAndAwait() {
    cancel();
    try {
      finished.await(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Tests: also tell {@code observer} of each row that did not end created. */
  void observeFailures(java.util.function.Consumer<ImportFailure> observer) {
    this.failureObserver = observer;
  }

  /** Stops the run in progress (or the one about to start); returns at once. */
  void cancel() {
    cancelRequested = true;
    SubscriberImporter running = importer;
    if (running != null) {
      running.cancel();
    }
  }

  @Override
  public Integer call() {
    try {
      return run();
    } catch (InputException e) {
      err.println("import: " + e.getMessage());
      return USAGE;
    }
  }

  private int run() {
    if (concurrency < 1 || concurrency > 32) {
      throw new InputException("--concurrency must be 1 to 32 (was " + concurrency + ")");
    }
    if (batchSize < 1 || batchSize > 100) {
      throw new InputException("--batch-size must be 1 to 100 (was " + batchSize + ")");
    }
    Character sep;
    try {
      sep = delimiter == null ? null : CsvInput.parseDelimiter(delimiter);
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage());
    }
    try (CsvInput input = CsvInput.open(file, sep)) {
      ColumnMapping mapping = ColumnMapping.of(input.header(), maps);
      describe(input, mapping);
      return dryRun ? new DryRun(input, mapping, failures, out).run() : importFile(input, mapping);
    }
  }

  private void describe(CsvInput input, ColumnMapping mapping) {
    String how =
        input.delimiterDetected()
            ? "found from the header row"
            : input.hadSepLine() && delimiter == null ? "from the sep= line" : "as given";
    out.println(
        "Reading "
            + input.path()
            + ": "
            + CsvInput.describe(input.delimiter())
            + " separated ("
            + how
            + "), header on line "
            + input.headerLine()
            + (input.hadBom() ? ", UTF-8 with BOM" : ""));
    out.println("Columns: " + String.join(", ", mapping.describe()));
    if (!mapping.unmapped().isEmpty()) {
      err.println(
          "warning: not imported: "
              + String.join(", ", mapping.unmapped())
              + " (map with --map 'COLUMN=customFields.NAME', or silence with --map 'COLUMN=-')");
    }
  }

  private int importFile(CsvInput input, ColumnMapping mapping) {
    Path failuresPath = failures != null ? failures : FailuresFile.besideInput(file);
    boolean resuming = checkpoint != null && nonEmpty(checkpoint);
    MaitoEmulator emulator = null;
    MaitoClient client = null;
    try {
      String key = env.get(MaitoClient.ENV_API_KEY);
      MaitoClient.Builder builder;
      if (key != null && !key.isBlank()) {
        if (emulatorRate != null || emulatorFaults != null || emulatorSeed != null) {
          err.println("warning: MAITO_API_KEY is set, so the --emulator-* options are ignored");
        }
        try {
          builder = MaitoClient.builder().fromEnv(env);
        } catch (IllegalArgumentException | IllegalStateException e) {
          throw new InputException(e.getMessage());
        }
      } else {
        emulator = startEmulator();
        out.println(
            "No MAITO_API_KEY set: importing into the embedded emulator at "
                + emulator.baseUrl()
                + " (its data is gone when the command ends)");
        builder = MaitoClient.builder().apiKey(emulator.bootstrapKey()).baseUrl(emulator.baseUrl());
      }
      try {
        // A batch job is patient: more retries than an interactive call would want.
        client = builder.maxRetries(6).build();
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new InputException(e.getMessage()); // a public or malformed key, a bad base URL
      }
      if (resuming) {
        out.println("Resuming from the checkpoint " + checkpoint);
      }
      return runImport(client, input, mapping, failuresPath, resuming);
    } finally {
      if (client != null) {
        client.close();
      }
      if (emulator != null) {
        emulator.close();
      }
    }
  }

  private int runImport(
      MaitoClient client,
      CsvInput input,
      ColumnMapping mapping,
      Path failuresPath,
      boolean resuming) {
    PreviousFailures previous = resuming ? PreviousFailures.of(failuresPath) : null;
    RowMapper mapper = new RowMapper(mapping);
    ProgressDisplay display =
        terminal
            ? new BarProgress("Import")
            : new PlainProgress(out, nanoTime, Duration.ofSeconds(5));
    Thread counter = countRowsInBackground(display, input.delimiter());
    FailuresFile failuresFile = FailuresFile.forInput(failuresPath, mapping, input);
    SubscriberImporter imp =
        client
            .subscribers()
            .importer()
            .concurrency(concurrency)
            .batchSize(batchSize)
            .optInAttestation(optInAttestation)
            .checkpoint(checkpoint)
            .onProgress(display::update)
            .onFailure(
                f -> {
                  if (previous != null) {
                    previous.moveAside();
                  }
                  failuresFile.write(
                      fields(f), f.rowNumber(), f.outcome().name(), f.code(), f.message());
                  if (previous != null) {
                    previous.reported(f.rowNumber());
                  }
                  failureObserver.accept(f);
                });
    importer = imp;
    if (cancelRequested) {
      imp.cancel();
    }
    Iterator<SourceRow> rows = input.rows();
    AtomicReference<InputException> readError = new AtomicReference<>();
    Iterator<ImportRow> importRows =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            if (readError.get() != null) {
              return false;
            }
            try {
              return rows.hasNext();
            } catch (InputException e) {
              // Stop as a cancel does: the rows read since the last full batch stay not attempted
              // (not sent as a short batch), so a resume of the fixed file finds the same batches.
              readError.set(e);
              imp.cancel();
              return false;
            }
          }

          @Override
          public ImportRow next() {
            RowMapper.MappedRow r = mapper.map(rows.next());
            return r.valid()
                ? ImportRow.of(r.line(), r.params(), r.source())
                : ImportRow.invalid(r.line(), r.email(), r.reason(), r.source());
          }
        };
    ImportReport report;
    String stopped = null;
    try {
      report = imp.runRows(importRows);
    } catch (ImportStoppedException e) {
      report = e.report();
      stopped = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
    } catch (IllegalStateException e) {
      throw new InputException(e.getMessage()); // a checkpoint of another input
    } catch (UncheckedIOException e) {
      throw new InputException(e.getMessage()); // the checkpoint or failures file
    } finally {
      counter.interrupt();
      display.close();
      importer = null;
    }
    long carried = 0;
    try {
      if (previous != null) {
        carried = previous.mergeInto(failuresFile, mapping.width());
      }
    } catch (RuntimeException e) {
      err.println("import: cannot carry over the earlier failures file: " + e.getMessage());
    }
    try {
      failuresFile.close();
      if (failuresFile.written() == 0) {
        failuresFile.removeStale();
      }
    } catch (IOException | UncheckedIOException e) {
      err.println("import: cannot write " + failuresPath + ": " + e.getMessage());
    }
    InputException unreadable = readError.get();
    out.println();
    out.println(
        (stopped != null || unreadable != null
                ? "Stopped"
                : cancelRequested ? "Cancelled" : "Finished")
            + ": "
            + file);
    out.print(Summary.of(report));
    if (failuresFile.written() > 0) {
      out.println(
          "Rows not created: "
              + ProgressDisplay.count(failuresFile.written())
              + " in "
              + failuresPath
              + (carried > 0
                  ? " (" + ProgressDisplay.count(carried) + " from the earlier run)"
                  : "")
              + "; fix them and import that file as it is");
    }
    if (unreadable != null) {
      err.println("import: " + unreadable.getMessage());
      err.println(
          checkpoint != null
              ? "The rows before it were imported; fix the file, then run the same command again"
                  + " to resume."
              : "The rows before it were imported; fix the file and import it again (use"
                  + " --checkpoint PATH to resume instead).");
      return USAGE;
    }
    if (stopped != null) {
      err.println("import: the API stopped the import: " + stopped);
      if (checkpoint != null) {
        err.println("Fix the cause, then run the same command again to resume.");
      }
      return STOPPED;
    }
    if (report.isComplete()) {
      return OK;
    }
    out.println(
        checkpoint != null
            ? "Run the same command again to resume the rows not attempted."
            : "Use --checkpoint PATH to make a run resumable.");
    return INCOMPLETE;
  }

  private static List<String> fields(ImportFailure f) {
    return f.context() instanceof SourceRow ? ((SourceRow) f.context()).fields() : null;
  }

  /** Counts the file's rows on a daemon thread, for the progress total and ETA. */
  private Thread countRowsInBackground(ProgressDisplay display, Character sep) {
    Thread t =
        new Thread(
            () -> {
              try {
                display.total(CsvInput.countRows(file, sep));
              } catch (RuntimeException e) {
                // No total: the display shows counts and rate without an ETA.
              }
            },
            "maito-import-count");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private MaitoEmulator startEmulator() {
    MaitoEmulator.Builder b = MaitoEmulator.builder();
    if (emulatorRate != null) {
      Matcher m = RATE.matcher(emulatorRate.trim());
      if (!m.matches()) {
        throw new InputException(
            "--emulator-rate takes REQUESTS/WINDOW, e.g. 120/60s or 600/1m: '"
                + emulatorRate
                + "'");
      }
      long amount = Long.parseLong(m.group(2));
      String unit = m.group(3) == null ? "s" : m.group(3);
      Duration window =
          unit.equals("ms")
              ? Duration.ofMillis(amount)
              : unit.equals("m")
                  ? Duration.ofMinutes(amount)
                  : unit.equals("h") ? Duration.ofHours(amount) : Duration.ofSeconds(amount);
      try {
        b.rateLimit(Integer.parseInt(m.group(1)), window);
      } catch (IllegalArgumentException e) {
        throw new InputException("--emulator-rate: " + e.getMessage());
      }
    }
    if (emulatorFaults != null && (emulatorFaults < 0 || emulatorFaults > 1)) {
      throw new InputException("--emulator-faults must be 0 to 1 (was " + emulatorFaults + ")");
    }
    if (emulatorSeed != null) {
      b.seed(emulatorSeed);
    }
    MaitoEmulator emulator = b.start();
    if (emulatorFaults != null && emulatorFaults > 0) {
      double each = emulatorFaults / 3;
      emulator
          .faults()
          .random(FaultPlan.builder().rate429(each).rate5xx(each).disconnectRate(each).build());
    }
    return emulator;
  }

  private static boolean nonEmpty(Path p) {
    try {
      return Files.isRegularFile(p) && Files.size(p) > 0;
    } catch (IOException e) {
      return false;
    }
  }
}
