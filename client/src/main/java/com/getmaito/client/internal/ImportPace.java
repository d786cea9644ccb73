package com.getmaito.client.internal;

import java.time.Duration;

/**
 * The importer's pace when the client has no limiter of its own: free until a response reports the
 * key's budget, then one send per the server's interval, holding everything at {@code Remaining: 0}
 * until the reset. Unsupported API.
 */
public final class ImportPace {
  private final ClientRateLimiter limiter;

  private ImportPace(ClientRateLimiter limiter) {
    this.limiter = limiter;
  }

  /**
   * A pace on the client's clock, told of every response the pipeline reads.
   *
   * @param pipeline the client's pipeline
   * @return a pace that lets everything through until told of the server's budget
   */
  public static ImportPace create(HttpPipeline pipeline) {
    ImportPace pace =
        new ImportPace(ClientRateLimiter.serverPaced(HttpPipeline.nanoTime(pipeline.config())));
    pipeline.addRateLimitObserver(pace.limiter::onResponse);
    return pace;
  }

  /**
   * Reserves the next send slot.
   *
   * @return how long to wait before sending
   */
  public Duration reserve() {
    return limiter.reserve();
  }
}
