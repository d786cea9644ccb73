package com.getmaito.client;

import com.getmaito.client.internal.HttpPipeline;
import com.getmaito.client.model.ApiKey;
import com.getmaito.client.model.ApiKeyCreateParams;
import com.getmaito.client.model.CreatedApiKey;
import com.getmaito.client.model.RevokeResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The calls of {@link ApiKeyServiceAsync}, each completing with a {@link RawResponse} around the
 * result the plain call completes with; they fail as the plain calls do.
 *
 * <p>Obtained from {@link ApiKeyServiceAsync#withRawResponse()}.
 */
public final class ApiKeyServiceAsyncWithRawResponse {
  private final HttpPipeline pipeline;

  ApiKeyServiceAsyncWithRawResponse(HttpPipeline pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * {@link ApiKeyServiceAsync#create(ApiKeyCreateParams)}, with the response.
   *
   * @param params the name, expiry and scope of the new key
   * @return a future of the response, its value what the plain call completes with
   */
  public CompletableFuture<RawResponse<CreatedApiKey>> create(ApiKeyCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /**
   * {@link ApiKeyServiceAsync#create( ApiKeyCreateParams, RequestOptions)}, with the response.
   *
   * @param params the name, expiry and scope of the new key
   * @param options overrides of the client's settings for this call
   * @return a future of the response, its value what the plain call completes with
   */
  public CompletableFuture<RawResponse<CreatedApiKey>> create(
      ApiKeyCreateParams params, RequestOptions options) {
    return RawCalls.executeAsync(pipeline, Endpoints.createApiKey(params), options);
  }

  /**
   * {@link ApiKeyServiceAsync#list()}, with the response.
   *
   * @return a future of the response, its value what the plain call completes with
   */
  public CompletableFuture<RawResponse<List<ApiKey>>> list() {
    return list(RequestOptions.none());
  }

  /**
   * {@link ApiKeyServiceAsync#list(RequestOptions)}, with the response.
   *
   * @param options overrides of the client's settings for this call
   * @return a future of the response, its value what the plain call completes with
   */
  public CompletableFuture<RawResponse<List<ApiKey>>> list(RequestOptions options) {
    return RawCalls.executeAsync(pipeline, Endpoints.listApiKeys(), options);
  }

  /**
   * {@link ApiKeyServiceAsync#revoke(String)}, with the response.
   *
   * @param id the key's id
   * @return a future of the response, its value what the plain call completes with
   */
  public CompletableFuture<RawResponse<RevokeResult>> revoke(String id) {
    return revoke(id, RequestOptions.none());
  }

  /**
   * {@link ApiKeyServiceAsync#revoke(String, RequestOptions)}, with the response.
   *
   * @param id the key's id
   * @param options overrides of the client's settings for this call
   * @return a future of the response, its value what the plain call completes with
   */
  public CompletableFuture<RawResponse<RevokeResult>> revoke(String id, RequestOptions options) {
    return RawCalls.executeAsync(pipeline, Endpoints.revokeApiKey(id), options);
  }
}
