package com.getmaito.client.internal;

import com.getmaito.client.Sleeper;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Really waits: {@link Thread#sleep} for sync calls, a daemon scheduler thread for async ones. */
public final class SystemSleeper implements Sleeper, AutoCloseable {
  private ScheduledExecutorService scheduler;
  private boolean closed;

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    if (!duration.isNegative() && !duration.isZero()) {
      TimeUnit.NANOSECONDS.sleep(duration.toNanos());
    }
  }

  @Override
  public CompletableFuture<Void> sleepAsync(Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      return CompletableFuture.completedFuture(null);
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    scheduler().schedule(() -> done.complete(null), duration.toNanos(), TimeUnit.NANOSECONDS);
    return done;
  }

  private synchronized ScheduledExecutorService scheduler() {
    if (closed) {
      throw new IllegalStateException("the client is closed");
    }
    if (scheduler == null) {
      ScheduledThreadPoolExecutor executor =
          new ScheduledThreadPoolExecutor(
              1,
              r -> {
                Thread t = new Thread(r, "maito-scheduler");
                t.setDaemon(true);
                return t;
              });
      executor.setRemoveOnCancelPolicy(true);
      scheduler = executor;
    }
    return scheduler;
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
  }
}
