package com.getmaito.emulator;

import java.util.Collection;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Rows by creation sequence number, with the rank of a row and the row at a rank in O(log n): a
 * sorted map for order, beside a Fenwick tree that counts the rows present at each position {@code
 * seq - base}. So a page at any cursor and offset is found without walking the rows before it, and
 * the count is kept, not computed. Not thread-safe (guarded by the store's lock).
 *
 * <p>Memory: one {@code int} per sequence number between the oldest live row and the newest, so a
 * store whose rows are deleted keeps little; emptying it (or a reset) starts over.
 */
final class OrderedIndex<T> {
  private static final int INITIAL_CAPACITY = 1 << 10;

  private final TreeMap<Long, T> rows = new TreeMap<>();
  private long base; // The sequence number at position 1.
  private int[] tree = new int[INITIAL_CAPACITY]; // 1-based; tree.length is a power of two.

  int size() {
    return rows.size();
  }

  Collection<T> values() {
    return rows.values();
  }

  /** The rows from {@code seq} on, in order ({@code seq} included). */
  NavigableMap<Long, T> from(long seq) {
    return rows.tailMap(seq, true);
  }

  void put(long seq, T row) {
    if (rows.isEmpty()) {
      base = seq;
    }
    if (rows.put(seq, row) != null) {
      return; // Replaced: already counted.
    }
    if (seq < base || seq - base + 1 >= tree.length) {
      rebuild();
    } else {
      add((int) (seq - base + 1), 1);
    }
  }

  void remove(long seq) {
    if (rows.remove(seq) == null) {
      return;
    }
    if (rows.isEmpty()) {
      clear();
    } else {
      add((int) (seq - base + 1), -1);
    }
  }

  void clear() {
    rows.clear();
    tree = new int[INITIAL_CAPACITY];
    base = 0;
  }

  /** How many rows have a sequence number of at most {@code seq}. */
  long rank(long seq) {
    if (rows.isEmpty() || seq < base) {
      return 0;
    }
    long position = seq - base + 1;
    if (position >= tree.length) {
      return rows.size();
    }
    int sum = 0;
    for (int i = (int) position; i > 0; i -= i & -i) {
      sum += tree[i];
    }
    return sum;
  }

  /** The sequence number of the row at {@code rank} (0 is the oldest), or null past the last. */
  Long select(long rank) {
    if (rank < 0 || rank >= rows.size()) {
      return null;
    }
    int position = 0;
    long remaining = rank + 1;
    for (int step = tree.length >>> 1; step > 0; step >>>= 1) {
      int next = position + step;
      if (next < tree.length && tree[next] < remaining) {
        position = next;
        remaining -= tree[next];
      }
    }
    return base + position; // The row sits at position + 1, that is seq base + position.
  }

  private void add(int position, int delta) {
    for (int i = position; i < tree.length; i += i & -i) {
      tree[i] += delta;
    }
  }

  /** Re-bases on the oldest row and sizes the tree to twice the span of live rows. */
  private void rebuild() {
    base = rows.firstKey();
    long span = rows.lastKey() - base + 1;
    long capacity = Math.max(INITIAL_CAPACITY, Long.highestOneBit(span * 2) << 1);
    if (capacity > 1 << 30) {
      throw new IllegalStateException("the index spans too many sequence numbers: " + span);
    }
    tree = new int[(int) capacity];
    for (long seq : rows.keySet()) {
      add((int) (seq - base + 1), 1);
    }
  }
}
