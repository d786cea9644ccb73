package com.getmaito.client.internal;

import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * One call ready to send, the same for every attempt: the request (with its {@code
 * Idempotency-Key}), the HTTP client with the call's timeouts, and its retry settings.
 *
 * @param call what the call is and how its result is read
 * @param request the HTTP request every attempt sends
 * @param client the HTTP client, with the call's own timeouts when it has any
 * @param maxRetries retries after the first attempt
 * @param idempotent whether resending cannot repeat an effect (not a POST, or a POST with a key)
 */
record Exchange<T>(
    ApiCall<T> call, Request request, OkHttpClient client, int maxRetries, boolean idempotent) {

  /** {@code METHOD /path}, for messages and logs: no query string, no host. */
  String description() {
    return request.method() + " " + request.url().encodedPath();
  }
}
