package com.getmaito.client;

import com.getmaito.client.model.SubscriberCreateParams;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A run of consecutive input rows sent as one bulk call: up to {@code batchSize} rows to create,
 * plus the invalid rows read among them (accounted with the batch, never sent). Its fingerprint (a
 * hash of the rows' numbers and bodies) lets a resumed run check that the input is the same; it is
 * computed only when asked for (a run with a checkpoint), since it costs more than the rest of the
 * importer's bookkeeping together.
 */
final class ImportBatch {
  /** Invalid rows also count toward this, so a long stretch of them cannot grow a batch forever. */
  static final int MAX_ROWS = 1_000;

  final long seq;
  final List<ImportRow> rows;
  final List<ImportRow> toCreate;
  private @Nullable String fingerprint;

  private ImportBatch(long seq, List<ImportRow> rows, List<ImportRow> toCreate) {
    this.seq = seq;
    this.rows = rows;
    this.toCreate = toCreate;
  }

  /**
   * The hash of the rows' numbers and bodies, computed on first use. The reading thread asks first
   * (before the batch is handed to a worker, which publishes it).
   */
  String fingerprint() {
    String f = fingerprint;
    if (f == null) {
      f = fingerprint(rows);
      fingerprint = f;
    }
    return f;
  }

  long firstRow() {
    return rows.get(0).rowNumber();
  }

  long lastRow() {
    return rows.get(rows.size() - 1).rowNumber();
  }

  List<SubscriberCreateParams> params(List<ImportRow> part) {
    List<SubscriberCreateParams> params = new ArrayList<>(part.size());
    for (ImportRow row : part) {
      params.add(row.params());
    }
    return params;
  }

  private static String fingerprint(List<ImportRow> rows) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
    for (ImportRow row : rows) {
      SubscriberCreateParams p = row.params();
      String text =
          row.rowNumber() + (p != null ? "+" + p.body() : "!" + row.invalidReason()) + "\n";
      sha.update(text.getBytes(StandardCharsets.UTF_8));
    }
    byte[] digest = sha.digest();
    StringBuilder hex = new StringBuilder(32);
    for (int i = 0; i < 16; i++) {
      hex.append(Character.forDigit((digest[i] >> 4) & 0xf, 16))
          .append(Character.forDigit(digest[i] & 0xf, 16));
    }
    return hex.toString();
  }

  /** Collects rows until the batch is full. */
  static final class Builder {
    private final int batchSize;
    private List<ImportRow> rows;
    private List<ImportRow> toCreate;

    Builder(int batchSize) {
      this.batchSize = batchSize;
      this.rows = new ArrayList<>(batchSize);
      this.toCreate = new ArrayList<>(batchSize);
    }

    /** Adds a row; true when the batch is now full. */
    boolean add(ImportRow row) {
      rows.add(row);
      if (row.params() != null) {
        toCreate.add(row);
      }
      return toCreate.size() >= batchSize || rows.size() >= MAX_ROWS;
    }

    boolean isEmpty() {
      return rows.isEmpty();
    }

    List<ImportRow> rows() {
      return rows;
    }

    ImportBatch seal(long seq) {
      ImportBatch batch = new ImportBatch(seq, rows, toCreate);
      rows = new ArrayList<>(batchSize);
      toCreate = new ArrayList<>(batchSize);
      return batch;
    }
  }
}
