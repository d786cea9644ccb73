package com.getmaito.client;

import com.getmaito.client.internal.HttpPipeline;
import com.getmaito.client.model.DeleteResult;
import com.getmaito.client.model.Tag;
import com.getmaito.client.model.TagCreateParams;
import com.getmaito.client.model.TagListParams;
import com.getmaito.client.model.TagUpdateParams;

/**
 * Tags: {@code /newsletter/tags}. Methods throw a {@link com.getmaito.client.errors.MaitoException}
 * subclass when the call fails after the retries the client allows.
 */
public final class TagService {
  private final HttpPipeline pipeline;

  TagService(HttpPipeline pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * Creates a tag.
   *
   * @throws com.getmaito.client.errors.ConflictException when the name exists (case-insensitively)
   */
  public Tag create(TagCreateParams params) {
    return create(params, RequestOptions.none());
  }

  public Tag create(TagCreateParams params, RequestOptions options) {
    return pipeline.execute(Endpoints.createTag(params), options);
  }

  public Tag retrieve(String id) {
    return retrieve(id, RequestOptions.none());
  }

  public Tag retrieve(String id, RequestOptions options) {
    return pipeline.execute(Endpoints.retrieveTag(id), options);
  }

  /** Updates the fields set in {@code params}; a description set to null is cleared. */
  public Tag update(String id, TagUpdateParams params) {
    return update(id, params, RequestOptions.none());
  }

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
   */
  public DeleteResult delete(String id) {
    return delete(id, RequestOptions.none());
  }

  public DeleteResult delete(String id, RequestOptions options) {
    return pipeline.execute(Endpoints.deleteTag(id), options);
  }

  public Page<Tag> list() {
    return list(TagListParams.ofDefaults(), RequestOptions.none());
  }

  public Page<Tag> list(TagListParams params) {
    return list(params, RequestOptions.none());
  }

  public Page<Tag> list(TagListParams params, RequestOptions options) {
    return pager(pipeline, params, options).first(params.offset());
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
