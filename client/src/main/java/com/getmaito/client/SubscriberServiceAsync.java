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
 * scheduler, not a blocked thread. The calls and their shapes are those of {@link
 * SubscriberService}.
 *
 * <pre>{@code
 * client.async().subscribers()
 *     .create(SubscriberCreateParams.builder().email("ann@example.com").build())
 *     .thenAccept(s -> log.info("created {}", s.id()));
 * }</pre>
 */
public final class SubscriberServiceAsync {
  private final HttpPipeline pipeline;

  SubscriberServiceAsync(HttpPipeline pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * Creates a subscriber.
   *
   * @param params the email and the optional fields of the new subscriber
   * @return a future of the subscriber as stored, with its id
   * @see SubscriberService#create(SubscriberCreateParams)
   */
  public CompletableFuture<Subscriber> create(SubscriberCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /**
   * Creates a subscriber, with options for this call.
   *
   * @param params the email and the optional fields of the new subscriber
   * @param options overrides of the client's settings for this call
   * @return a future of the subscriber as stored, with its id
   * @see SubscriberService#create(SubscriberCreateParams)
   */
  public CompletableFuture<Subscriber> create(
      SubscriberCreateParams params, RequestOptions options) {
    return pipeline.executeAsync(Endpoints.createSubscriber(params), options);
  }

  /**
   * Retrieves a subscriber by id.
   *
   * @param id the subscriber's id
   * @return a future of the subscriber
   * @see SubscriberService#retrieve(String)
   */
  public CompletableFuture<Subscriber> retrieve(String id) {
    return retrieve(id, RequestOptions.none());
  }

  /**
   * Retrieves a subscriber by id, with options for this call.
   *
   * @param id the subscriber's id
   * @param options overrides of the client's settings for this call
   * @return a future of the subscriber
   * @see SubscriberService#retrieve(String)
   */
  public CompletableFuture<Subscriber> retrieve(String id, RequestOptions options) {
    return pipeline.executeAsync(Endpoints.retrieveSubscriber(id), options);
  }

  /**
   * Updates the fields set in {@code params}; fields set to null are cleared, the others kept.
   *
   * @param id the subscriber's id
   * @param params the fields to change
   * @return a future of the subscriber after the update
   * @see SubscriberService#update(String, SubscriberUpdateParams)
   */
  public CompletableFuture<Subscriber> update(String id, SubscriberUpdateParams params) {
    return update(id, params, RequestOptions.none());
  }

  /**
   * Updates the fields set in {@code params}, with options for this call.
   *
   * @param id the subscriber's id
   * @param params the fields to change
   * @param options overrides of the client's settings for this call
   * @return a future of the subscriber after the update
   * @see SubscriberService#update(String, SubscriberUpdateParams)
   */
  public CompletableFuture<Subscriber> update(
      String id, SubscriberUpdateParams params, RequestOptions options) {
    return pipeline.executeAsync(Endpoints.updateSubscriber(id, params), options);
  }

  /**
   * Deletes a subscriber.
   *
   * @param id the subscriber's id
   * @return a future of the server's confirmation, with the deleted id
   * @see SubscriberService#delete(String)
   */
  public CompletableFuture<DeleteResult> delete(String id) {
    return delete(id, RequestOptions.none());
  }

  /**
   * Deletes a subscriber, with options for this call.
   *
   * @param id the subscriber's id
   * @param options overrides of the client's settings for this call
   * @return a future of the server's confirmation, with the deleted id
   * @see SubscriberService#delete(String)
   */
  public CompletableFuture<DeleteResult> delete(String id, RequestOptions options) {
    return pipeline.executeAsync(Endpoints.deleteSubscriber(id), options);
  }

  /**
   * Lists all subscribers, 50 per page.
   *
   * @return a future of the first page; {@link Page#nextPageAsync()} fetches the next
   * @see SubscriberService#list()
   */
  public CompletableFuture<Page<Subscriber>> list() {
    return list(SubscriberListParams.ofDefaults(), RequestOptions.none());
  }

  /**
   * Lists the subscribers matching {@code params}.
   *
   * @param params the filters, page size and starting point
   * @return a future of the first page; {@link Page#nextPageAsync()} fetches the next
   * @see SubscriberService#list(SubscriberListParams)
   */
  public CompletableFuture<Page<Subscriber>> list(SubscriberListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * Lists the subscribers matching {@code params}, with options for this call and the pages after.
   *
   * @param params the filters, page size and starting point
   * @param options overrides of the client's settings for this call and every further page
   * @return a future of the first page
   * @see SubscriberService#list(SubscriberListParams)
   */
  public CompletableFuture<Page<Subscriber>> list(
      SubscriberListParams params, RequestOptions options) {
    return SubscriberService.pager(pipeline, params, options).firstAsync(params.offset());
  }

  /**
   * Creates up to 100 subscribers in one call; one bad row never fails the others.
   *
   * @param subscribers the rows, 1 to 100
   * @return a future of the created subscribers and the rows that failed
   * @throws IllegalArgumentException when {@code subscribers} is empty or holds more than 100
   *     (thrown, not returned in the future)
   * @see SubscriberService#bulkCreate(List)
   */
  public CompletableFuture<BulkCreateResult> bulkCreate(List<SubscriberCreateParams> subscribers) {
    return bulkCreate(BulkCreateParams.of(subscribers), RequestOptions.none());
  }

  /**
   * Creates up to 100 subscribers in one call, with options for this call.
   *
   * @param subscribers the rows, 1 to 100
   * @param options overrides of the client's settings for this call
   * @return a future of the created subscribers and the rows that failed
   * @see #bulkCreate(List)
   */
  public CompletableFuture<BulkCreateResult> bulkCreate(
      List<SubscriberCreateParams> subscribers, RequestOptions options) {
    return bulkCreate(BulkCreateParams.of(subscribers), options);
  }

  /**
   * Creates up to 100 subscribers in one call, with a batch-wide opt-in attestation if set.
   *
   * @param params the rows and the batch-wide settings
   * @return a future of the created subscribers and the rows that failed
   * @see SubscriberService#bulkCreate(BulkCreateParams)
   */
  public CompletableFuture<BulkCreateResult> bulkCreate(BulkCreateParams params) {
    return bulkCreate(params, RequestOptions.none());
  }

  /**
   * Creates up to 100 subscribers in one call, with options for this call.
   *
   * @param params the rows and the batch-wide settings
   * @param options overrides of the client's settings for this call
   * @return a future of the created subscribers and the rows that failed
   * @see SubscriberService#bulkCreate(BulkCreateParams)
   */
  public CompletableFuture<BulkCreateResult> bulkCreate(
      BulkCreateParams params, RequestOptions options) {
    return pipeline.executeAsync(Endpoints.bulkCreate(params), options);
  }
}
