package com.getmaito.client;

import com.getmaito.client.internal.HttpPipeline;
import com.getmaito.client.model.DeleteResult;
import com.getmaito.client.model.Tag;
import com.getmaito.client.model.TagCreateParams;
import com.getmaito.client.model.TagListParams;
import com.getmaito.client.model.TagUpdateParams;

/**
 * Tags: {@code /newsletter/tags}. Methods throw a {@link com.getmaito.client.errors.MaitoException}
 * subclass when the call fails after the retries the client allows. Each call has a {@code
 * (params)} form and a {@code (params, RequestOptions)} form whose options override the client's
 * settings for that call only.
 *
 * <pre>{@code
 * Tag vip = client.tags().create(TagCreateParams.of("vip"));
 * for (Tag t : client.tags().list().autoPager()) { ... }
 * }</pre>
 */
public final class TagService {
  private final HttpPipeline pipeline;
  private final TagServiceWithRawResponse raw;

  TagService(HttpPipeline pipeline) {
    this.pipeline = pipeline;
    this.raw = new TagServiceWithRawResponse(pipeline);
  }

  /**
   * Creates a tag.
   *
   * @param params the name and optional description of the new tag
   * @return the tag as stored, with its id
   * @throws com.getmaito.client.errors.ConflictException when the name exists (case-insensitively)
   */
  public Tag create(TagCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /**
   * Creates a tag, with options for this call.
   *
   * @param params the name and optional description of the new tag
   * @param options overrides of the client's settings for this call
   * @return the tag as stored, with its id
   * @see #create(TagCreateParams)
   */
  public Tag create(TagCreateParams params, RequestOptions options) {
    return pipeline.execute(Endpoints.createTag(params), options);
  }

  /**
   * Retrieves a tag by id.
   *
   * @param id the tag's id
   * @return the tag
   * @throws com.getmaito.client.errors.NotFoundException when there is none with that id
   */
  public Tag retrieve(String id) {
    return retrieve(id, RequestOptions.none());
  }

  /**
   * Retrieves a tag by id, with options for this call.
   *
   * @param id the tag's id
   * @param options overrides of the client's settings for this call
   * @return the tag
   * @see #retrieve(String)
   */
  public Tag retrieve(String id, RequestOptions options) {
    return pipeline.execute(Endpoints.retrieveTag(id), options);
  }

  /**
   * Updates the fields set in {@code params}; a description set to null is cleared.
   *
   * @param id the tag's id
   * @param params the fields to change
   * @return the tag after the update
   * @throws com.getmaito.client.errors.NotFoundException when there is none with that id
   * @throws com.getmaito.client.errors.ConflictException when the new name exists
   */
  public Tag update(String id, TagUpdateParams params) {
    return update(id, params, RequestOptions.none());
  }

  /**
   * Updates the fields set in {@code params}, with options for this call.
   *
   * @param id the tag's id
   * @param params the fields to change
   * @param options overrides of the client's settings for this call
   * @return the tag after the update
   * @see #update(String, TagUpdateParams)
   */
  public Tag update(String id, TagUpdateParams params, RequestOptions options) {
    return pipeline.execute(Endpoints.updateTag(id, params), options);
  }

  /**
   * Deletes a tag and removes it from every subscriber.
   *
   * <p>When a retry answers 404 after an earlier attempt that may have done the work (its response
   * was lost, or the server failed), this returns the result rather than {@link
   * com.getmaito.client.errors.NotFoundException}: the tag is gone, as asked. A 404 on the first
   * attempt, or after attempts the server refused (429), is still thrown.
   *
   * @param id the tag's id
   * @return the server's confirmation, with the deleted id
   * @throws com.getmaito.client.errors.NotFoundException when there is none with that id
   */
  public DeleteResult delete(String id) {
    return delete(id, RequestOptions.none());
  }

  /**
   * Deletes a tag and removes it from every subscriber, with options for this call.
   *
   * @param id the tag's id
   * @param options overrides of the client's settings for this call
   * @return the server's confirmation, with the deleted id
   * @see #delete(String)
   */
  public DeleteResult delete(String id, RequestOptions options) {
    return pipeline.execute(Endpoints.deleteTag(id), options);
  }

  /**
   * Lists all tags, 50 per page.
   *
   * @return the first page; {@link Page#autoPager()} walks the rest
   * @see #list(TagListParams)
   */
  public Page<Tag> list() {
    return list(TagListParams.ofDefaults(), RequestOptions.none());
  }

  /**
   * Lists tags from the page size and starting point in {@code params}.
   *
   * @param params the page size and starting point
   * @return the first page; {@link Page#autoPager()} walks the rest
   */
  public Page<Tag> list(TagListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * Lists tags, with options for this call and the pages after.
   *
   * @param params the page size and starting point
   * @param options overrides of the client's settings for this call and every further page
   * @return the first page
   * @see #list(TagListParams)
   */
  public Page<Tag> list(TagListParams params, RequestOptions options) {
    return pager(pipeline, params, options).first(params.offset());
  }

  /**
   * These calls returning the HTTP response beside each result: status, headers, request id and
   * rate-limit headers.
   *
   * @return the raw view of this service
   */
  public TagServiceWithRawResponse withRawResponse() {
    return raw;
  }

  static Pager<Tag, TagListParams> pager(
      HttpPipeline pipeline, TagListParams params, RequestOptions options) {
    return new Pager<>(
        pipeline,
        params,
        options,
        params.limit(),
        Endpoints::listTags,
        TagListParams::withCursor,
        TagListParams::withOffset);
  }
}
