package com.getmaito.client.internal;

import com.getmaito.client.model.RateLimitInfo;
import java.time.Duration;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * One response as the pipeline read it: the values that every reader of a response needs, carried
 * together.
 *
 * @param status the HTTP status
 * @param requestId the server's {@code X-Request-Id}, when sent
 * @param rateLimit the rate-limit headers, when sent
 * @param retryAfter the server's {@code Retry-After}, when sent and readable
 * @param body the whole body (at most the client's {@code maxResponseBytes})
 * @param attempt which attempt of the call this answers, from 1
 */
record Received(
    int status,
    @Nullable String requestId,
    @Nullable RateLimitInfo rateLimit,
    @Nullable Duration retryAfter,
    ByteString body,
    int attempt) {}
