package com.getmaito.emulator;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;

/**
 * The API-key resource, {@code /api-keys}, and authentication: which stored key a request carries.
 * Called under the store's lock.
 */
final class ApiKeys {
  private final Store store;
  private final RateBudget budget;

  ApiKeys(Store store, RateBudget budget) {
    this.store = store;
    this.budget = budget;
  }

  /**
   * The valid key that {@code headers} carry ({@code Authorization: Bearer} or {@code X-API-Key}).
   *
   * @throws ApiError 401 if the key is missing, malformed, a public key, unknown, revoked or
   *     expired
   */
  KeyRow authenticate(Headers headers, Instant now) {
    String secret;
    String authorization = headers.get("Authorization");
    if (authorization != null) {
      String[] parts = authorization.trim().split(" +");
      if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
        throw unauthorized("Malformed Authorization header; expected 'Bearer <key>'.");
      }
      secret = parts[1];
    } else {
      String header = headers.get("X-API-Key");
      secret = header == null ? null : header.trim();
    }
    if (secret == null || secret.isEmpty()) {
      throw unauthorized("Missing API key; send 'Authorization: Bearer <key>' or 'X-API-Key'.");
    }
    if (secret.startsWith("pk_")) {
      throw unauthorized("A public key (pk_...) cannot call the API; use a secret key.");
    }
    KeyRow key = store.keysBySecret.get(secret);
    if (key == null) {
      throw unauthorized("Invalid API key.");
    }
    if (key.revoked) {
      throw unauthorized("This API key has been revoked.");
    }
    if (key.expiresAt != null && !now.isBefore(key.expiresAt)) {
      throw unauthorized("This API key has expired.");
    }
    return key;
  }

  /** Returns the valid key a request carries, or null, without side effects. */
  KeyRow peek(Headers headers) {
    synchronized (store.lock) {
      try {
        return authenticate(headers, store.now());
      } catch (ApiError e) {
        return null;
      }
    }
  }

  Reply list() {
    List<Object> keys = new ArrayList<>();
    for (KeyRow key : store.keysById.values()) {
      if (!key.revoked) {
        keys.add(render(key));
      }
    }
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("total", keys.size());
    return Reply.ok(200, keys, meta);
  }

  Reply create(Map<String, Object> body, Instant now) {
    ApiError.Details details = new ApiError.Details();
    Object name = body.get("name");
    if (name == null) {
      details.add("name", "is required");
    } else if (!(name instanceof String)
        || ((String) name).trim().isEmpty()
        || Validation.length((String) name) > 100) {
      details.add("name", "must be 1 to 100 characters");
    }
    Instant expiresAt = expiresAt(body.get("expirationDays"), now, details);
    Object scope = body.get("scope");
    if (scope != null && !"full".equals(scope) && !"restricted".equals(scope)) {
      details.add("scope", "must be full or restricted");
    }
    if (!details.isEmpty()) {
      throw ApiError.validation(details);
    }
    KeyRow key =
        insert((String) name, scope == null ? "full" : (String) scope, expiresAt, null, now);
    Map<String, Object> data = render(key);
    data.put("apiKey", key.secret);
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("warning", "Store this API key now; it will not be shown again.");
    return Reply.ok(201, data, meta);
  }

  Reply revoke(String id) {
    KeyRow key = store.keysById.get(id);
    if (key == null || key.revoked) {
      throw ApiError.notFound("API key not found.");
    }
    key.revoked = true;
    return Reply.ok(200, Reply.deleted(key.id, "revoked"), null);
  }

  /** Stores a new key; a null {@code secret} makes an {@code mk_} one. */
  KeyRow insert(String name, String scope, Instant expiresAt, String secret, Instant now) {
    String s = secret != null ? secret : "mk_" + store.hex(32);
    KeyRow key = new KeyRow("key_" + store.hex(24), name, s, scope, now, expiresAt);
    store.keysById.put(key.id, key);
    store.keysBySecret.put(key.secret, key);
    return key;
  }

  private static Instant expiresAt(Object days, Instant now, ApiError.Details details) {
    if (days == null) {
      return null;
    }
    if (days instanceof BigDecimal && isInteger((BigDecimal) days)) {
      BigDecimal d = (BigDecimal) days;
      if (d.compareTo(BigDecimal.ONE) >= 0 && d.compareTo(BigDecimal.valueOf(365)) <= 0) {
        return now.plus(Duration.ofDays(d.longValue()));
      }
    }
    details.add("expirationDays", "must be an integer between 1 and 365");
    return null;
  }

  private static boolean isInteger(BigDecimal value) {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }

  private static ApiError unauthorized(String message) {
    return new ApiError(401, "UNAUTHORIZED", message);
  }

  private Map<String, Object> render(KeyRow key) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", key.id);
    m.put("name", key.name);
    m.put("keyPrefix", key.secret.substring(0, 6) + "****");
    m.put("scope", key.scope);
    m.put("rateLimit", budget.perMinute());
    m.put("lastUsedAt", key.lastUsedAt);
    m.put("createdAt", key.createdAt);
    m.put("expiresAt", key.expiresAt);
    return m;
  }
}
