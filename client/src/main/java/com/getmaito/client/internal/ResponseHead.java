package com.getmaito.client.internal;

import com.getmaito.client.model.RateLimitInfo;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a response said besides its body, for a raw response: read only for a call that asked for it
 * ({@link ApiCall#observed}), so other calls pay nothing.
 *
 * @param status the HTTP status
 * @param headers every header, names lower-cased, values in the order sent
 * @param requestId the server's {@code X-Request-Id}, when sent
 * @param rateLimit the rate-limit headers, when sent
 */
public record ResponseHead(
    int status,
    Map<String, List<String>> headers,
    @Nullable String requestId,
    @Nullable RateLimitInfo rateLimit) {}
