package com.getmaito.emulator;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import okhttp3.ConnectionPool;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/** Raw HTTP to the emulator over OkHttp, independent of the SDK; for tests. */
final class Api {
  /** Shared; OkHttp's retry on connection failure hides stale pooled connections to old ports. */
  static final OkHttpClient CLIENT = new OkHttpClient();

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final Moshi MOSHI = new Moshi.Builder().build();

  final String baseUrl;
  final String key;
  private final OkHttpClient client;

  Api(MaitoEmulator emulator) {
    this(emulator.baseUrl(), emulator.bootstrapKey());
  }

  Api(String baseUrl, String key) {
    this(baseUrl, key, CLIENT);
  }

  private Api(String baseUrl, String key, OkHttpClient client) {
    this.baseUrl = baseUrl;
    this.key = key;
    this.client = client;
  }

  Api withKey(String key) {
    return new Api(baseUrl, key, client);
  }

  /**
   * Returns an Api whose dropped connections surface as errors: no retry on connection failure, and
   * its own connection pool, so no stale connection from another emulator is reused.
   */
  Api noRetry() {
    return new Api(
        baseUrl,
        key,
        CLIENT
            .newBuilder()
            .retryOnConnectionFailure(false)
            .connectionPool(new ConnectionPool())
            .build());
  }

  static String json(Object value) {
    return MOSHI.adapter(Object.class).serializeNulls().toJson(value);
  }

  Res get(String path) {
    return call(request(path).get());
  }

  Res post(String path, Object body) {
    return call(request(path).post(body(body)));
  }

  Res post(String path, Object body, String idempotencyKey) {
    return call(request(path).post(body(body)).header("Idempotency-Key", idempotencyKey));
  }

  Res put(String path, Object body) {
    return call(request(path).put(body(body)));
  }

  Res delete(String path) {
    return call(request(path).delete());
  }

  Request.Builder request(String path) {
    Request.Builder builder = new Request.Builder().url(baseUrl + path);
    if (key != null) {
      builder.header("Authorization", "Bearer " + key);
    }
    return builder;
  }

  static RequestBody body(Object body) {
    return RequestBody.create(body instanceof String ? (String) body : json(body), JSON);
  }

  Res call(Request.Builder request) {
    try (Response response = client.newCall(request.build()).execute()) {
      return new Res(response.code(), response.headers(), response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A response: status, headers and body text, with JSON accessors. */
  record Res(int status, Headers headers, String body) {
    Map<String, Object> json() {
      try {
        return cast(JsonReader.of(new Buffer().writeUtf8(body)).readJsonValue());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    Map<String, Object> data() {
      return cast(json().get("data"));
    }

    List<Map<String, Object>> dataList() {
      return cast(json().get("data"));
    }

    Map<String, Object> meta() {
      return cast(json().get("meta"));
    }

    Map<String, Object> error() {
      return cast(json().get("error"));
    }

    String errorCode() {
      return (String) error().get("code");
    }

    List<Map<String, Object>> details() {
      return cast(error().get("details"));
    }

    String header(String name) {
      return headers.get(name);
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  @SuppressWarnings("unchecked")
  static <T> T cast(Object value) {
    return (T) value;
  }
}
