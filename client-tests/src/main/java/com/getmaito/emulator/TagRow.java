package com.getmaito.emulator;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** A stored tag; mutable, guarded by {@link Store#lock}. */
final class TagRow {
  final long seq;
  final String id;
  final Instant createdAt;
  String name;
  String description;
  Instant updatedAt;
  final Set<SubscriberRow> members = new LinkedHashSet<>();

  TagRow(long seq, String id, Instant createdAt) {
    this.seq = seq;
    this.id = id;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
  }
}
