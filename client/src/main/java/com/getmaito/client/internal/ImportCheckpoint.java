package com.getmaito.client.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The importer's resume file: an append-only log, one line a record, written with one {@code write}
 * each so a killed process leaves whole lines (a torn last line is ignored on reading).
 *
 * <pre>
 * maito-import-checkpoint 1 &lt;runId&gt; &lt;batchSize&gt;
 * B &lt;seq&gt; &lt;firstRow&gt; &lt;lastRow&gt; &lt;fingerprint&gt;       (before batch seq is sent)
 * D &lt;seq&gt; &lt;fingerprint&gt; &lt;rows&gt;                      (after it has an outcome for every row)
 * </pre>
 *
 * The header is forced to disk when the file is created; each batch's idempotency key derives from
 * the run id and the batch's number, so a re-sent batch replays on the server even if its {@code B}
 * line was lost with the page cache.
 */
public final class ImportCheckpoint implements AutoCloseable {
  private static final String MAGIC = "maito-import-checkpoint";
  private static final int VERSION = 1;

  private final Path file;
  private final String runId;
  private final FileChannel channel;
  private final Map<Long, String> begun = new HashMap<>();
  private final Map<Long, Long> finishedRows = new HashMap<>();
  private final Map<Long, String> finishedPrints = new HashMap<>();

  private ImportCheckpoint(Path file, String runId, FileChannel channel) {
    this.file = file;
    this.runId = runId;
    this.channel = channel;
  }

