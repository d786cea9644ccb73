package com.getmaito.client;

import com.getmaito.client.internal.HttpPipeline;
import com.getmaito.client.model.DeleteResult;
import com.getmaito.client.model.Tag;
import com.getmaito.client.model.TagCreateParams;
import com.getmaito.client.model.TagListParams;
import com.getmaito.client.model.TagUpdateParams;
import java.util.concurrent.CompletableFuture;

/**
 * The calls of {@link TagServiceAsync}, each completing with a {@link RawResponse} around the
 * result the plain call completes with; they fail as the plain calls do.
 *
 * <p>Obtained from {@link TagServiceAsync#withRawResponse()}.
 */
public final class TagServiceAsyncWithRawResponse {
  private final HttpPipeline pipeline;

  TagServiceAsyncWithRawResponse(HttpPipeline pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * {@link TagServiceAsync#create(TagCreateParams)}, with the response.
   *
   * @param params the name and optional description of the new tag
   * @return a future of the response, its value what the plain call completes with
   */
  public CompletableFuture<RawResponse<Tag>> create(TagCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /**
   * {@link TagServiceAsync#create(TagCreateParams, RequestOptions)}, with the response.
   *
   * @param params the name and optional description of the new tag
   * @param options overrides of the client's settings for this call
   * @return a future of the response, its value what the plain call completes with
   */
  public CompletableFuture<RawResponse<Tag>> create(
      TagCreateParams params, RequestOptions options) {
    return RawCalls.executeAsync(pipeline, Endpoints.createTag(params), options);
  }

  /**
   * {@link TagServiceAsync#retrieve(String)}, with the response.
   *
   * @param id the tag's id
   * @return a future of the response, its value what the plain call completes with
   */
  public CompletableFuture<RawResponse<Tag>> retrieve(String id) {
    return retrieve(id, RequestOptions.none());
  }

  /**
   * {@link TagServiceAsync#retrieve(String, RequestOptions)}, with the response.
   *
   * @param id the tag's id
   * @param options overrides of the client's settings for this call
   * @return a future of the response, its value what the plain call completes with
   */
  public CompletableFuture<RawResponse<Tag>> retrieve(String id, RequestOptions options) {
    return RawCalls.executeAsync(pipeline, Endpoints.retrieveTag(id), options);
  }

  /**
   * {@link TagServiceAsync#update(String, TagUpdateParams)}, with the response.
   *
   * @param id the tag's id
   * @param params the fields to change
   * @return a future of the response, its value what the plain call completes with
   */
  public CompletableFuture<RawResponse<Tag>> update(String id, TagUpdateParams params) {
    return update(id, params, RequestOptions.none());
  }

  /**
   * {@link TagServiceAsync#update(String, TagUpdateParams, RequestOptions)}, with the response.
   *
   * @param id the tag's id
   * @param params the fields to change
   * @param options overrides of the client's settings for this call
   * @return a future of the response, its value what the plain call completes with
   */
  public CompletableFuture<RawResponse<Tag>> update(
      String id, TagUpdateParams params, RequestOptions options) {
    return RawCalls.executeAsync(pipeline, Endpoints.updateTag(id, params), options);
  }

  /**
   * {@link TagServiceAsync#delete(String)}, with the response.
   *
   * @param id the tag's id
   * @return a future of the response, its value what the plain call completes with
   */
  public CompletableFuture<RawResponse<DeleteResult>> delete(String id) {
    return delete(id, RequestOptions.none());
  }

  /**
   * {@link TagServiceAsync#delete(String, RequestOptions)}, with the response.
   *
   * @param id the tag's id
   * @param options overrides of the client's settings for this call
   * @return a future of the response, its value what the plain call completes with
   */
  public CompletableFuture<RawResponse<DeleteResult>> delete(String id, RequestOptions options) {
    return RawCalls.executeAsync(pipeline, Endpoints.deleteTag(id), options);
  }

  /**
   * {@link TagServiceAsync#list()}, with the response.
   *
   * @return a future of the response, its value what the plain call completes with
   */
  public CompletableFuture<RawResponse<Page<Tag>>> list() {
    return list(TagListParams.ofDefaults(), RequestOptions.none());
  }

  /**
   * {@link TagServiceAsync#list(TagListParams)}, with the response.
   *
   * @param params the page size and starting point
   * @return a future of the response, its value what the plain call completes with
   */
  public CompletableFuture<RawResponse<Page<Tag>>> list(TagListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * {@link TagServiceAsync#list(TagListParams, RequestOptions)}, with the response.
   *
   * @param params the page size and starting point
   * @param options overrides of the client's settings for this call and every further page
   * @return a future of the response, its value what the plain call completes with
   */
  public CompletableFuture<RawResponse<Page<Tag>>> list(
      TagListParams params, RequestOptions options) {
    return TagService.pager(pipeline, params, options).firstRawAsync(params.offset());
  }
}
