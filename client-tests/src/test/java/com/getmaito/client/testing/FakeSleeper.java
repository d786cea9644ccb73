package com.getmaito.client.testing;

import com.getmaito.client.Sleeper;
import com.getmaito.emulator.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link Sleeper} that never really waits: it records each wait, advances a {@link MutableClock}
 * by it and returns at once (sync) or with a completed future (async). {@link #holdAsyncWaits()}
 * makes async waits stay pending until {@link #releaseAsyncWaits()}, to act during a retry wait.
 */
public final class FakeSleeper implements Sleeper {
  /** One wait the client asked for. */
  public record Wait(Duration duration, boolean async, String thread) {}

  private final MutableClock clock;
  private final List<Wait> waits = new ArrayList<>();
  private final List<Held> held = new ArrayList<>();
  private boolean holdAsync;

  public FakeSleeper(MutableClock clock) {
    this.clock = clock;
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    record(duration, false);
    clock.advance(duration);
  }

  @Override
  public CompletableFuture<Void> sleepAsync(Duration duration) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    synchronized (this) {
      record(duration, true);
      if (holdAsync) {
        held.add(new Held(done, duration));
        return done;
      }
    }
    clock.advance(duration);
    done.complete(null);
    return done;
  }

  private synchronized void record(Duration duration, boolean async) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("cannot wait a negative time: " + duration);
    }
    waits.add(new Wait(duration, async, Thread.currentThread().getName()));
  }

  /** From now on, async waits stay pending until {@link #releaseAsyncWaits()}. */
  public synchronized void holdAsyncWaits() {
    holdAsync = true;
  }

  /** Completes every pending async wait (advancing the clock by each) and stops holding. */
  public void releaseAsyncWaits() {
    List<Held> release;
    synchronized (this) {
      holdAsync = false;
      release = List.copyOf(held);
      held.clear();
    }
    for (Held h : release) {
      clock.advance(h.duration());
      h.done().complete(null);
    }
  }

  /** How many async waits are pending. */
  public synchronized int heldCount() {
    return held.size();
  }

  private record Held(CompletableFuture<Void> done, Duration duration) {}

  /** Every wait, sync and async, in order. */
  public synchronized List<Wait> waits() {
    return List.copyOf(waits);
  }

  /** The durations of every wait, in order. */
  public synchronized List<Duration> durations() {
    return waits.stream().map(Wait::duration).toList();
  }

  /** The durations of the blocking waits ({@link #sleep}). */
  public synchronized List<Duration> syncDurations() {
    return waits.stream().filter(w -> !w.async()).map(Wait::duration).toList();
  }

  /** The durations of the non-blocking waits ({@link #sleepAsync}). */
  public synchronized List<Duration> asyncDurations() {
    return waits.stream().filter(Wait::async).map(Wait::duration).toList();
  }

  /** Total time waited. */
  public synchronized Duration total() {
    return waits.stream().map(Wait::duration).reduce(Duration.ZERO, Duration::plus);
  }
}
