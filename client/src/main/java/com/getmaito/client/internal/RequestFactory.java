package com.getmaito.client.internal;

import com.getmaito.client.AuthScheme;
import com.getmaito.client.RequestOptions;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Builds the HTTP request of a call: URL, headers, credentials, body and {@code Idempotency-Key}.
 * The auth header is the one place (with the {@link Redactor}) that reads the key: the client's, or
 * the call's own from {@link RequestOptions#apiKey()}, which the redactor learns before it is sent.
 */
final class RequestFactory {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final ClientConfig config;
  private final OkHttpClient http;
  private final Redactor redactor;
  private final String userAgent = UserAgent.value();

  RequestFactory(ClientConfig config, OkHttpClient http, Redactor redactor) {
    this.config = config;
    this.http = http;
    this.redactor = redactor;
  }

  <T> Exchange<T> create(ApiCall<T> call, RequestOptions options) {
    HttpUrl.Builder url = config.baseUrl().newBuilder();
    for (String segment : call.path()) {
      url.addPathSegment(segment);
    }
    if (!call.query().isEmpty()) {
      call.query().forEach(url::addQueryParameter);
    }
    Request.Builder request =
        new Request.Builder()
            .url(url.build())
            .header("Accept", "application/json")
            .header("User-Agent", userAgent);
    String apiKey = config.apiKey();
    if (options.apiKey() != null) {
      apiKey = options.apiKey();
      redactor.learn(apiKey);
    }
    if (config.authScheme() == AuthScheme.X_API_KEY) {
      request.header("X-API-Key", apiKey);
    } else {
      request.header("Authorization", "Bearer " + apiKey);
    }
    options.headers().forEach(request::header);
    RequestBody body =
        call.body() == null ? null : RequestBody.create(Json.encodeBody(call.body()), JSON);
    if (body == null && call.method().equals("POST")) {
      body = RequestBody.create("{}", JSON);
    }
    request.method(call.method(), body);
    boolean idempotent = true;
    if (call.method().equals("POST")) {
      String key = options.idempotencyKey();
      if (key == null && config.autoIdempotencyKeys()) {
        key = "maito-" + UUID.randomUUID();
      }
      if (key != null) {
        request.header("Idempotency-Key", key);
      } else {
        idempotent = false;
      }
    }
    int maxRetries = options.maxRetries() != null ? options.maxRetries() : config.maxRetries();
    return new Exchange<>(call, request.build(), client(options), maxRetries, idempotent);
  }

  /** The client's HTTP client, or a derived one (same pool) with the call's own timeouts. */
  private OkHttpClient client(RequestOptions o) {
    if (o.timeout() == null
        && o.connectTimeout() == null
        && o.readTimeout() == null
        && o.writeTimeout() == null) {
      return http;
    }
    OkHttpClient.Builder b = http.newBuilder();
    if (o.timeout() != null) {
      b.callTimeout(o.timeout());
    }
    if (o.connectTimeout() != null) {
      b.connectTimeout(o.connectTimeout());
    }
    if (o.readTimeout() != null) {
      b.readTimeout(o.readTimeout());
    }
    if (o.writeTimeout() != null) {
      b.writeTimeout(o.writeTimeout());
    }
    return b.build();
  }
}
