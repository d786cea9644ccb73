package com.getmaito.client;

import com.getmaito.client.internal.HttpPipeline;
import com.getmaito.client.model.ApiKey;
import com.getmaito.client.model.ApiKeyCreateParams;
import com.getmaito.client.model.CreatedApiKey;
import com.getmaito.client.model.RevokeResult;
import java.util.List;

/**
 * The calls of {@link ApiKeyService}, each returning a {@link RawResponse} around the result the
 * plain call returns; they fail as the plain calls do.
 *
 * <p>Obtained from {@link ApiKeyService#withRawResponse()}.
 */
public final class ApiKeyServiceWithRawResponse {
  private final HttpPipeline pipeline;

  ApiKeyServiceWithRawResponse(HttpPipeline pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * {@link ApiKeyService#create(ApiKeyCreateParams)}, with the response.
   *
   * @param params the name, expiry and scope of the new key
   * @return the response, its value what the plain call returns
   */
  public RawResponse<CreatedApiKey> create(ApiKeyCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /**
   * {@link ApiKeyService#create(ApiKeyCreateParams, RequestOptions)}, with the response.
   *
   * @param params the name, expiry and scope of the new key
   * @param options overrides of the client's settings for this call
   * @return the response, its value what the plain call returns
   */
  public RawResponse<CreatedApiKey> create(ApiKeyCreateParams params, RequestOptions options) {
    return RawCalls.execute(pipeline, Endpoints.createApiKey(params), options);
  }

  /**
   * {@link ApiKeyService#list()}, with the response.
   *
   * @return the response, its value what the plain call returns
   */
  public RawResponse<List<ApiKey>> list() {
    return list(RequestOptions.none());
  }

  /**
   * {@link ApiKeyService#list(RequestOptions)}, with the response.
   *
   * @param options overrides of the client's settings for this call
   * @return the response, its value what the plain call returns
   */
  public RawResponse<List<ApiKey>> list(RequestOptions options) {
    return RawCalls.execute(pipeline, Endpoints.listApiKeys(), options);
  }

  /**
   * {@link ApiKeyService#revoke(String)}, with the response.
   *
   * @param id the key's id
   * @return the response, its value what the plain call returns
   */
  public RawResponse<RevokeResult> revoke(String id) {
    return revoke(id, RequestOptions.none());
  }

  /**
   * {@link ApiKeyService#revoke(String, RequestOptions)}, with the response.
   *
   * @param id the key's id
   * @param options overrides of the client's settings for this call
   * @return the response, its value what the plain call returns
   */
  public RawResponse<RevokeResult> revoke(String id, RequestOptions options) {
    return RawCalls.execute(pipeline, Endpoints.revokeApiKey(id), options);
  }
}
