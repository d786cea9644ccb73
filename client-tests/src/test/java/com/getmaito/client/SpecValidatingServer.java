package com.getmaito.client;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.getmaito.client.spec.OpenApiValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ServerSocketFactory;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link MockWebServer} per test whose every recorded request is checked against {@code
 * spec/openapi.yaml}: each {@link #takeRequest()} validates the request it returns, and after the
 * test the requests nobody took are drained and validated too, so no request the SDK sent escapes
 * the spec. Clients made with {@link #client()} are closed after the test.
 *
 * <pre>{@code
 * @RegisterExtension final SpecValidatingServer server = new SpecValidatingServer();
 *
 * server.enqueueJson(200, Fixtures.read("tag.json"));
 * Tag tag = server.client().tags().retrieve("tag_1");
 * RecordedRequest request = server.takeRequest(); // already validated
 * }</pre>
 */
final class SpecValidatingServer implements BeforeEachCallback, AfterEachCallback {
  /** A secret key in the shape the contract gives (never a real one). */
  static final String KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc";

  /** The request id every canned response carries, unless a test says otherwise. */
  static final String REQUEST_ID = "req_01JD2ZTEST";

  private final List<MaitoClient> clients = new ArrayList<>();
  private MockWebServer server;
  private int validated;
  private int leftoverSampling = 1;

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.start();
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    try {
      for (MaitoClient client : clients) {
        client.close();
      }
      RecordedRequest leftover;
      int drained = 0;
      while ((leftover = server.takeRequest(0, TimeUnit.MILLISECONDS)) != null) {
        if (drained++ % leftoverSampling == 0) {
          validate(leftover);
        }
      }
    } finally {
      server.close();
    }
  }

  /**
   * Validates only every {@code n}th request nobody took, for load tests whose thousand requests
   * repeat the shapes the endpoint tests validate one by one.
   */
  void validateEveryNthLeftover(int n) {
    leftoverSampling = n;
  }

  /** The underlying server, for dispatchers and counts. */
  MockWebServer server() {
    return server;
  }

  /** A URL on the server. */
  okhttp3.HttpUrl url(String path) {
    return server.url(path);
  }

  /** The base URL clients should use: the server's {@code /v1}. */
  String baseUrl() {
    return server.url("/v1").toString();
  }

  /**
   * A builder for a client against this server with {@link #KEY}; the test closes what it builds.
   */
  MaitoClient.Builder clientBuilder() {
    return MaitoClient.builder().apiKey(KEY).baseUrl(baseUrl());
  }

  /** A client with default settings against this server, closed after the test. */
  MaitoClient client() {
    return track(clientBuilder().build());
  }

  /** A client that never retries, closed after the test. */
  MaitoClient clientWithoutRetries() {
    return track(clientBuilder().maxRetries(0).build());
  }

  /** Closes {@code client} after the test. */
  MaitoClient track(MaitoClient client) {
    clients.add(client);
    return client;
  }

  /** Enqueues a JSON response with {@code X-Request-Id: }{@value #REQUEST_ID}. */
  void enqueueJson(int code, String body, String... headerPairs) {
    MockResponse.Builder b =
        new MockResponse.Builder()
            .code(code)
            .addHeader("Content-Type", "application/json")
            .addHeader("X-Request-Id", REQUEST_ID)
            .body(body);
    for (int i = 0; i < headerPairs.length; i += 2) {
      b.addHeader(headerPairs[i], headerPairs[i + 1]);
    }
    server.enqueue(b.build());
  }

  /** Enqueues a fixture from {@code src/test/resources/fixtures}. */
  void enqueueFixture(int code, String fixture, String... headerPairs) {
    enqueueJson(code, Fixtures.read(fixture), headerPairs);
  }

  /** Enqueues a response as is. */
  void enqueue(MockResponse response) {
    server.enqueue(response);
  }

  void setDispatcher(Dispatcher dispatcher) {
    server.setDispatcher(dispatcher);
  }

  /** The next request the server received, validated against the spec; fails after 5 s. */
  RecordedRequest takeRequest() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertNotNull(request, "the server received no request");
    validate(request);
    return request;
  }

  /** How many requests reached the server. */
  int requestCount() {
    return server.getRequestCount();
  }

  /** How many requests this server checked against the spec so far. */
  int validatedCount() {
    return validated;
  }

  private void validate(RecordedRequest request) {
    OpenApiValidator.instance().assertValidRequest(request);
    validated++;
  }

  /**
   * Server sockets whose connections send at once (TCP_NODELAY). MockWebServer writes a response's
   * headers and body separately; with Nagle's algorithm against the client's delayed ACK, each
   * response then waited about 40 ms on loopback, which made a thousand calls take seconds.
   */
  static final class NoDelayServerSocketFactory extends ServerSocketFactory {
    private static ServerSocket unbound() throws IOException {
      return new ServerSocket() {
        @Override
        public Socket accept() throws IOException {
          Socket socket = super.accept();
          socket.setTcpNoDelay(true);
          return socket;
        }
      };
    }

    @Override
    public ServerSocket createServerSocket() throws IOException {
      return unbound();
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
      return createServerSocket(port, 50, null);
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
      return createServerSocket(port, backlog, null);
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
        throws IOException {
      ServerSocket socket = unbound();
      socket.bind(new InetSocketAddress(address, port), backlog);
      return socket;
    }
  }

  /** Reads the JSON fixtures under {@code src/test/resources/fixtures}. */
  static final class Fixtures {
    private Fixtures() {}

    static String read(String name) {
      try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
        assertNotNull(in, "no fixture " + name);
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
