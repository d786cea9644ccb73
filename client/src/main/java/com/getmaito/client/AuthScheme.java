package com.getmaito.client;

/** How the API key is sent. */
public enum AuthScheme {
  /** {@code Authorization: Bearer <key>} (the default). */
  BEARER,
  /** {@code X-API-Key: <key>} (compat: MoMail). */
  X_API_KEY
}
