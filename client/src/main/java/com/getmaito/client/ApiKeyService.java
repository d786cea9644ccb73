package com.getmaito.client;

import com.getmaito.client.internal.HttpPipeline;
import com.getmaito.client.model.ApiKey;
import com.getmaito.client.model.ApiKeyCreateParams;
import com.getmaito.client.model.CreatedApiKey;
import com.getmaito.client.model.RevokeResult;
import java.util.List;

/**
 * API keys: {@code /api-keys}. A restricted key gets {@link
 * com.getmaito.client.errors.PermissionDeniedException} here. Each call has a {@code (params)} form
 * and a {@code (params, RequestOptions)} form whose options override the client's settings for that
 * call only.
 *
 * <pre>{@code
 * CreatedApiKey created = client.apiKeys().create(
 *     ApiKeyCreateParams.builder().name("importer").expirationDays(30).build());
 * store(created.secret());                 // shown this once only
 * client.apiKeys().revoke(created.id());
 * }</pre>
 */
public final class ApiKeyService {
  private final HttpPipeline pipeline;
  private final ApiKeyServiceWithRawResponse raw;

  ApiKeyService(HttpPipeline pipeline) {
    this.pipeline = pipeline;
    this.raw = new ApiKeyServiceWithRawResponse(pipeline);
  }

  /**
   * Creates a key; its secret ({@link CreatedApiKey#secret()}) is shown this once only.
   *
   * @param params the name, expiry and scope of the new key
   * @return the key with its secret
   * @throws com.getmaito.client.errors.PermissionDeniedException when the calling key is restricted
   * @throws com.getmaito.client.errors.ValidationException when the server rejects a field
   */
  public CreatedApiKey create(ApiKeyCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /**
   * Creates a key, with options for this call.
   *
   * @param params the name, expiry and scope of the new key
   * @param options overrides of the client's settings for this call
   * @return the key with its secret
   * @see #create(ApiKeyCreateParams)
   */
  public CreatedApiKey create(ApiKeyCreateParams params, RequestOptions options) {
    return pipeline.execute(Endpoints.createApiKey(params), options);
  }

  /**
   * Lists every key of the account, with masked prefixes only.
   *
   * @return every key; the list is not paged
   * @throws com.getmaito.client.errors.PermissionDeniedException when the calling key is restricted
   */
  public List<ApiKey> list() {
    return list(RequestOptions.none());
  }

  /**
   * Lists every key of the account, with options for this call.
   *
   * @param options overrides of the client's settings for this call
   * @return every key; the list is not paged
   * @see #list()
   */
  public List<ApiKey> list(RequestOptions options) {
    return pipeline.execute(Endpoints.listApiKeys(), options);
  }

  /**
   * Revokes a key: it gets 401 from then on.
   *
   * <p>When a retry answers 404 after an earlier attempt that may have done the work (its response
   * was lost, or the server failed), this returns the result rather than {@link
   * com.getmaito.client.errors.NotFoundException}: the key is revoked, as asked. A 404 on the first
   * attempt, or after attempts the server refused (429), is still thrown.
   *
   * @param id the key's id
   * @return the server's confirmation, with the revoked id
   * @throws com.getmaito.client.errors.NotFoundException when there is none with that id
   * @throws com.getmaito.client.errors.PermissionDeniedException when the calling key is restricted
   */
  public RevokeResult revoke(String id) {
    return revoke(id, RequestOptions.none());
  }

  /**
   * Revokes a key, with options for this call.
   *
   * @param id the key's id
   * @param options overrides of the client's settings for this call
   * @return the server's confirmation, with the revoked id
   * @see #revoke(String)
   */
  public RevokeResult revoke(String id, RequestOptions options) {
    return pipeline.execute(Endpoints.revokeApiKey(id), options);
  }

  /**
   * These calls returning the HTTP response beside each result: status, headers, request id and
   * rate-limit headers.
   *
   * @return the raw view of this service
   */
  public ApiKeyServiceWithRawResponse withRawResponse() {
    return raw;
  }
}
