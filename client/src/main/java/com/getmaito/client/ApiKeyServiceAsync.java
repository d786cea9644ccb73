package com.getmaito.client;

import com.getmaito.client.internal.HttpPipeline;
import com.getmaito.client.model.ApiKey;
import com.getmaito.client.model.ApiKeyCreateParams;
import com.getmaito.client.model.CreatedApiKey;
import com.getmaito.client.model.RevokeResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * API keys, without blocking; futures fail with the exceptions {@link ApiKeyService} would throw.
 */
public final class ApiKeyServiceAsync {
  private final HttpPipeline pipeline;

  ApiKeyServiceAsync(HttpPipeline pipeline) {
    this.pipeline = pipeline;
  }

  public CompletableFuture<CreatedApiKey> create(ApiKeyCreateParams params) {
    return create(params, RequestOptions.none());
  }

  public CompletableFuture<CreatedApiKey> create(
      ApiKeyCreateParams params, RequestOptions options) {
    return pipeline.executeAsync(Endpoints.createApiKey(params), options);
  }

  public CompletableFuture<List<ApiKey>> list() {
    return list(RequestOptions.none());
  }

  public CompletableFuture<List<ApiKey>> list(RequestOptions options) {
    return pipeline.executeAsync(Endpoints.listApiKeys(), options);
  }

  public CompletableFuture<RevokeResult> revoke(String id) {
    return revoke(id, RequestOptions.none());
  }

  public CompletableFuture<RevokeResult> revoke(String id, RequestOptions options) {
    return pipeline.executeAsync(Endpoints.revokeApiKey(id), options);
  }
}
