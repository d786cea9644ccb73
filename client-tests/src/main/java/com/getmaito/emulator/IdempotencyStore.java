package com.getmaito.emulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import mockwebserver3.RecordedRequest;
import okio.ByteString;

/**
 * The answers to POSTs sent with an {@code Idempotency-Key}, per API key, for 24 hours: the same
 * key and body replay the stored answer, the same key with another body is 422. Records are kept in
 * creation order, so expiry and eviction take the oldest first. The store holds at most {@link
 * #MAX_RECORDS} records and {@code budgetBytes} bytes, counting each record's reply body plus
 * {@link #RECORD_OVERHEAD} bytes. Guarded by the store's lock.
 */
final class IdempotencyStore {
  private static final Duration TTL = Duration.ofHours(24);
  static final int MAX_RECORDS = 100_000;

  /** What a record costs beside its body: key, fingerprint, map entry and object headers. */
  static final int RECORD_OVERHEAD = 200;

  /** The default byte budget: 64 MiB. */
  static final long DEFAULT_BUDGET_BYTES = 64L << 20;

  private final LinkedHashMap<String, IdempotencyRecord> records = new LinkedHashMap<>();
  private final long budgetBytes;
  private long bytes;

  IdempotencyStore(long budgetBytes) {
    this.budgetBytes = budgetBytes;
  }

  /** A stored answer. */
  static final class IdempotencyRecord {
    final byte[] fingerprint;
    final int status;
    final byte[] body;
    final Instant createdAt;

    IdempotencyRecord(byte[] fingerprint, int status, byte[] body, Instant createdAt) {
      this.fingerprint = fingerprint;
      this.status = status;
      this.body = body;
      this.createdAt = createdAt;
    }
  }

  /**
   * Returns the stored answer to replay for this key and request, or null if there is none.
   *
   * @throws ApiError 400 for a key that is not 1 to 255 characters; 422 for a key already used with
   *     another request
   */
  IdempotencyRecord find(String keyId, String idempotencyKey, byte[] fingerprint, Instant now) {
    if (idempotencyKey.isEmpty() || idempotencyKey.length() > 255) {
      throw ApiError.validation("Idempotency-Key", "must be 1 to 255 characters");
    }
    expire(now);
    IdempotencyRecord record = records.get(recordKey(keyId, idempotencyKey));
    if (record == null || !now.isBefore(record.createdAt.plus(TTL))) {
      return null;
    }
    if (!Arrays.equals(record.fingerprint, fingerprint)) {
      throw new ApiError(
          422,
          "IDEMPOTENCY_KEY_REUSED",
          "This Idempotency-Key was already used with a different request.");
    }
    return record;
  }

  /** Stores the answer to a keyed request, unless it is a 5xx (which a retry may fix). */
  void remember(String keyId, String idempotencyKey, byte[] fingerprint, Reply reply, Instant now) {
    if (reply.status >= 500) {
      return;
    }
    String recordKey = recordKey(keyId, idempotencyKey);
    IdempotencyRecord old = records.remove(recordKey);
    if (old != null) {
      bytes -= cost(old);
    }
    IdempotencyRecord record = new IdempotencyRecord(fingerprint, reply.status, reply.body, now);
    records.put(recordKey, record);
    bytes += cost(record);
    Iterator<IdempotencyRecord> eldest = records.values().iterator();
    while (records.size() > MAX_RECORDS || bytes > budgetBytes) {
      bytes -= cost(eldest.next()); // The newest goes too when it alone is over the budget.
      eldest.remove();
    }
  }

  void clear() {
    records.clear();
    bytes = 0;
  }

  /** The bytes the records hold, as the budget counts them. */
  long bytes() {
    return bytes;
  }

  private static long cost(IdempotencyRecord record) {
    return record.body.length + RECORD_OVERHEAD;
  }

  private void expire(Instant now) {
    Iterator<IdempotencyRecord> it = records.values().iterator();
    while (it.hasNext()) {
      IdempotencyRecord record = it.next();
      if (now.isBefore(record.createdAt.plus(TTL))) {
        break; // Records are in creation order.
      }
      bytes -= cost(record);
      it.remove();
    }
  }

  private static String recordKey(String keyId, String idempotencyKey) {
    return keyId + '\u0000' + idempotencyKey;
  }

  /**
   * The request's fingerprint: method, path and the body as canonical JSON (key order and
   * whitespace do not matter). A pure function of the request, so it is computed outside the lock.
   */
  static byte[] fingerprint(RecordedRequest request) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(
          (request.getMethod() + ' ' + request.getUrl().encodedPath() + '\n')
              .getBytes(StandardCharsets.UTF_8));
      ByteString body = request.getBody();
      if (body != null) {
        digest.update(Json.canonical(body.toByteArray()));
      }
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
