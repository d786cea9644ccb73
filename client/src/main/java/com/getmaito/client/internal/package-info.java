/**
 * The SDK's machinery (transport, JSON, retries, rate limiting, paging). <b>Unsupported:</b> not
 * part of the public API; anything here may change in any release. Do not use it.
 *
 * <p>The request path, one job per class:
 *
 * <ul>
 *   <li>{@link com.getmaito.client.internal.HttpPipeline}: the entry point; composes the pieces
 *       below and owns the client's lifetime.
 *   <li>{@link com.getmaito.client.internal.ApiCall}: one call of the contract, described once.
 *   <li>{@code RequestFactory}: URL, headers, credentials, body and {@code Idempotency-Key}.
 *   <li>{@code RetryLoop} (sync) and {@code AsyncCall} (async): the attempts, limiter waits and
 *       retry waits of one call; {@code RetryPolicy}: when and how long to retry.
 *   <li>{@code ResponseReader}: reads a response into a {@code Received} value and the result or
 *       exception; {@code EnvelopeDecoder}: the envelope and its compat forms; {@code ErrorMapper}:
 *       error bodies to the typed exceptions.
 *   <li>{@code Redactor}: keeps the key and secrets out of messages, excerpts and logs; {@code
 *       HttpLog}: request and retry logging.
 *   <li>{@code HttpClientFactory}: the one place that configures OkHttp; {@code
 *       NoSilentRetryInterceptor}: keeps OkHttp from retrying on its own.
 * </ul>
 */
@NullMarked
package com.getmaito.client.internal;

import org.jspecify.annotations.NullMarked;
