package com.getmaito.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A minimal HTTP/1.1 server on loopback that answers each route with one canned response. Its cost
 * per request is small and the same for every client, and it keeps nothing of what it receives
 * (MockWebServer records every request, which a long benchmark run cannot afford).
 */
final class LoopbackServer implements AutoCloseable {
  private final ServerSocket server;
  private final Map<String, byte[]> routes = new HashMap<>();
  private final ExecutorService threads = Executors.newCachedThreadPool(daemon());
  private volatile boolean closed;

  LoopbackServer() throws IOException {
    server = new ServerSocket();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    threads.execute(this::accept);
  }

  /** Answers {@code method path} (no query) with 200 and {@code json}. */
  LoopbackServer route(String method, String path, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String head =
        "HTTP/1.1 200 OK\r\n"
            + "Content-Type: application/json; charset=utf-8\r\n"
            + "Content-Length: "
            + body.length
            + "\r\n"
            + "X-Request-Id: req_benchmark\r\n"
            + "RateLimit-Limit: 1000000\r\n"
            + "RateLimit-Remaining: 999999\r\n"
            + "RateLimit-Reset: 60\r\n"
            + "\r\n";
    byte[] h = head.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[h.length + body.length];
    System.arraycopy(h, 0, all, 0, h.length);
    System.arraycopy(body, 0, all, h.length, body.length);
    routes.put(method + " " + path, all);
    return this;
  }

  /** The base URL, {@code http://127.0.0.1:port/v1}. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getLocalPort() + "/v1";
  }

  private void accept() {
    while (!closed) {
      try {
        Socket socket = server.accept();
        socket.setTcpNoDelay(true);
        threads.execute(() -> serve(socket));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      InputStream in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
      OutputStream out = socket.getOutputStream();
      byte[] discard = new byte[64 * 1024];
      while (!closed) {
        String requestLine = line(in);
        if (requestLine == null) {
          return;
        }
        long length = 0;
        boolean chunked = false;
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
          String lower = header.toLowerCase(Locale.ROOT);
          if (lower.startsWith("content-length:")) {
            length = Long.parseLong(header.substring(15).trim());
          } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
            chunked = true;
          }
        }
        if (chunked) {
          for (long size = chunk(in); size > 0; size = chunk(in)) {
            skip(in, discard, size);
            line(in);
          }
          line(in);
        } else {
          skip(in, discard, length);
        }
        String[] parts = requestLine.split(" ");
        String path = parts[1];
        int q = path.indexOf('?');
        byte[] response = routes.get(parts[0] + " " + (q < 0 ? path : path.substring(0, q)));
        if (response == null) {
          out.write(
              "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
        } else {
          out.write(response);
        }
        out.flush();
      }
    } catch (IOException | RuntimeException e) {
      // the client went away
    }
  }

  private static long chunk(InputStream in) throws IOException {
    String size = line(in);
    if (size == null) {
      throw new IOException("truncated chunk");
    }
    int semi = size.indexOf(';');
    return Long.parseLong((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
  }

  private static void skip(InputStream in, byte[] discard, long n) throws IOException {
    while (n > 0) {
      int read = in.read(discard, 0, (int) Math.min(discard.length, n));
      if (read < 0) {
        throw new IOException("truncated body");
      }
      n -= read;
    }
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder b = new StringBuilder(64);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        return null;
      }
      if (c != '\r') {
        b.append((char) c);
      }
    }
    return b.toString();
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return r -> {
      Thread t = new Thread(r, "loopback-server");
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
    threads.shutdownNow();
  }
}
