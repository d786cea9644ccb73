package com.getmaito.client.internal;

import java.io.IOException;
import okio.Buffer;
import okio.ByteString;
import okio.Source;
import okio.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * A success response's body as the decoder reads it off the socket: at most {@code
 * maxResponseBytes} (one byte more fails with {@link TooLargeException}), its first few kilobytes
 * held for an error excerpt, and the socket's own failures remembered, so that a failed read is
 * told apart from the decoder's verdict on what it read (Moshi's syntax errors are {@code
 * IOException}s too).
 *
 * <p>The first bytes are copied into pooled segments, which {@link #release()} returns to okio's
 * pool: no byte array per response.
 */
final class BodySource implements Source {
  /** The body went past {@code maxResponseBytes}. */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException() {
      super("the body is larger than maxResponseBytes");
    }
  }

  private static final int HEAD_BYTES = Redactor.EXCERPT_WINDOW_BYTES + 1;

  private final Source socket;
  private final long maxBytes;
  private final Buffer head = new Buffer();
  private long read;
  private @Nullable IOException failure;

  BodySource(Source socket, long maxBytes) {
    this.socket = socket;
    this.maxBytes = maxBytes;
  }

  @Override
  public long read(Buffer sink, long byteCount) throws IOException {
    if (failure != null) {
      throw failure;
    }
    long n = fromSocket(sink, byteCount);
    if (n > 0 && head.size() < HEAD_BYTES) {
      // Copied into the head's own pooled segments: a Buffer-to-Buffer copy would share the
      // sink's segments, which keeps them from the pool.
      sink.copyTo(head.outputStream(), sink.size() - n, Math.min(n, HEAD_BYTES - head.size()));
    }
    return count(n);
  }

  private long fromSocket(Buffer sink, long byteCount) throws IOException {
    try {
      return socket.read(sink, byteCount);
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  private long count(long n) throws TooLargeException {
    if (n > 0) {
      read += n;
      if (read > maxBytes) {
        TooLargeException tooLarge = new TooLargeException();
        failure = tooLarge;
        throw tooLarge;
      }
    }
    return n;
  }

  /** The first bytes read (up to one more than an excerpt shows, so it knows it was cut). */
  ByteString head() {
    return head.snapshot((int) Math.min(head.size(), HEAD_BYTES));
  }

  /** Returns the held segments to okio's pool; call once the response is done with. */
  void release() {
    head.clear();
  }

  /** Whether the body went past {@code maxResponseBytes}. */
  boolean tooLarge() {
    return failure instanceof TooLargeException;
  }

  /** The socket's failure (or {@link TooLargeException}), or null while every read went well. */
  @Nullable IOException failure() {
    return failure;
  }

  @Override
  public Timeout timeout() {
    return socket.timeout();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
