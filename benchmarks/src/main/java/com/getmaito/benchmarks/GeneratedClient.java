package com.getmaito.benchmarks;

import com.getmaito.benchmarks.generated.ApiClient;
import com.getmaito.benchmarks.generated.ApiException;
import com.getmaito.benchmarks.generated.api.SubscribersApi;
import com.getmaito.benchmarks.generated.model.BulkCreateRequest;
import com.getmaito.benchmarks.generated.model.BulkCreateResult;
import com.getmaito.benchmarks.generated.model.CustomFieldsValue;
import com.getmaito.benchmarks.generated.model.Subscriber;
import com.getmaito.benchmarks.generated.model.SubscriberCreate;
import com.getmaito.benchmarks.generated.model.SubscriberListResponse;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import okhttp3.OkHttpClient;

/**
 * The peer a user would generate instead of using the SDK: OpenAPI Generator's {@code java} client
 * (library {@code okhttp-gson}, its default) generated from {@code spec/openapi.yaml} into {@code
 * target/generated-sources/openapi} at every build (see this module's pom), used as its README
 * shows ({@code new SubscribersApi(apiClient)}), on OkHttp 5 like the SDK.
 *
 * <p>Configured as {@link BareClient} is: its own {@link OkHttpClient} with {@code TCP_NODELAY}
 * (and OkHttp's default keep-alive pool), the key as {@code Authorization: Bearer}, an {@code
 * Idempotency-Key} on the bulk POST. The generated client decodes the canonical envelope itself:
 * its response models are the spec's {@code SubscriberResponse}, {@code SubscriberListResponse} and
 * {@code BulkCreateResponse} ({@code ok}, {@code data}, {@code meta}).
 */
final class GeneratedClient implements AutoCloseable {
  private final OkHttpClient http;
  private final SubscribersApi subscribers;

  GeneratedClient(String baseUrl, String apiKey) {
    // ApiClient(OkHttpClient) takes the client as it is: no progress interceptor, no logging.
    this.http = new OkHttpClient.Builder().socketFactory(new BareClient.NoDelay()).build();
    ApiClient api = new ApiClient(http);
    api.setBasePath(baseUrl);
    api.setBearerToken(apiKey);
    this.subscribers = new SubscribersApi(api);
  }

  /**
   * The rows of {@link Fixtures#bulkRows()} as the generated request. {@code status} is cleared:
   * the generated {@code SubscriberCreate} starts at the spec's default ({@code subscribed}) and
   * would send it in every row, which the SDK and the bare client do not.
   */
  static BulkCreateRequest bulkRequest(List<Fixtures.Row> rows) {
    BulkCreateRequest request = new BulkCreateRequest();
    for (Fixtures.Row r : rows) {
      Map<String, CustomFieldsValue> custom = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : r.customFields().entrySet()) {
        Object v = e.getValue();
        custom.put(
            e.getKey(),
            new CustomFieldsValue(
                v instanceof Integer i ? BigDecimal.valueOf(i.longValue()) : (Object) v));
      }
      request.addSubscribersItem(
          new SubscriberCreate()
              .email(r.email())
              .firstName(r.firstName())
              .lastName(r.lastName())
              .status(null)
              .tags(r.tags())
              .customFields(custom)
              .source(r.source()));
    }
    return request;
  }

  Subscriber retrieve(String id) throws ApiException {
    return subscribers.retrieveSubscriber(id).getData();
  }

  SubscriberListResponse list(int limit) throws ApiException {
    return subscribers.listSubscribers(null, null, null, limit, null, null);
  }

  BulkCreateResult bulkCreate(BulkCreateRequest request) throws ApiException {
    return subscribers.bulkCreateSubscribers(request, "gen-" + UUID.randomUUID()).getData();
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
