package com.getmaito.client.internal;

import com.getmaito.client.model.RateLimitInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

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
   * A pace on the client's clock.
   *
   * @param clock the client's clock (a fake one in tests)
   * @return a pace that lets everything through until told of the server's budget
   */
  public static ImportPace create(Clock clock) {
    Supplier<Long> nanoTime;
    if (clock.equals(Clock.systemUTC())) {
      nanoTime = System::nanoTime;
    } else {
      nanoTime =
          () -> {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
          };
    }
    return new ImportPace(ClientRateLimiter.serverPaced(nanoTime));
  }

  /**
   * Reserves the next send slot.
   *
   * @return how long to wait before sending
   */
  public Duration reserve() {
    return limiter.reserve();
  }

  /**
   * Adapts to a response's rate-limit headers.
   *
   * @param info what the response reported, or null when it had no such headers
   */
  public void onResponse(@Nullable RateLimitInfo info) {
    limiter.onResponse(info);
  }
}
