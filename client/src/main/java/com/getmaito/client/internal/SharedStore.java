package com.getmaito.client.internal;

/**
 * The shared state behind a {@link SharedBudget}: a slot schedule kept on a server's own clock
 * (such as Redis's), so processes on different machines agree without trusting their clocks. Every
 * method either answers within the store's short timeout or throws. Unsupported API.
 */
public interface SharedStore extends AutoCloseable {
  /**
   * Hands out the next send slot: the later of now, the last slot plus the interval in force, and
   * any pause; the interval in force is the longer of {@code ownIntervalMicros}, {@code
   * serverIntervalMicros} and the server interval another process stored.
   *
   * @param ownIntervalMicros the budget's own spacing of slots
   * @param serverIntervalMicros the spacing the server's latest headers ask for, as this process
   *     saw them (stored for the others), or 0 when it saw none
   * @return how long, in microseconds, the caller waits before sending
   * @throws RuntimeException when the store does not answer in time or fails
   */
  long reserve(long ownIntervalMicros, long serverIntervalMicros);

  /**
   * Holds every process's slots until {@code micros} from now on the store's clock (a longer pause
   * already stored is kept).
   *
   * @param micros the pause
   * @throws RuntimeException when the store does not answer in time or fails
   */
  void pause(long micros);

  /** Releases the store's connections. */
  @Override
  void close();
}
