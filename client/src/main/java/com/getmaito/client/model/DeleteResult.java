package com.getmaito.client.model;

/**
 * The server's confirmation of a delete.
 *
 * @param id the deleted resource's id
 * @param deleted true when it was deleted
 */
public record DeleteResult(String id, boolean deleted) {
  /**
   * Checks the required fields; a missing one fails with a message naming it.
   *
   * @param id the deleted resource's id
   * @param deleted true when it was deleted
   */
  public DeleteResult {
    Checks.required(id, "DeleteResult.id");
  }
}
