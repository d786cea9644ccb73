package com.getmaito.emulator;

import java.time.Instant;
import java.util.NavigableMap;
import java.util.TreeMap;

/** A stored tag; mutable, guarded by {@link Store#lock}. */
final class TagRow {
  final long seq;
  final String id;
  final Instant createdAt;
  String name;
  String description;
  Instant updatedAt;

  /** The subscribers carrying the tag, by creation sequence number. */
  final NavigableMap<Long, SubscriberRow> members = new TreeMap<>();

  TagRow(long seq, String id, Instant createdAt) {
    this.seq = seq;
    this.id = id;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
  }
}
