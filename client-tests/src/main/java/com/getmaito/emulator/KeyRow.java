package com.getmaito.emulator;

import java.time.Instant;

/** A stored API key with its rate window; mutable, guarded by {@link Store#lock}. */
final class KeyRow {
  final String id;
  final String name;
  final String secret;
  final String scope;
  final Instant createdAt;
  final Instant expiresAt;
  Instant lastUsedAt;
  boolean revoked;
  Instant windowStart;
  int windowCount;

  KeyRow(
      String id, String name, String secret, String scope, Instant createdAt, Instant expiresAt) {
    this.id = id;
    this.name = name;
    this.secret = secret;
    this.scope = scope;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }
}
