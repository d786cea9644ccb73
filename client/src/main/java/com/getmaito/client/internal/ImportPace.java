package com.getmaito.client.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The importer's pace when the client has no limiter of its own: free until a response reports the
 * key's budget, then what the server's current window has left spread over the time it has left
 * (never slower than one send per the server's interval), holding everything once it is spent until
 * the window's end, as narrowed by every answer in it ({@code ClientRateLimiter.serverPaced}). Each
 * send is made on the thread that reserved its slot. When the client has a {@link
 * com.getmaito.client.RateBudget} (a shared one included), every importer call already waits for it
 * in the pipeline, so the pace lets everything through. Unsupported API.
 */
public final class ImportPace {
  private final @Nullable ClientRateLimiter limiter;

  private ImportPace(@Nullable ClientRateLimiter limiter) {
    this.limiter = limiter;
  }

  /**
   * A pace on the client's clock, told of every response the pipeline reads.
   *
   * @param pipeline the client's pipeline
   * @return a pace that lets everything through until told of the server's budget
   */
  public static ImportPace create(HttpPipeline pipeline) {
    if (pipeline.hasLimiter()) {
      return new ImportPace(null);
    }
    ClientRateLimiter limiter =
        ClientRateLimiter.serverPaced(HttpPipeline.nanoTime(pipeline.config()));
    pipeline.addRateLimitObserver(limiter::onResponse);
    return new ImportPace(limiter);
  }

  /**
   * Reserves the next send slot.
   *
   * @return how long to wait before sending
   */
  public Duration reserve() {
    return limiter == null ? Duration.ZERO : limiter.reserve();
  }
}
