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
 * The calls and their shapes are those of {@link ApiKeyService}.
 *
 * <pre>{@code
 * client.async().apiKeys().list().thenAccept(keys -> keys.forEach(k -> log.info("{}", k)));
 * }</pre>
 */
public final class ApiKeyServiceAsync {
  private final HttpPipeline pipeline;
  private final ApiKeyServiceAsyncWithRawResponse raw;

  ApiKeyServiceAsync(HttpPipeline pipeline) {
    this.pipeline = pipeline;
    this.raw = new ApiKeyServiceAsyncWithRawResponse(pipeline);
  }

  /**
   * Creates a key; its secret ({@link CreatedApiKey#secret()}) is shown this once only.
   *
   * @param params the name, expiry and scope of the new key
   * @return a future of the key with its secret
   * @see ApiKeyService#create(ApiKeyCreateParams)
   */
  public CompletableFuture<CreatedApiKey> create(ApiKeyCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /**
   * Creates a key, with options for this call.
   *
   * @param params the name, expiry and scope of the new key
   * @param options overrides of the client's settings for this call
   * @return a future of the key with its secret
   * @see ApiKeyService#create(ApiKeyCreateParams)
   */
  public CompletableFuture<CreatedApiKey> create(
      ApiKeyCreateParams params, RequestOptions options) {
    return pipeline.executeAsync(Endpoints.createApiKey(params), options);
  }

  /**
   * Lists every key of the account, with masked prefixes only.
   *
   * @return a future of every key; the list is not paged
   * @see ApiKeyService#list()
   */
  public CompletableFuture<List<ApiKey>> list() {
    return list(RequestOptions.none());
  }

  /**
   * Lists every key of the account, with options for this call.
   *
   * @param options overrides of the client's settings for this call
   * @return a future of every key; the list is not paged
   * @see ApiKeyService#list()
   */
  public CompletableFuture<List<ApiKey>> list(RequestOptions options) {
    return pipeline.executeAsync(Endpoints.listApiKeys(), options);
  }

  /**
   * Revokes a key: it gets 401 from then on.
   *
   * @param id the key's id
   * @return a future of the server's confirmation, with the revoked id
   * @see ApiKeyService#revoke(String)
   */
  public CompletableFuture<RevokeResult> revoke(String id) {
    return revoke(id, RequestOptions.none());
  }

  /**
   * Revokes a key, with options for this call.
   *
   * @param id the key's id
   * @param options overrides of the client's settings for this call
   * @return a future of the server's confirmation, with the revoked id
   * @see ApiKeyService#revoke(String)
   */
  public CompletableFuture<RevokeResult> revoke(String id, RequestOptions options) {
    return pipeline.executeAsync(Endpoints.revokeApiKey(id), options);
  }

  /**
   * These calls completing with the HTTP response beside each result: status, headers, request id
   * and rate-limit headers.
   *
   * @return the raw view of this service
   */
  public ApiKeyServiceAsyncWithRawResponse withRawResponse() {
    return raw;
  }
}
