package com.getmaito.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.reflect.Type;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.net.SocketFactory;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSource;

/**
 * The baseline: what a careful user writes by hand on OkHttp + Moshi for the same calls. The same
 * request (headers, {@code Idempotency-Key} on POST, JSON body) and the same envelope decoded into
 * plain classes, Retrofit's converter pattern in both directions: the body encoded once into a
 * buffer, the response decoded straight from the socket's source. No retries, no rate-limit
 * headers, no error mapping, no compat envelopes, no body cap.
 */
final class BareClient implements AutoCloseable {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  /** A subscriber as plain fields. */
  static final class Subscriber {
    String id;
    String email;
    String emailNormalized;
    String firstName;
    String lastName;
    String status;
    boolean confirmed;
    List<String> tags;
    Map<String, Object> customFields;
    String source;
    Instant subscribedAt;
    Instant unsubscribedAt;
    Instant createdAt;
    Instant updatedAt;
  }

  /** The success envelope. */
  static final class Envelope<T> {
    boolean ok;
    T data;
    Meta meta;
  }

  /** A list's {@code meta}. */
  static final class Meta {
    Long total;
    Long limit;
    String nextCursor;
  }

  /** A bulk create's {@code data}. */
  static final class BulkResult {
    List<Subscriber> created;
    List<Failure> failed;
  }

  /** One failed row. */
  static final class Failure {
    int index;
    String email;
    String code;
    String message;
  }

  /** A bulk create request. */
  static final class BulkRequest {
    List<Row> subscribers;
  }

  /** One row of a bulk create. */
  static final class Row {
    String email;
    String firstName;
    String lastName;
    List<String> tags;
    Map<String, Object> customFields;
    String source;
  }

  private final OkHttpClient http;
  private final String baseUrl;
  private final String authorization;
  private final JsonAdapter<Envelope<Subscriber>> subscriber;
  private final JsonAdapter<Envelope<List<Subscriber>>> page;
  private final JsonAdapter<Envelope<BulkResult>> bulkResult;
  private final JsonAdapter<BulkRequest> bulkRequest;

  BareClient(String baseUrl, String apiKey) {
    this(baseUrl, apiKey, true);
  }

  /**
   * A bare client whose sockets set {@code TCP_NODELAY} when {@code noDelay}, else OkHttp's default
   * sockets (Nagle's algorithm on), for {@link DelayedAck}.
   */
  BareClient(String baseUrl, String apiKey, boolean noDelay) {
    OkHttpClient.Builder builder = new OkHttpClient.Builder();
    if (noDelay) {
      builder.socketFactory(new NoDelay());
    }
    this.http = builder.build();
    this.baseUrl = baseUrl;
    this.authorization = "Bearer " + apiKey;
    Moshi moshi = new Moshi.Builder().add(Instant.class, new InstantAdapter().nullSafe()).build();
    this.subscriber = moshi.adapter(envelope(Subscriber.class));
    this.page = moshi.adapter(envelope(Types.newParameterizedType(List.class, Subscriber.class)));
    this.bulkResult = moshi.adapter(envelope(BulkResult.class));
    this.bulkRequest = moshi.adapter(BulkRequest.class);
  }

  private static Type envelope(Type data) {
    return Types.newParameterizedTypeWithOwner(BareClient.class, Envelope.class, data);
  }

  /** The rows of {@link Fixtures#bulkRows()} as the bare request. */
  static BulkRequest bulkRequest(List<Fixtures.Row> rows) {
    BulkRequest r = new BulkRequest();
    r.subscribers =
        rows.stream()
            .map(
                f -> {
                  Row row = new Row();
                  row.email = f.email();
                  row.firstName = f.firstName();
                  row.lastName = f.lastName();
                  row.tags = f.tags();
                  row.customFields = f.customFields();
                  row.source = f.source();
                  return row;
                })
            .toList();
    return r;
  }

  Subscriber retrieve(String id) throws IOException {
    return call(get("/newsletter/subscribers/" + id), subscriber).data;
  }

  Envelope<List<Subscriber>> list(int limit) throws IOException {
    return call(get("/newsletter/subscribers?limit=" + limit), page);
  }

  BulkResult bulkCreate(BulkRequest request) throws IOException {
    Buffer buffer = new Buffer();
    bulkRequest.toJson(JsonWriter.of(buffer), request);
    RequestBody body = RequestBody.create(buffer.readByteString(), JSON);
    Request r =
        base("/newsletter/subscribers/bulk")
            .header("Idempotency-Key", "bare-" + UUID.randomUUID())
            .post(body)
            .build();
    return call(r, bulkResult).data;
  }

  private Request.Builder base(String path) {
    return new Request.Builder()
        .url(baseUrl + path)
        .header("Accept", "application/json")
        .header("Authorization", authorization);
  }

  private Request get(String path) {
    return base(path).build();
  }

  private <T> Envelope<T> call(Request request, JsonAdapter<Envelope<T>> adapter)
      throws IOException {
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      BufferedSource source = response.body().source();
      JsonReader reader = JsonReader.of(source);
      Envelope<T> envelope = adapter.fromJson(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new JsonDataException("JSON document was not fully consumed.");
      }
      if (envelope == null || !envelope.ok || envelope.data == null) {
        throw new JsonDataException("not a success envelope");
      }
      return envelope;
    }
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  /**
   * RFC 3339 timestamps, parsed by hand for the shape servers send ({@code
   * 2026-11-22T10:30:00.000Z}) so that the baseline does not pay {@code DateTimeFormatter}'s
   * kilobyte of garbage per value ({@code Instant.parse} made the bare page of 500 cost 3.4 MB);
   * anything else goes to {@code Instant.parse}.
   */
  static final class InstantAdapter extends JsonAdapter<Instant> {
    @Override
    public Instant fromJson(JsonReader reader) throws IOException {
      String t = reader.nextString();
      if (t.length() == 24 && t.charAt(10) == 'T' && t.charAt(19) == '.' && t.charAt(23) == 'Z') {
        long day = LocalDate.of(num(t, 0, 4), num(t, 5, 2), num(t, 8, 2)).toEpochDay() * 86_400L;
        long seconds = day + num(t, 11, 2) * 3600L + num(t, 14, 2) * 60L + num(t, 17, 2);
        return Instant.ofEpochSecond(seconds, num(t, 20, 3) * 1_000_000L);
      }
      return Instant.parse(t);
    }

    private static int num(String t, int from, int count) {
      int v = 0;
      for (int i = from; i < from + count; i++) {
        v = v * 10 + (t.charAt(i) - '0');
      }
      return v;
    }

    @Override
    public void toJson(JsonWriter writer, Instant value) throws IOException {
      writer.value(value == null ? null : value.toString());
    }
  }

  /** Sockets with {@code TCP_NODELAY}, as the SDK's. */
  static final class NoDelay extends SocketFactory {
    private final SocketFactory delegate = SocketFactory.getDefault();

    private static Socket noDelay(Socket s) throws IOException {
      s.setTcpNoDelay(true);
      return s;
    }

    @Override
    public Socket createSocket() throws IOException {
      return noDelay(delegate.createSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
      return noDelay(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress local, int localPort)
        throws IOException {
      return noDelay(delegate.createSocket(host, port, local, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
      return noDelay(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress local, int localPort)
        throws IOException {
      return noDelay(delegate.createSocket(address, port, local, localPort));
    }
  }
}
