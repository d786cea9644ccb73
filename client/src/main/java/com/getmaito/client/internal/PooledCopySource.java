package com.getmaito.client.internal;

import okio.Buffer;
import okio.Source;
import okio.Timeout;

/**
 * Reads a buffer from the start without consuming it and without sharing its segments: each read
 * copies bytes into the reader's own segments, which go back to okio's pool as the reader consumes
 * them. {@code Buffer.peek()}, {@code copy()} and {@code snapshot()} instead mark the segments
 * shared, which keeps them out of the pool, so every response would allocate its body's size in
 * fresh segments.
 */
final class PooledCopySource implements Source {
  private final Buffer buffer;
  private final Buffer.UnsafeCursor cursor = new Buffer.UnsafeCursor();
  private long offset;

  PooledCopySource(Buffer buffer) {
    this.buffer = buffer;
  }

  @Override
  public long read(Buffer sink, long byteCount) {
    if (offset >= buffer.size()) {
      return -1;
    }
    buffer.readUnsafe(cursor);
    try {
      cursor.seek(offset);
      int n = (int) Math.min(byteCount, cursor.end - cursor.start);
      sink.write(cursor.data, cursor.start, n);
      offset += n;
      return n;
    } finally {
      cursor.close();
    }
  }

  @Override
  public Timeout timeout() {
    return Timeout.NONE;
  }

  @Override
  public void close() {}
}
