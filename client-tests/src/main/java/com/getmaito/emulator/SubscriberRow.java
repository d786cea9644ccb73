package com.getmaito.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A stored subscriber; mutable, guarded by {@link Store#lock}. */
final class SubscriberRow {
  final long seq;
  final String id;
  final Instant createdAt;
  String email;
  String emailNormalized;
  String firstName;
  String lastName;
  String status;
  boolean confirmed;
  final List<TagRow> tags = new ArrayList<>();
  Map<String, Object> customFields = new LinkedHashMap<>();
  String source;
  Instant subscribedAt;
  Instant unsubscribedAt;
  Instant updatedAt;

  SubscriberRow(long seq, String id, Instant createdAt) {
    this.seq = seq;
    this.id = id;
    this.createdAt = createdAt;
  }

  List<String> tagNames() {
    List<String> names = new ArrayList<>(tags.size());
    for (TagRow tag : tags) {
      names.add(tag.name);
    }
    return names;
  }
}
