package com.getmaito.client.model;

/**
 * The server's confirmation of an API-key revocation; the key gets 401 from then on.
 *
 * @param id the revoked key's id
 * @param revoked true when it was revoked
 */
public record RevokeResult(String id, boolean revoked) {
  /**
   * Checks the required fields; a missing one fails with a message naming it.
   *
   * @param id the revoked key's id
   * @param revoked true when it was revoked
   */
  public RevokeResult {
    Checks.required(id, "RevokeResult.id");
  }
}
