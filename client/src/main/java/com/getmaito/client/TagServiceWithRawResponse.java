package com.getmaito.client;

import com.getmaito.client.internal.HttpPipeline;
import com.getmaito.client.model.DeleteResult;
import com.getmaito.client.model.Tag;
import com.getmaito.client.model.TagCreateParams;
import com.getmaito.client.model.TagListParams;
import com.getmaito.client.model.TagUpdateParams;

/**
 * The calls of {@link TagService}, each returning a {@link RawResponse} around the result the plain
 * call returns; they fail as the plain calls do.
 *
 * <p>Obtained from {@link TagService#withRawResponse()}.
 */
public final class TagServiceWithRawResponse {
  private final HttpPipeline pipeline;

  TagServiceWithRawResponse(HttpPipeline pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * {@link TagService#create(TagCreateParams)}, with the response.
   *
   * @param params the name and optional description of the new tag
   * @return the response, its value what the plain call returns
   */
  public RawResponse<Tag> create(TagCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /**
   * {@link TagService#create(TagCreateParams, RequestOptions)}, with the response.
   *
   * @param params the name and optional description of the new tag
   * @param options overrides of the client's settings for this call
   * @return the response, its value what the plain call returns
   */
  public RawResponse<Tag> create(TagCreateParams params, RequestOptions options) {
    return RawCalls.execute(pipeline, Endpoints.createTag(params), options);
  }

  /**
   * {@link TagService#retrieve(String)}, with the response.
   *
   * @param id the tag's id
   * @return the response, its value what the plain call returns
   */
  public RawResponse<Tag> retrieve(String id) {
    return retrieve(id, RequestOptions.none());
  }

  /**
   * {@link TagService#retrieve(String, RequestOptions)}, with the response.
   *
   * @param id the tag's id
   * @param options overrides of the client's settings for this call
   * @return the response, its value what the plain call returns
   */
  public RawResponse<Tag> retrieve(String id, RequestOptions options) {
    return RawCalls.execute(pipeline, Endpoints.retrieveTag(id), options);
  }

  /**
   * {@link TagService#update(String, TagUpdateParams)}, with the response.
   *
   * @param id the tag's id
   * @param params the fields to change
   * @return the response, its value what the plain call returns
   */
  public RawResponse<Tag> update(String id, TagUpdateParams params) {
    return update(id, params, RequestOptions.none());
  }

  /**
   * {@link TagService#update(String, TagUpdateParams, RequestOptions)}, with the response.
   *
   * @param id the tag's id
   * @param params the fields to change
   * @param options overrides of the client's settings for this call
   * @return the response, its value what the plain call returns
   */
  public RawResponse<Tag> update(String id, TagUpdateParams params, RequestOptions options) {
    return RawCalls.execute(pipeline, Endpoints.updateTag(id, params), options);
  }

  /**
   * {@link TagService#delete(String)}, with the response.
   *
   * @param id the tag's id
   * @return the response, its value what the plain call returns
   */
  public RawResponse<DeleteResult> delete(String id) {
    return delete(id, RequestOptions.none());
  }

  /**
   * {@link TagService#delete(String, RequestOptions)}, with the response.
   *
   * @param id the tag's id
   * @param options overrides of the client's settings for this call
   * @return the response, its value what the plain call returns
   */
  public RawResponse<DeleteResult> delete(String id, RequestOptions options) {
    return RawCalls.execute(pipeline, Endpoints.deleteTag(id), options);
  }

  /**
   * {@link TagService#list()}, with the response.
   *
   * @return the response, its value what the plain call returns
   */
  public RawResponse<Page<Tag>> list() {
    return list(TagListParams.ofDefaults(), RequestOptions.none());
  }

  /**
   * {@link TagService#list(TagListParams)}, with the response.
   *
   * @param params the page size and starting point
   * @return the response, its value what the plain call returns
   */
  public RawResponse<Page<Tag>> list(TagListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * {@link TagService#list(TagListParams, RequestOptions)}, with the response.
   *
   * @param params the page size and starting point
   * @param options overrides of the client's settings for this call and every further page
   * @return the response, its value what the plain call returns
   */
  public RawResponse<Page<Tag>> list(TagListParams params, RequestOptions options) {
    return TagService.pager(pipeline, params, options).firstRaw(params.offset());
  }
}
