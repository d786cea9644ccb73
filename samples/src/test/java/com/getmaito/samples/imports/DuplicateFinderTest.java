package com.getmaito.samples.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DuplicateFinderTest {
  @Test
  void reportsTheFirstRowOfARepeatedEmailIgnoringCaseAndSpaces() {
    DuplicateFinder f = new DuplicateFinder();
    assertEquals(-1, f.add("Ann@Example.com", 2));
    assertEquals(-1, f.add("bob@example.com", 3));
    assertEquals(2, f.add(" ann@example.COM ", 9));
    assertEquals(1, f.duplicates());
    assertFalse(f.full());
  }

  @Test
  void findsEveryRepeatAcrossGrowth() {
    DuplicateFinder f = new DuplicateFinder();
    for (int i = 0; i < 50_000; i++) {
      assertEquals(-1, f.add("user" + i + "@example.com", i + 2));
    }
    for (int i = 0; i < 50_000; i += 7) {
      assertEquals(i + 2, f.add("USER" + i + "@example.com", 100_000 + i));
    }
    assertEquals(7143, f.duplicates());
  }

  @Test
  void pastTheBoundStillChecksKnownEmailsAndSaysTheCountIsALowerBound() {
    DuplicateFinder f = new DuplicateFinder(2);
    f.add("a@x.io", 2);
    f.add("b@x.io", 3);
    assertEquals(-1, f.add("c@x.io", 4));
    assertEquals(-1, f.add("c@x.io", 5));
    assertEquals(2, f.add("a@x.io", 6));
    assertEquals(1, f.duplicates());
    assertTrue(f.full());
  }
}
