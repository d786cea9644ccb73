package com.getmaito.client;

import com.getmaito.client.internal.HttpPipeline;
import com.getmaito.client.model.DeleteResult;
import com.getmaito.client.model.Tag;
import com.getmaito.client.model.TagCreateParams;
import com.getmaito.client.model.TagListParams;
import com.getmaito.client.model.TagUpdateParams;
import java.util.concurrent.CompletableFuture;

/**
 * Tags, without blocking; futures fail with the exceptions {@link TagService} would throw. The
 * calls and their shapes are those of {@link TagService}.
 *
 * <pre>{@code
 * client.async().tags().create(TagCreateParams.of("vip")).thenAccept(t -> use(t.id()));
 * }</pre>
 */
public final class TagServiceAsync {
  private final HttpPipeline pipeline;
  private final TagServiceAsyncWithRawResponse raw;

  TagServiceAsync(HttpPipeline pipeline) {
    this.pipeline = pipeline;
    this.raw = new TagServiceAsyncWithRawResponse(pipeline);
  }

  /**
   * Creates a tag.
   *
   * @param params the name and optional description of the new tag
   * @return a future of the tag as stored, with its id
   * @see TagService#create(TagCreateParams)
   */
  public CompletableFuture<Tag> create(TagCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /**
   * Creates a tag, with options for this call.
   *
   * @param params the name and optional description of the new tag
   * @param options overrides of the client's settings for this call
   * @return a future of the tag as stored, with its id
   * @see TagService#create(TagCreateParams)
   */
  public CompletableFuture<Tag> create(TagCreateParams params, RequestOptions options) {
    return pipeline.executeAsync(Endpoints.createTag(params), options);
  }

  /**
   * Retrieves a tag by id.
   *
   * @param id the tag's id
   * @return a future of the tag
   * @see TagService#retrieve(String)
   */
  public CompletableFuture<Tag> retrieve(String id) {
    return retrieve(id, RequestOptions.none());
  }

  /**
   * Retrieves a tag by id, with options for this call.
   *
   * @param id the tag's id
   * @param options overrides of the client's settings for this call
   * @return a future of the tag
   * @see TagService#retrieve(String)
   */
  public CompletableFuture<Tag> retrieve(String id, RequestOptions options) {
    return pipeline.executeAsync(Endpoints.retrieveTag(id), options);
  }

  /**
   * Updates the fields set in {@code params}; a description set to null is cleared.
   *
   * @param id the tag's id
   * @param params the fields to change
   * @return a future of the tag after the update
   * @see TagService#update(String, TagUpdateParams)
   */
  public CompletableFuture<Tag> update(String id, TagUpdateParams params) {
    return update(id, params, RequestOptions.none());
  }

  /**
   * Updates the fields set in {@code params}, with options for this call.
   *
   * @param id the tag's id
   * @param params the fields to change
   * @param options overrides of the client's settings for this call
   * @return a future of the tag after the update
   * @see TagService#update(String, TagUpdateParams)
   */
  public CompletableFuture<Tag> update(String id, TagUpdateParams params, RequestOptions options) {
    return pipeline.executeAsync(Endpoints.updateTag(id, params), options);
  }

  /**
   * Deletes a tag and removes it from every subscriber.
   *
   * @param id the tag's id
   * @return a future of the server's confirmation, with the deleted id
   * @see TagService#delete(String)
   */
  public CompletableFuture<DeleteResult> delete(String id) {
    return delete(id, RequestOptions.none());
  }

  /**
   * Deletes a tag and removes it from every subscriber, with options for this call.
   *
   * @param id the tag's id
   * @param options overrides of the client's settings for this call
   * @return a future of the server's confirmation, with the deleted id
   * @see TagService#delete(String)
   */
  public CompletableFuture<DeleteResult> delete(String id, RequestOptions options) {
    return pipeline.executeAsync(Endpoints.deleteTag(id), options);
  }

  /**
   * Lists all tags, 50 per page.
   *
   * @return a future of the first page; {@link Page#nextPageAsync()} fetches the next
   * @see TagService#list()
   */
  public CompletableFuture<Page<Tag>> list() {
    return list(TagListParams.ofDefaults(), RequestOptions.none());
  }

  /**
   * Lists tags from the page size and starting point in {@code params}.
   *
   * @param params the page size and starting point
   * @return a future of the first page; {@link Page#nextPageAsync()} fetches the next
   * @see TagService#list(TagListParams)
   */
  public CompletableFuture<Page<Tag>> list(TagListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * Lists tags, with options for this call and the pages after.
   *
   * @param params the page size and starting point
   * @param options overrides of the client's settings for this call and every further page
   * @return a future of the first page
   * @see TagService#list(TagListParams)
   */
  public CompletableFuture<Page<Tag>> list(TagListParams params, RequestOptions options) {
    return TagService.pager(pipeline, params, options).firstAsync(params.offset());
  }

  /**
   * These calls completing with the HTTP response beside each result: status, headers, request id
   * and rate-limit headers.
   *
   * @return the raw view of this service
   */
  public TagServiceAsyncWithRawResponse withRawResponse() {
    return raw;
  }
}
