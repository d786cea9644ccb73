package com.getmaito.client.flows;

import com.getmaito.client.Sleeper;
import com.getmaito.emulator.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Waits by moving the emulator's clock: the client "sleeps" and the emulator sees the time pass.
 */
final class ClockSleeper implements Sleeper {
  final MutableClock clock;
  final List<Duration> waits = new CopyOnWriteArrayList<>();

  ClockSleeper(MutableClock clock) {
    this.clock = clock;
  }

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
    clock.advance(duration);
  }

  @Override
  public CompletableFuture<Void> sleepAsync(Duration duration) {
    sleep(duration);
    return CompletableFuture.completedFuture(null);
  }
}
