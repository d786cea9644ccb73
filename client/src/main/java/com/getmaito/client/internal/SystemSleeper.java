package com.getmaito.client.internal;

import com.getmaito.client.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Really waits: the calling thread for sync calls, a daemon scheduler thread for async ones; the
 * scheduler thread ends after {@link #DEFAULT_KEEP_ALIVE} idle, so a client that is never closed
 * keeps no thread. Closing it ends the scheduler, fails the async waits still pending and cuts the
 * sync waits short, so the calls waiting on them end instead of hanging or sending later.
 */
public final class SystemSleeper implements Sleeper, AutoCloseable {
  static final Duration DEFAULT_KEEP_ALIVE = Duration.ofSeconds(10);

  private final Set<CompletableFuture<Void>> pending = ConcurrentHashMap.newKeySet();
  private final CountDownLatch closing = new CountDownLatch(1);
  private final Duration keepAlive;
  private @Nullable ScheduledThreadPoolExecutor scheduler;
  private boolean closed;

  public SystemSleeper() {
    this(DEFAULT_KEEP_ALIVE);
  }

  SystemSleeper(Duration keepAlive) {
    this.keepAlive = keepAlive;
  }

  /** Waits {@code duration}, or less when the sleeper is closed meanwhile. */
  @Override
  public void sleep(Duration duration) throws InterruptedException {
    if (!duration.isNegative() && !duration.isZero()) {
      closing.await(duration.toNanos(), TimeUnit.NANOSECONDS);
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

  private synchronized ScheduledThreadPoolExecutor scheduler() {
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
      executor.setKeepAliveTime(keepAlive.toNanos(), TimeUnit.NANOSECONDS);
      executor.allowCoreThreadTimeOut(true);
      scheduler = executor;
    }
    return scheduler;
  }

  /** The scheduler, once an async wait has started it; for tests. */
  synchronized @Nullable ScheduledThreadPoolExecutor schedulerIfStarted() {
    return scheduler;
  }

  @Override
  public void close() {
    List<CompletableFuture<Void>> abandoned;
    synchronized (this) {
      closed = true;
      closing.countDown();
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
