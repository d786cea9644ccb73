package com.getmaito.client;

import com.getmaito.client.internal.ApiCall;
import com.getmaito.client.internal.BulkTally;
import com.getmaito.client.internal.Json;
import com.getmaito.client.internal.JsonBody;
import com.getmaito.client.internal.ListResult;
import com.getmaito.client.model.ApiKey;
import com.getmaito.client.model.ApiKeyCreateParams;
import com.getmaito.client.model.BulkCreateParams;
import com.getmaito.client.model.BulkCreateResult;
import com.getmaito.client.model.CreatedApiKey;
import com.getmaito.client.model.DeleteResult;
import com.getmaito.client.model.RevokeResult;
import com.getmaito.client.model.Subscriber;
import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.client.model.SubscriberListParams;
import com.getmaito.client.model.SubscriberUpdateParams;
import com.getmaito.client.model.Tag;
import com.getmaito.client.model.TagCreateParams;
import com.getmaito.client.model.TagListParams;
import com.getmaito.client.model.TagUpdateParams;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Every call of the contract, described once for the sync and async services. */
final class Endpoints {
  private static final String SUBSCRIBERS = "subscribers";
  private static final String NEWSLETTER = "newsletter";
  private static final String TAGS = "tags";
  private static final String API_KEYS = "api-keys";

  private Endpoints() {}

  static ApiCall<Subscriber> createSubscriber(SubscriberCreateParams params) {
    Objects.requireNonNull(params, "params == null");
    return ApiCall.of(
        "POST",
        List.of(NEWSLETTER, SUBSCRIBERS),
        Map.of(),
        Json.subscriberBody(params),
        Subscriber.class);
  }

  static ApiCall<Subscriber> retrieveSubscriber(String id) {
    return ApiCall.of("GET", subscriber(id), Map.of(), null, Subscriber.class);
  }

  static ApiCall<Subscriber> updateSubscriber(String id, SubscriberUpdateParams params) {
    Objects.requireNonNull(params, "params == null");
    return ApiCall.of(
        "PUT", subscriber(id), Map.of(), JsonBody.of(params.body()), Subscriber.class);
  }

  static ApiCall<DeleteResult> deleteSubscriber(String id) {
    return ApiCall.of("DELETE", subscriber(id), Map.of(), null, DeleteResult.class)
        .ifGone(() -> new DeleteResult(id, true));
  }

  static ApiCall<ListResult<Subscriber>> listSubscribers(SubscriberListParams params) {
    Objects.requireNonNull(params, "params == null");
    return new ApiCall<>(
        "GET",
        List.of(NEWSLETTER, SUBSCRIBERS),
        params.query(),
        null,
        ApiCall.listOf(Subscriber.class),
        ListResult::of);
  }

  static ApiCall<BulkCreateResult> bulkCreate(BulkCreateParams params) {
    return bulk(params, BulkCreateResult.class);
  }

  /** The bulk create the importer sends: the created subscribers counted, not decoded. */
  static ApiCall<BulkTally> bulkCreateTallied(BulkCreateParams params) {
    return bulk(params, BulkTally.class);
  }

  private static <T> ApiCall<T> bulk(BulkCreateParams params, Class<T> answer) {
    Objects.requireNonNull(params, "params == null");
    return ApiCall.of(
        "POST", List.of(NEWSLETTER, SUBSCRIBERS, "bulk"), Map.of(), Json.bulkBody(params), answer);
  }

  static ApiCall<Tag> createTag(TagCreateParams params) {
    Objects.requireNonNull(params, "params == null");
    return ApiCall.of(
        "POST", List.of(NEWSLETTER, TAGS), Map.of(), JsonBody.of(params.body()), Tag.class);
  }

  static ApiCall<Tag> retrieveTag(String id) {
    return ApiCall.of("GET", tag(id), Map.of(), null, Tag.class);
  }

  static ApiCall<Tag> updateTag(String id, TagUpdateParams params) {
    Objects.requireNonNull(params, "params == null");
    return ApiCall.of("PUT", tag(id), Map.of(), JsonBody.of(params.body()), Tag.class);
  }

  static ApiCall<DeleteResult> deleteTag(String id) {
    return ApiCall.of("DELETE", tag(id), Map.of(), null, DeleteResult.class)
        .ifGone(() -> new DeleteResult(id, true));
  }

  static ApiCall<ListResult<Tag>> listTags(TagListParams params) {
    Objects.requireNonNull(params, "params == null");
    return new ApiCall<>(
        "GET",
        List.of(NEWSLETTER, TAGS),
        params.query(),
        null,
        ApiCall.listOf(Tag.class),
        ListResult::of);
  }

  static ApiCall<CreatedApiKey> createApiKey(ApiKeyCreateParams params) {
    Objects.requireNonNull(params, "params == null");
    return new ApiCall<>(
        "POST",
        List.of(API_KEYS),
        Map.of(),
        JsonBody.of(params.body()),
        Json.JSON_OBJECT,
        d -> {
          Map<?, ?> data = (Map<?, ?>) d.data();
          ApiKey key = Json.apiKeyAdapter().fromJsonValue(data);
          Object secret = data.get("apiKey");
          return new CreatedApiKey(
              Objects.requireNonNull(key, "ApiKey is required"),
              secret instanceof String ? (String) secret : null,
              d.metaString("warning"));
        });
  }

  static ApiCall<List<ApiKey>> listApiKeys() {
    return new ApiCall<>(
        "GET",
        List.of(API_KEYS),
        Map.of(),
        null,
        ApiCall.listOf(ApiKey.class),
        d -> ListResult.items(d.data()));
  }

  static ApiCall<RevokeResult> revokeApiKey(String id) {
    return ApiCall.of(
            "DELETE", List.of(API_KEYS, ApiCall.id(id, "id")), Map.of(), null, RevokeResult.class)
        .ifGone(() -> new RevokeResult(id, true));
  }

  private static List<String> subscriber(String id) {
    return List.of(NEWSLETTER, SUBSCRIBERS, ApiCall.id(id, "id"));
  }

  private static List<String> tag(String id) {
    return List.of(NEWSLETTER, TAGS, ApiCall.id(id, "id"));
  }
}
