package com.getmaito.client;

import com.getmaito.client.internal.HttpPipeline;
import com.getmaito.client.model.DeleteResult;
import com.getmaito.client.model.Tag;
import com.getmaito.client.model.TagCreateParams;
import com.getmaito.client.model.TagListParams;
import com.getmaito.client.model.TagUpdateParams;
import java.util.concurrent.CompletableFuture;

/** Tags, without blocking; futures fail with the exceptions {@link TagService} would throw. */
public final class TagServiceAsync {
  private final HttpPipeline pipeline;

  TagServiceAsync(HttpPipeline pipeline) {
    this.pipeline = pipeline;
  }

  public CompletableFuture<Tag> create(TagCreateParams params) {
    return create(params, RequestOptions.none());
  }

  public CompletableFuture<Tag> create(TagCreateParams params, RequestOptions options) {
    return pipeline.executeAsync(Endpoints.createTag(params), options);
  }

  public CompletableFuture<Tag> retrieve(String id) {
    return retrieve(id, RequestOptions.none());
  }

  public CompletableFuture<Tag> retrieve(String id, RequestOptions options) {
    return pipeline.executeAsync(Endpoints.retrieveTag(id), options);
  }

  public CompletableFuture<Tag> update(String id, TagUpdateParams params) {
    return update(id, params, RequestOptions.none());
  }

  public CompletableFuture<Tag> update(String id, TagUpdateParams params, RequestOptions options) {
    return pipeline.executeAsync(Endpoints.updateTag(id, params), options);
  }

  public CompletableFuture<DeleteResult> delete(String id) {
    return delete(id, RequestOptions.none());
  }

  public CompletableFuture<DeleteResult> delete(String id, RequestOptions options) {
    return pipeline.executeAsync(Endpoints.deleteTag(id), options);
  }

  public CompletableFuture<Page<Tag>> list() {
    return list(TagListParams.ofDefaults(), RequestOptions.none());
  }

  public CompletableFuture<Page<Tag>> list(TagListParams params) {
    return list(params, RequestOptions.none());
  }

  public CompletableFuture<Page<Tag>> list(TagListParams params, RequestOptions options) {
    return TagService.pager(pipeline, params, options).firstAsync(params.offset());
  }
}
