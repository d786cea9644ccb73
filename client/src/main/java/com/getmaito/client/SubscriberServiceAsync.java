package com.getmaito.client;

import com.getmaito.client.internal.HttpPipeline;
import com.getmaito.client.model.BulkCreateParams;
import com.getmaito.client.model.BulkCreateResult;
import com.getmaito.client.model.DeleteResult;
import com.getmaito.client.model.Subscriber;
import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.client.model.SubscriberListParams;
import com.getmaito.client.model.SubscriberUpdateParams;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Subscribers, without blocking: each method returns a future that completes with the result or
 * with the same exception the sync {@link SubscriberService} would throw. Retries wait on a
 * scheduler, not a blocked thread.
 */
public final class SubscriberServiceAsync {
  private final HttpPipeline pipeline;

  SubscriberServiceAsync(HttpPipeline pipeline) {
    this.pipeline = pipeline;
  }

  public CompletableFuture<Subscriber> create(SubscriberCreateParams params) {
    return create(params, RequestOptions.none());
  }

  public CompletableFuture<Subscriber> create(
      SubscriberCreateParams params, RequestOptions options) {
    return pipeline.executeAsync(Endpoints.createSubscriber(params), options);
  }

  public CompletableFuture<Subscriber> retrieve(String id) {
    return retrieve(id, RequestOptions.none());
  }

  public CompletableFuture<Subscriber> retrieve(String id, RequestOptions options) {
    return pipeline.executeAsync(Endpoints.retrieveSubscriber(id), options);
  }

  public CompletableFuture<Subscriber> update(String id, SubscriberUpdateParams params) {
    return update(id, params, RequestOptions.none());
  }

  public CompletableFuture<Subscriber> update(
      String id, SubscriberUpdateParams params, RequestOptions options) {
    return pipeline.executeAsync(Endpoints.updateSubscriber(id, params), options);
  }

  public CompletableFuture<DeleteResult> delete(String id) {
    return delete(id, RequestOptions.none());
  }

  public CompletableFuture<DeleteResult> delete(String id, RequestOptions options) {
    return pipeline.executeAsync(Endpoints.deleteSubscriber(id), options);
  }

  public CompletableFuture<Page<Subscriber>> list() {
    return list(SubscriberListParams.ofDefaults(), RequestOptions.none());
  }

  public CompletableFuture<Page<Subscriber>> list(SubscriberListParams params) {
    return list(params, RequestOptions.none());
  }

  public CompletableFuture<Page<Subscriber>> list(
      SubscriberListParams params, RequestOptions options) {
    return SubscriberService.pager(pipeline, params, options).firstAsync(params.offset());
  }

  public CompletableFuture<BulkCreateResult> bulkCreate(List<SubscriberCreateParams> subscribers) {
    return bulkCreate(BulkCreateParams.of(subscribers), RequestOptions.none());
  }

  public CompletableFuture<BulkCreateResult> bulkCreate(
      List<SubscriberCreateParams> subscribers, RequestOptions options) {
    return bulkCreate(BulkCreateParams.of(subscribers), options);
  }

  public CompletableFuture<BulkCreateResult> bulkCreate(BulkCreateParams params) {
    return bulkCreate(params, RequestOptions.none());
  }

  public CompletableFuture<BulkCreateResult> bulkCreate(
      BulkCreateParams params, RequestOptions options) {
    return pipeline.executeAsync(Endpoints.bulkCreate(params), options);
  }
}
