package com.getmaito.client;

import com.getmaito.client.internal.ImportPace;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * An import run's waits: for the pace's next send slot and between retries, on the client's sleeper
 * (a fake one in tests), each cut short when the run is cancelled.
 */
final class ImportWaits {
  private final CompletableFuture<Void> cancelled = new CompletableFuture<>();
  private final Sleeper sleeper;
  private final @Nullable ImportPace pace;

  ImportWaits(Sleeper sleeper, @Nullable ImportPace pace) {
    this.sleeper = sleeper;
    this.pace = pace;
  }

  void cancel() {
    cancelled.complete(null);
  }

  boolean isCancelled() {
    return cancelled.isDone();
  }

  /**
   * Waits for the pace's next slot before a send (the client's own limiter, if any, waits in the
   * pipeline).
   */
  void pace() throws BatchSender.Cancelled {
    if (pace != null) {
      waitFor(pace.reserve());
    }
  }

  /** Waits on the client's sleeper, or until the run is cancelled. */
  void waitFor(Duration wait) throws BatchSender.Cancelled {
    if (isCancelled()) {
      throw new BatchSender.Cancelled();
    }
    if (wait.isZero() || wait.isNegative()) {
      return;
    }
    try {
      CompletableFuture.anyOf(sleeper.sleepAsync(wait), cancelled).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BatchSender.Cancelled();
    } catch (ExecutionException e) {
      throw new BatchSender.Cancelled();
    }
    if (isCancelled()) {
      throw new BatchSender.Cancelled();
    }
  }
}
