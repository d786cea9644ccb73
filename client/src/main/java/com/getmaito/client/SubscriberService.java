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

/**
 * Subscribers: {@code /newsletter/subscribers}. Every method throws a {@link
 * com.getmaito.client.errors.MaitoException} subclass when the call fails after the retries the
 * client allows, and {@link IllegalArgumentException} for an argument it can reject before sending.
 */
public final class SubscriberService {
  private final HttpPipeline pipeline;

  SubscriberService(HttpPipeline pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * Creates a subscriber.
   *
   * @throws com.getmaito.client.errors.ConflictException when the email is already subscribed
   * @throws com.getmaito.client.errors.ValidationException when the server rejects a field
   */
  public Subscriber create(SubscriberCreateParams params) {
    return create(params, RequestOptions.none());
  }

  public Subscriber create(SubscriberCreateParams params, RequestOptions options) {
    return pipeline.execute(Endpoints.createSubscriber(params), options);
  }

  /**
   * Retrieves a subscriber by id.
   *
   * @throws com.getmaito.client.errors.NotFoundException when there is none with that id
   */
  public Subscriber retrieve(String id) {
    return retrieve(id, RequestOptions.none());
  }

  public Subscriber retrieve(String id, RequestOptions options) {
    return pipeline.execute(Endpoints.retrieveSubscriber(id), options);
  }

  /** Updates the fields set in {@code params}; fields set to null are cleared. */
  public Subscriber update(String id, SubscriberUpdateParams params) {
    return update(id, params, RequestOptions.none());
  }

  public Subscriber update(String id, SubscriberUpdateParams params, RequestOptions options) {
    return pipeline.execute(Endpoints.updateSubscriber(id, params), options);
  }

  /** Deletes a subscriber. */
  public DeleteResult delete(String id) {
    return delete(id, RequestOptions.none());
  }

  public DeleteResult delete(String id, RequestOptions options) {
    return pipeline.execute(Endpoints.deleteSubscriber(id), options);
  }

  /** The first page of all subscribers, 50 per page. */
  public Page<Subscriber> list() {
    return list(SubscriberListParams.ofDefaults(), RequestOptions.none());
  }

  /** The first page of the subscribers matching {@code params}. */
  public Page<Subscriber> list(SubscriberListParams params) {
    return list(params, RequestOptions.none());
  }

  public Page<Subscriber> list(SubscriberListParams params, RequestOptions options) {
    return pager(pipeline, params, options).first(params.offset());
  }

  /**
   * Creates up to 100 subscribers in one call; one bad row never fails the others.
   *
   * @throws IllegalArgumentException when {@code subscribers} is empty or holds more than 100
   */
  public BulkCreateResult bulkCreate(List<SubscriberCreateParams> subscribers) {
    return bulkCreate(BulkCreateParams.of(subscribers), RequestOptions.none());
  }

  public BulkCreateResult bulkCreate(
      List<SubscriberCreateParams> subscribers, RequestOptions options) {
    return bulkCreate(BulkCreateParams.of(subscribers), options);
  }

  /** Creates up to 100 subscribers in one call, with a batch-wide opt-in attestation if set. */
  public BulkCreateResult bulkCreate(BulkCreateParams params) {
    return bulkCreate(params, RequestOptions.none());
  }

  public BulkCreateResult bulkCreate(BulkCreateParams params, RequestOptions options) {
    return pipeline.execute(Endpoints.bulkCreate(params), options);
  }

  /**
   * A new importer that streams any number of rows through {@link #bulkCreate(BulkCreateParams)},
   * paced to the key's rate limit; see {@link SubscriberImporter}.
   */
  public SubscriberImporter importer() {
    return new SubscriberImporter(pipeline, () -> java.time.Duration.ZERO);
  }

  static Pager<Subscriber, SubscriberListParams> pager(
      HttpPipeline pipeline, SubscriberListParams params, RequestOptions options) {
    return new Pager<>(
        pipeline,
        params,
        options,
        params.limit(),
        Endpoints::listSubscribers,
        SubscriberListParams::withCursor,
        SubscriberListParams::withOffset);
  }
}