  /**
   * Opens {@code file}, resuming the run it records, or starts a new one when the file does not
   * exist or is empty. The file stays locked until {@link #close()}, so a second run (in this or
   * another process) cannot write it at the same time. A torn last line, left by a process killed
   * while writing it, is cut off.
   *
   * @throws IllegalStateException when the file is not a checkpoint, was written with another batch
   *     size, or is in use by another run
   * @throws UncheckedIOException when the file cannot be read or written
   */
  public static ImportCheckpoint open(Path file, int batchSize) {
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      lock(channel, file);
      ImportCheckpoint checkpoint = read(file, batchSize, channel);
      channel = null;
      return checkpoint;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not open the checkpoint " + file, e);
    } finally {
      if (channel != null) {
        try {
          channel.close();
        } catch (IOException e) {
          // Already failing: the first error is the one to report.
        }
      }
    }
  }

  private static void lock(FileChannel channel, Path file) throws IOException {
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // held by another run in this JVM
    }
    if (lock == null) {
      throw new IllegalStateException(
          "The checkpoint "
              + file
              + " is in use by another import: wait for it to end, or use another checkpoint file");
    }
  }

  private static ImportCheckpoint read(Path file, int batchSize, FileChannel channel)
      throws IOException {
    long size = channel.size();
    if (size > Integer.MAX_VALUE - 16) {
      throw new IllegalStateException("The checkpoint " + file + " is too large to be one");
    }
    ByteBuffer all = ByteBuffer.allocate((int) size);
    while (all.hasRemaining() && channel.read(all, all.position()) >= 0) {
      // read until full
    }
    byte[] bytes = all.array();
    int complete = bytes.length;
    while (complete > 0 && bytes[complete - 1] != '\n') {
      complete--; // a torn last line: that record did not happen
    }
    if (complete == 0) {
      // Empty, or a header torn by a kill before the first batch was sent: start afresh. Anything
      // else without a line break is not ours to overwrite.
      String partial = new String(bytes, StandardCharsets.UTF_8);
      if (!MAGIC.startsWith(partial) && !partial.startsWith(MAGIC + " ")) {
        throw notACheckpoint(file);
      }
      return create(file, batchSize, channel);
    }
    String text = new String(bytes, 0, complete, StandardCharsets.UTF_8);
    List<String> lines = text.lines().collect(Collectors.toList());
    String[] header = lines.get(0).split(" ");
    if (header.length != 4 || !header[0].equals(MAGIC) || !header[1].equals("" + VERSION)) {
      throw notACheckpoint(file);
    }
    if (!header[3].equals("" + batchSize)) {
      throw new IllegalStateException(
          "The checkpoint "
              + file
              + " was written with batch size "
              + header[3]
              + ", this run uses "
              + batchSize
              + ": resume with the same batch size");
    }
    if (complete < bytes.length) {
      channel.truncate(complete);
    }
    channel.position(complete);
    ImportCheckpoint checkpoint = new ImportCheckpoint(file, header[2], channel);
    for (String line : lines.subList(1, lines.size())) {
      checkpoint.replay(line);
    }
    return checkpoint;
  }

  private static IllegalStateException notACheckpoint(Path file) {
    return new IllegalStateException(
        "The checkpoint " + file + " is not an import checkpoint (its first line is wrong)");
  }

  private static ImportCheckpoint create(Path file, int batchSize, FileChannel channel)
      throws IOException {
    String runId = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    channel.truncate(0);
    channel.position(0);
    ImportCheckpoint checkpoint = new ImportCheckpoint(file, runId, channel);
    checkpoint.append(MAGIC + " " + VERSION + " " + runId + " " + batchSize);
    channel.force(true);
    return checkpoint;
  }

  /** Reads one record; a torn or unknown line (the last one after a kill) is skipped. */
  private void replay(String line) {
    String[] f = line.split(" ");
    try {
      if (f.length == 5 && f[0].equals("B") && isFingerprint(f[4])) {
        begun.put(Long.parseLong(f[1]), f[4]);
      } else if (f.length == 4 && f[0].equals("D") && isFingerprint(f[2])) {
        long seq = Long.parseLong(f[1]);
        finishedPrints.put(seq, f[2]);
        finishedRows.put(seq, Long.parseLong(f[3]));
      }
    } catch (NumberFormatException torn) {
      // A partly written last line: that record did not happen.
    }
  }

  private static boolean isFingerprint(String s) {
    return s.length() == 32 && s.chars().allMatch(c -> Character.digit(c, 16) >= 0);
  }

  /** The run's id: the stem of every batch's idempotency key. */
  public String runId() {
    return runId;
  }

  /** The idempotency key of batch {@code seq}, the same in every run of this checkpoint. */
  public String key(long seq) {
    return "maito-import-" + runId + "-" + seq;
  }

  /**
   * The rows batch {@code seq} held when an earlier run finished it, or null when it did not.
   *
   * @throws IllegalStateException when the earlier run's batch {@code seq} held other rows
   */
  public @Nullable Long finished(long seq, String fingerprint, long firstRow) {
    String before = finishedPrints.get(seq);
    if (before == null) {
      before = begun.get(seq);
      if (before != null && !before.equals(fingerprint)) {
        throw differentInput(seq, firstRow);
      }
      return null;
    }
    if (!before.equals(fingerprint)) {
      throw differentInput(seq, firstRow);
    }
    return finishedRows.get(seq);
  }

  private IllegalStateException differentInput(long seq, long firstRow) {
    return new IllegalStateException(
        "The checkpoint "
            + file
            + " was written for a different input: the batch starting at row "
            + firstRow
            + " (batch "
            + seq
            + ") holds other rows than before. Use a new checkpoint file for this input");
  }

  /** Records that batch {@code seq} is about to be sent. */
  public void begin(long seq, long firstRow, long lastRow, String fingerprint) {
    append("B " + seq + " " + firstRow + " " + lastRow + " " + fingerprint);
  }

  /** Records that every row of batch {@code seq} has an outcome. */
  public void finish(long seq, String fingerprint, long rows) {
    append("D " + seq + " " + fingerprint + " " + rows);
  }

  private synchronized void append(String record) {
    ByteBuffer bytes = ByteBuffer.wrap((record + "\n").getBytes(StandardCharsets.UTF_8));
    try {
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the checkpoint " + file, e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      channel.force(true);
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not close the checkpoint " + file, e);
    }
  }
}
