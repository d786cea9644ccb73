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
 * The calls of {@link SubscriberService}, each returning a {@link RawResponse} around the result
 * the plain call returns; they fail as the plain calls do.
 *
 * <p>Obtained from {@link SubscriberService#withRawResponse()}.
 */
public final class SubscriberServiceWithRawResponse {
  private final HttpPipeline pipeline;

  SubscriberServiceWithRawResponse(HttpPipeline pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * {@link SubscriberService#create(SubscriberCreateParams)}, with the response.
   *
   * @param params the email and the optional fields of the new subscriber
   * @return the response, its value the subscriber as stored
   */
  public RawResponse<Subscriber> create(SubscriberCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /**
   * {@link SubscriberService#create(SubscriberCreateParams, RequestOptions)}, with the response.
   *
   * @param params the email and the optional fields of the new subscriber
   * @param options overrides of the client's settings for this call
   * @return the response, its value the subscriber as stored
   */
  public RawResponse<Subscriber> create(SubscriberCreateParams params, RequestOptions options) {
    return RawCalls.execute(pipeline, Endpoints.createSubscriber(params), options);
  }

  /**
   * {@link SubscriberService#retrieve(String)}, with the response.
   *
   * @param id the subscriber's id
   * @return the response, its value the subscriber
   */
  public RawResponse<Subscriber> retrieve(String id) {
    return retrieve(id, RequestOptions.none());
  }

  /**
   * {@link SubscriberService#retrieve(String, RequestOptions)}, with the response.
   *
   * @param id the subscriber's id
   * @param options overrides of the client's settings for this call
   * @return the response, its value the subscriber
   */
  public RawResponse<Subscriber> retrieve(String id, RequestOptions options) {
    return RawCalls.execute(pipeline, Endpoints.retrieveSubscriber(id), options);
  }

  /**
   * {@link SubscriberService#update(String, SubscriberUpdateParams)}, with the response.
   *
   * @param id the subscriber's id
   * @param params the fields to change
   * @return the response, its value the subscriber after the update
   */
  public RawResponse<Subscriber> update(String id, SubscriberUpdateParams params) {
    return update(id, params, RequestOptions.none());
  }

  /**
   * {@link SubscriberService#update(String, SubscriberUpdateParams, RequestOptions)}, with the
   * response.
   *
   * @param id the subscriber's id
   * @param params the fields to change
   * @param options overrides of the client's settings for this call
   * @return the response, its value the subscriber after the update
   */
  public RawResponse<Subscriber> update(
      String id, SubscriberUpdateParams params, RequestOptions options) {
    return RawCalls.execute(pipeline, Endpoints.updateSubscriber(id, params), options);
  }

  /**
   * {@link SubscriberService#delete(String)}, with the response.
   *
   * @param id the subscriber's id
   * @return the response, its value the server's confirmation
   */
  public RawResponse<DeleteResult> delete(String id) {
    return delete(id, RequestOptions.none());
  }

  /**
   * {@link SubscriberService#delete(String, RequestOptions)}, with the response.
   *
   * @param id the subscriber's id
   * @param options overrides of the client's settings for this call
   * @return the response, its value the server's confirmation
   */
  public RawResponse<DeleteResult> delete(String id, RequestOptions options) {
    return RawCalls.execute(pipeline, Endpoints.deleteSubscriber(id), options);
  }

  /**
   * {@link SubscriberService#list()}, with the response of the first page.
   *
   * @return the response, its value the first page (further pages are fetched as plain calls)
   */
  public RawResponse<Page<Subscriber>> list() {
    return list(SubscriberListParams.ofDefaults(), RequestOptions.none());
  }

  /**
   * {@link SubscriberService#list(SubscriberListParams)}, with the response of the first page.
   *
   * @param params the filters, page size and starting point
   * @return the response, its value the first page
   */
  public RawResponse<Page<Subscriber>> list(SubscriberListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * {@link SubscriberService#list(SubscriberListParams, RequestOptions)}, with the response of the
   * first page.
   *
   * @param params the filters, page size and starting point
   * @param options overrides of the client's settings for this call and every further page
   * @return the response, its value the first page
   */
  public RawResponse<Page<Subscriber>> list(SubscriberListParams params, RequestOptions options) {
    return SubscriberService.pager(pipeline, params, options).firstRaw(params.offset());
  }

  /**
   * {@link SubscriberService#bulkCreate(List)}, with the response.
   *
   * @param subscribers the rows, 1 to 100
   * @return the response, its value the created subscribers and the rows that failed
   */
  public RawResponse<BulkCreateResult> bulkCreate(List<SubscriberCreateParams> subscribers) {
    return bulkCreate(BulkCreateParams.of(subscribers), RequestOptions.none());
  }

  /**
   * {@link SubscriberService#bulkCreate(List, RequestOptions)}, with the response.
   *
   * @param subscribers the rows, 1 to 100
   * @param options overrides of the client's settings for this call
   * @return the response, its value the created subscribers and the rows that failed
   */
  public RawResponse<BulkCreateResult> bulkCreate(
      List<SubscriberCreateParams> subscribers, RequestOptions options) {
    return bulkCreate(BulkCreateParams.of(subscribers), options);
  }

  /**
   * {@link SubscriberService#bulkCreate(BulkCreateParams)}, with the response.
   *
   * @param params the rows and the batch-wide settings
   * @return the response, its value the created subscribers and the rows that failed
   */
  public RawResponse<BulkCreateResult> bulkCreate(BulkCreateParams params) {
    return bulkCreate(params, RequestOptions.none());
  }

  /**
   * {@link SubscriberService#bulkCreate(BulkCreateParams, RequestOptions)}, with the response.
   *
   * @param params the rows and the batch-wide settings
   * @param options overrides of the client's settings for this call
   * @return the response, its value the created subscribers and the rows that failed
   */
  public RawResponse<BulkCreateResult> bulkCreate(BulkCreateParams params, RequestOptions options) {
    return RawCalls.execute(pipeline, Endpoints.bulkCreate(params), options);
  }
}
