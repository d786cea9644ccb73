package com.getmaito.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class OrderedIndexTest {
  @Test
  void rankAndSelectAgreeWithASortedListThroughInsertsDeletesAndGrowth() {
    OrderedIndex<String> index = new OrderedIndex<>();
    TreeMap<Long, String> reference = new TreeMap<>();
    Random random = new Random(7);
    long seq = 100;
    for (int round = 0; round < 20_000; round++) {
      if (reference.isEmpty() || random.nextInt(10) < 7) {
        seq += 1 + random.nextInt(3);
        index.put(seq, "r" + seq);
        reference.put(seq, "r" + seq);
      } else {
        List<Long> keys = new ArrayList<>(reference.keySet());
        long victim = keys.get(random.nextInt(keys.size()));
        index.remove(victim);
        reference.remove(victim);
      }
      if (round % 97 == 0) {
        assertSame(reference, index, seq);
      }
    }
    assertSame(reference, index, seq);
    index.clear();
    assertEquals(0, index.size());
    assertNull(index.select(0));
    index.put(5, "again");
    assertEquals(5L, index.select(0));
    assertEquals(1, index.rank(5));
  }

  private static void assertSame(
      TreeMap<Long, String> reference, OrderedIndex<String> index, long max) {
    assertEquals(reference.size(), index.size());
    List<Long> keys = new ArrayList<>(reference.keySet());
    for (int rank = 0; rank < keys.size(); rank += 1 + keys.size() / 50) {
      assertEquals(keys.get(rank), index.select(rank), "select " + rank);
      assertEquals(rank + 1, index.rank(keys.get(rank)), "rank of " + keys.get(rank));
      assertEquals(rank, index.rank(keys.get(rank) - 1), "rank just before " + keys.get(rank));
    }
    assertNull(index.select(keys.size()));
    assertEquals(keys.size(), index.rank(max + 1_000_000));
    assertEquals(0, index.rank(0));
  }
}
