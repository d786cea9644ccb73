package com.getmaito.client.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import okio.Buffer;
import okio.ByteString;
import okio.Source;
import okio.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * A success response's body as the decoder reads it off the socket: at most {@code
 * maxResponseBytes} (one byte more fails with {@link TooLargeException}), the first few kilobytes
 * kept for an error excerpt, and the socket's own failures remembered, so that a failed read is
 * told apart from the decoder's verdict on what it read (Moshi's syntax errors are {@code
 * IOException}s too).
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
  private final ByteArrayOutputStream head;
  private long read;
  private @Nullable IOException failure;

  /**
   * @param socket the response body's source
   * @param maxBytes the most bytes the body may have
   * @param expectedBytes its {@code Content-Length}, or -1
   */
  BodySource(Source socket, long maxBytes, long expectedBytes) {
    this.socket = socket;
    this.maxBytes = maxBytes;
    this.head =
        new ByteArrayOutputStream(
            expectedBytes < 0 ? 512 : (int) Math.min(HEAD_BYTES, Math.max(1, expectedBytes)));
  }

  @Override
  public long read(Buffer sink, long byteCount) throws IOException {
    if (failure != null) {
      throw failure;
    }
    long n;
    try {
      n = socket.read(sink, byteCount);
    } catch (IOException e) {
      failure = e;
      throw e;
    }
    if (n > 0) {
      if (head.size() < HEAD_BYTES) {
        // Copied out of the segments (a Buffer copy would share them and keep them from the pool).
        sink.copyTo(head, sink.size() - n, Math.min(n, HEAD_BYTES - head.size()));
      }
      read += n;
      if (read > maxBytes) {
        failure = new TooLargeException();
        throw failure;
      }
    }
    return n;
  }

  /** The first bytes read (up to one more than an excerpt shows, so it knows it was cut). */
  ByteString head() {
    return ByteString.of(head.toByteArray());
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
