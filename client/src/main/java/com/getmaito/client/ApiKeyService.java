package com.getmaito.client;

import com.getmaito.client.internal.HttpPipeline;
import com.getmaito.client.model.ApiKey;
import com.getmaito.client.model.ApiKeyCreateParams;
import com.getmaito.client.model.CreatedApiKey;
import com.getmaito.client.model.RevokeResult;
import java.util.List;

/**
 * API keys: {@code /api-keys}. A restricted key gets {@link
 * com.getmaito.client.errors.PermissionDeniedException} here.
 */
public final class ApiKeyService {
  private final HttpPipeline pipeline;

  ApiKeyService(HttpPipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** Creates a key; its secret ({@link CreatedApiKey#secret()}) is shown this once only. */
  public CreatedApiKey create(ApiKeyCreateParams params) {
    return create(params, RequestOptions.none());
  }

  public CreatedApiKey create(ApiKeyCreateParams params, RequestOptions options) {
    return pipeline.execute(Endpoints.createApiKey(params), options);
  }

  /** Every key of the account, with masked prefixes only. */
  public List<ApiKey> list() {
    return list(RequestOptions.none());
  }

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
   */
  public RevokeResult revoke(String id) {
    return revoke(id, RequestOptions.none());
  }

  public RevokeResult revoke(String id, RequestOptions options) {
    return pipeline.execute(Endpoints.revokeApiKey(id), options);
  }
}
