package com.getmaito.client.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An API key as listed: its secret is never included, only a masked prefix.
 *
 * @param id opaque id, {@code key_...}
 * @param name 1 to 100 characters
 * @param keyPrefix the masked start of the secret, such as {@code mk_a1b****}
 * @param scope {@code full}, or {@code restricted} to subscribers and tags
 * @param rateLimit the key's budget in requests per minute
 * @param lastUsedAt when the key was last used
 * @param createdAt creation time
 * @param expiresAt when the key expires; null means never
 */
public record ApiKey(
    String id,
    String name,
    String keyPrefix,
    ApiKeyScope scope,
    int rateLimit,
    @Nullable Instant lastUsedAt,
    Instant createdAt,
    @Nullable Instant expiresAt) {
  /**
   * Checks the required fields; a missing one fails with a message naming it.
   *
   * @param id opaque id, {@code key_...}
   * @param name 1 to 100 characters
   * @param keyPrefix the masked start of the secret, such as {@code mk_a1b****}
   * @param scope {@code full}, or {@code restricted} to subscribers and tags
   * @param rateLimit the key's budget in requests per minute
   * @param lastUsedAt when the key was last used
   * @param createdAt creation time
   * @param expiresAt when the key expires; null means never
   */
  public ApiKey {
    Checks.required(id, "ApiKey.id");
    Checks.required(name, "ApiKey.name");
    Checks.required(keyPrefix, "ApiKey.keyPrefix");
    Checks.required(scope, "ApiKey.scope");
    Checks.required(createdAt, "ApiKey.createdAt");
  }
}
