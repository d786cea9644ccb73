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
 *   <li>{@code RequestFactory}: URL, headers, credentials, body and {@code Idempotency-Key}; the
 *       auth header is one of the two places that read the key.
 *   <li>{@code Exchange}: one call ready to send, the same for every attempt (request, HTTP client
 *       with the call's timeouts, retry settings).
 *   <li>{@code RetryLoop} (sync) and {@code AsyncCall} (async): the attempts, limiter waits and
 *       retry waits of one call; {@code RetryPolicy}: when and how long to retry.
 *   <li>{@code ResponseReader}: reads a response (at most {@code maxResponseBytes}): a success body
 *       decoded while it is read off the socket through a {@code BodySource} (the cap, the first
 *       bytes for an excerpt, the socket's failures told apart from the decoder's), an error body
 *       read whole into a {@code Received} value (status, request id, rate limit, body, attempt);
 *       then the result or exception.
 *   <li>{@code EnvelopeDecoder}: the success envelope and its compat forms, into {@code Decoded} or
 *       {@code ListResult}; {@code ErrorMapper}: error bodies to the typed exceptions; {@code
 *       HeaderValues}: {@code Retry-After} and the rate-limit headers.
 *   <li>{@link com.getmaito.client.internal.JsonBody}: a request body written straight into the
 *       JSON writer (subscriber and bulk bodies field by field, no map per row); {@link
 *       com.getmaito.client.internal.DecodedObject}: a decoded JSON object a model keeps without a
 *       copy.
 *   <li>{@code Redactor}: made once from the key, keeps it and created secrets out of messages,
 *       excerpts and logs; {@code HttpLog}: request and retry logging.
 *   <li>{@code HttpClientFactory}: the one place that configures OkHttp; {@code
 *       NoSilentRetryInterceptor}: keeps OkHttp from retrying on its own; {@code
 *       NoDelaySocketFactory}: {@code TCP_NODELAY} sockets.
 *   <li>{@link com.getmaito.client.internal.ClientChecks}: the builder's checks of the key and base
 *       URL, with messages that never quote a key, and of the numeric settings; {@link
 *       com.getmaito.client.internal.ClientSettings}: the builder's mutable state and defaults;
 *       {@link com.getmaito.client.internal.ClientConfig}: everything a client was built with.
 *   <li>{@code ClientRateLimiter}: the client-side limiter, one send slot per interval, adapting to
 *       the server's rate; {@link com.getmaito.client.internal.SystemSleeper}: the real waits.
 *   <li>{@link com.getmaito.client.internal.Json} and {@code RecordAdapterFactory}: the one Moshi
 *       instance and its record adapters.
 * </ul>
 *
 * <p>For the importer ({@code com.getmaito.client.SubscriberImporter}): {@link
 * com.getmaito.client.internal.ImportCheckpoint}, the append-only resume file; {@link
 * com.getmaito.client.internal.ImportPace}, the pace when the client has no limiter of its own, fed
 * by the pipeline's rate-limit observer; {@link com.getmaito.client.internal.RetryRules}, the
 * client's retry rules for the importer's own retries.
 */
@NullMarked
package com.getmaito.client.internal;

import org.jspecify.annotations.NullMarked;
