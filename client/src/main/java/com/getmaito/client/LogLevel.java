package com.getmaito.client;

/**
 * How much of each request the client logs through SLF4J (logger {@code com.getmaito.client}, at
 * DEBUG; retries at INFO). The API key and secrets are always redacted.
 */
public enum LogLevel {
  /** Nothing but retries. */
  NONE,
  /** Method, URL, status, duration, request id and attempt (the default). */
  BASIC,
  /** {@link #BASIC} plus request and response headers, with credentials redacted. */
  HEADERS
}
