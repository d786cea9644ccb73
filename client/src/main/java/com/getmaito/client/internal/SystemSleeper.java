package com.getmaito.client.internal;

import com.getmaito.client.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Really waits: {@link Thread#sleep} for sync calls, a daemon scheduler thread for async ones.
 * Closing it ends the scheduler and fails the async waits still pending, so the calls waiting on
 * them complete instead of hanging.
 */
public final class SystemSleeper implements Sleeper, AutoCloseable {
  private final Set<CompletableFuture<Void>> pending = ConcurrentHashMap.newKeySet();
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
    synchronized (this) {
      scheduler().schedule(() -> done.complete(null), duration.toNanos(), TimeUnit.NANOSECONDS);
      pending.add(done);
    }
    done.whenComplete((v, t) -> pending.remove(done));
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
  public void close() {
    List<CompletableFuture<Void>> abandoned;
    synchronized (this) {
      closed = true;
      if (scheduler != null) {
        scheduler.shutdownNow();
      }
      abandoned = new ArrayList<>(pending);
    }
    for (CompletableFuture<Void> wait : abandoned) {
      wait.completeExceptionally(new CancellationException("the client is closed"));
    }
  }
}
