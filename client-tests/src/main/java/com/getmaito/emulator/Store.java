package com.getmaito.emulator;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The emulator's stored state and its one lock. Every field below {@link #lock} is guarded by it:
 * the engine takes it once per request (so a request, idempotency included, is atomic), and the
 * facade's snapshots and reset take it too. The lock is reentrant ({@code synchronized}).
 */
final class Store {
  final Object lock = new Object();

  private final Clock clock;
  // Everything below is guarded by lock.
  private final Random random;
  private long nextSeq = 1;
  final OrderedIndex<SubscriberRow> subsBySeq = new OrderedIndex<>();
  final Map<String, SubscriberRow> subsById = new HashMap<>();
  final Map<String, SubscriberRow> subsByEmail = new HashMap<>();
  final OrderedIndex<TagRow> tagsBySeq = new OrderedIndex<>();
  final Map<String, TagRow> tagsById = new HashMap<>();
  final Map<String, TagRow> tagsByName = new HashMap<>();
  final Map<String, Long> subsByStatus = new HashMap<>();
  final Map<String, KeyRow> keysById = new LinkedHashMap<>();
  final Map<String, KeyRow> keysBySecret = new HashMap<>();

  Store(Clock clock, long seed) {
    this.clock = clock;
    this.random = new Random(seed);
  }

  /** The emulator's time, in whole milliseconds as the wire shows it. */
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** The next creation sequence number, shared by subscribers and tags; guarded by lock. */
  long nextSeq() {
    return nextSeq++;
  }

  /** Lower-case hex digits from the seeded random; guarded by lock. */
  String hex(int digits) {
    StringBuilder sb = new StringBuilder(digits);
    while (sb.length() < digits) {
      sb.append(String.format(Locale.ROOT, "%016x", random.nextLong()));
    }
    return sb.substring(0, digits);
  }

  /** Forgets every subscriber, tag and key; guarded by lock. */
  void clear() {
    subsBySeq.clear();
    subsById.clear();
    subsByEmail.clear();
    subsByStatus.clear();
    tagsBySeq.clear();
    tagsById.clear();
    tagsByName.clear();
    keysById.clear();
    keysBySecret.clear();
  }

  /** Counts a stored subscriber in ({@code delta} 1) or out of (-1) {@code status}. */
  void countStatus(String status, int delta) {
    subsByStatus.merge(status, (long) delta, Long::sum);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
