package com.getmaito.client.model;

import java.util.List;

/**
 * The outcome of a bulk create: every row is either created or failed.
 *
 * @param created the subscribers created
 * @param failed the rows rejected, with their index in the request
 */
public record BulkCreateResult(List<Subscriber> created, List<BulkFailure> failed) {
  /**
   * Copies the lists; a null list becomes empty.
   *
   * @param created the subscribers created
   * @param failed the rows rejected, with their index in the request
   */
  public BulkCreateResult {
    created = created == null ? List.of() : List.copyOf(created);
    failed = failed == null ? List.of() : List.copyOf(failed);
  }
}
