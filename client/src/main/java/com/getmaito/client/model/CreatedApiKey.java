package com.getmaito.client.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A newly created API key and its secret, which the server shows this once only. {@link
 * #toString()} masks the secret; store {@link #secret()} somewhere safe and never log it.
 */
public final class CreatedApiKey {
  private final ApiKey key;
  private final String secret;
  private final @Nullable String warning;

  /**
   * Creates the value; the SDK makes these from the server's response.
   *
   * @param key the key's metadata
   * @param secret the secret to authenticate with
   * @param warning the server's warning that the secret is shown once, or null
   */
  public CreatedApiKey(ApiKey key, String secret, @Nullable String warning) {
    this.key = Objects.requireNonNull(key, "key == null");
    this.secret = Checks.required(secret, "CreatedApiKey.apiKey");
    this.warning = warning;
  }

  /** {@return the key's metadata (id, name, masked prefix, scope, limits, dates)} */
  public ApiKey key() {
    return key;
  }

  /** {@return the key's id} */
  public String id() {
    return key.id();
  }

  /** {@return the secret to authenticate with} Shown once by the server: store it, never log it. */
  public String secret() {
    return secret;
  }

  /** {@return the server's warning that the secret is shown once, or null when it sent none} */
  public @Nullable String warning() {
    return warning;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CreatedApiKey
        && ((CreatedApiKey) o).key.equals(key)
        && ((CreatedApiKey) o).secret.equals(secret);
  }

  @Override
  public int hashCode() {
    return key.hashCode() * 31 + secret.hashCode();
  }

  /** Describes the key with its secret masked, like {@code mk_a1b****}. */
  @Override
  public String toString() {
    return "CreatedApiKey[key=" + key + ", secret=" + mask(secret) + "]";
  }

  /**
   * Masks a secret: at most its first six characters (never more than a third), then stars.
   *
   * @param secret the secret
   * @return the masked form, safe to log
   */
  public static String mask(String secret) {
    int shown = Math.min(6, secret.length() / 3);
    return secret.substring(0, shown) + "****";
  }
}
