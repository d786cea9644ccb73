package com.getmaito.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The emails of the batches in flight. A batch that repeats one of them waits until the earlier
 * batch has landed, so the earlier row of the input is the one created and the later one the
 * duplicate. Only batches in flight are tracked, so memory stays bounded however long the input.
 */
final class EmailsInFlight {
  private final Map<String, Integer> emails = new HashMap<>();

  /** The normalized emails of the rows {@code batch} sends. */
  static List<String> of(ImportBatch batch) {
    List<String> out = new ArrayList<>(batch.toCreate.size());
    for (ImportRow row : batch.toCreate) {
      out.add(BatchSender.normalized(row));
    }
    return out;
  }

  /** Waits until no batch in flight holds one of {@code batch}'s emails, then takes them. */
  synchronized void admit(List<String> batch) throws InterruptedException {
    while (holdsAny(batch)) {
      wait();
    }
    for (String email : batch) {
      emails.merge(email, 1, Integer::sum);
    }
  }

  private boolean holdsAny(List<String> batch) {
    for (String email : batch) {
      if (emails.containsKey(email)) {
        return true;
      }
    }
    return false;
  }

  /** Releases a batch's emails once it has an outcome for every row. */
  synchronized void landed(List<String> batch) {
    for (String email : batch) {
      emails.computeIfPresent(email, (k, n) -> n == 1 ? null : n - 1);
    }
    notifyAll();
  }
}
