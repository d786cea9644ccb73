package com.getmaito.samples.imports;

import java.util.Locale;

/**
 * Finds emails that repeat within the input, for the dry run, in bounded memory: it keeps a 64-bit
 * hash and the first row of each distinct email (16 bytes a slot, at most {@link #MAX_DISTINCT}
 * distinct emails, 32 MB at the bound). Past the bound it stops remembering new emails but still
 * checks every row against those it holds, and says the count is a lower bound. Two different
 * emails share a hash with a probability of about n²/2⁶⁵ (under 10⁻⁷ for a million emails). Emails
 * compare ignoring case and surrounding spaces.
 */
final class DuplicateFinder {
  static final int MAX_DISTINCT = 1_000_000;

  private final int maxDistinct;
  private long[] hashes = new long[1 << 12];
  private long[] firstRows = new long[1 << 12];
  private int size;
  private boolean full;
  private long duplicates;

  DuplicateFinder() {
    this(MAX_DISTINCT);
  }

  DuplicateFinder(int maxDistinct) {
    this.maxDistinct = maxDistinct;
  }

  /**
   * Records {@code email} seen on {@code row}.
   *
   * @return the row it was first seen on, or -1 when it is new (or unknown past the bound)
   */
  long add(String email, long row) {
    long h = hash(email.trim().toLowerCase(Locale.ROOT));
    if (h == 0) {
      h = 1; // 0 marks an empty slot
    }
    int mask = hashes.length - 1;
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (hashes[i] != 0) {
      if (hashes[i] == h) {
        duplicates++;
        return firstRows[i];
      }
      i = (i + 1) & mask;
    }
    if (size >= maxDistinct) {
      full = true;
      return -1;
    }
    hashes[i] = h;
    firstRows[i] = row;
    size++;
    if (size * 2 > hashes.length) {
      grow();
    }
    return -1;
  }

  /** Rows whose email appeared on an earlier row. */
  long duplicates() {
    return duplicates;
  }

  /** Whether the bound was reached, so {@link #duplicates()} is a lower bound. */
  boolean full() {
    return full;
  }

  private void grow() {
    long[] oldHashes = hashes;
    long[] oldRows = firstRows;
    hashes = new long[oldHashes.length * 2];
    firstRows = new long[oldHashes.length * 2];
    int mask = hashes.length - 1;
    for (int j = 0; j < oldHashes.length; j++) {
      long h = oldHashes[j];
      if (h != 0) {
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (hashes[i] != 0) {
          i = (i + 1) & mask;
        }
        hashes[i] = h;
        firstRows[i] = oldRows[j];
      }
    }
  }

  /** FNV-1a over the chars, then a murmur3 finaliser to spread the bits. */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
