package com.getmaito.client;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Per-call options; anything unset falls back to the client's setting.
 *
 * <pre>{@code
 * client.subscribers().create(params, RequestOptions.builder()
 *     .idempotencyKey("import-42-batch-7")
 *     .maxRetries(5)
 *     .timeout(Duration.ofSeconds(90))
 *     .build());
 * }</pre>
 */
public final class RequestOptions {
  private static final RequestOptions NONE = builder().build();
  private static final Set<String> RESERVED =
      Set.of("authorization", "x-api-key", "idempotency-key", "user-agent");

  private final @Nullable Duration timeout;
  private final @Nullable Duration connectTimeout;
  private final @Nullable Duration readTimeout;
  private final @Nullable Duration writeTimeout;
  private final @Nullable Integer maxRetries;
  private final @Nullable String idempotencyKey;
  private final Map<String, String> headers;

  private RequestOptions(Builder b) {
    this.timeout = b.timeout;
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.writeTimeout = b.writeTimeout;
    this.maxRetries = b.maxRetries;
    this.idempotencyKey = b.idempotencyKey;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
  }

  /** No overrides: the client's settings apply. */
  public static RequestOptions none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.timeout = timeout;
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.writeTimeout = writeTimeout;
    b.maxRetries = maxRetries;
    b.idempotencyKey = idempotencyKey;
    b.headers.putAll(headers);
    return b;
  }

  /** Whole-call timeout per attempt. */
  public @Nullable Duration timeout() {
    return timeout;
  }

  public @Nullable Duration connectTimeout() {
    return connectTimeout;
  }

  public @Nullable Duration readTimeout() {
    return readTimeout;
  }

  public @Nullable Duration writeTimeout() {
    return writeTimeout;
  }

  /** Retries after the first attempt; 0 turns retrying off for this call. */
  public @Nullable Integer maxRetries() {
    return maxRetries;
  }

  /** The {@code Idempotency-Key} to send (and reuse on every retry) with a POST. */
  public @Nullable String idempotencyKey() {
    return idempotencyKey;
  }

  /** Extra headers sent with the call. */
  public Map<String, String> headers() {
    return headers;
  }

  @Override
  public String toString() {
    return "RequestOptions[timeout="
        + timeout
        + ", maxRetries="
        + maxRetries
        + ", idempotencyKey="
        + (idempotencyKey == null ? "null" : "set")
        + ", headers="
        + headers.keySet()
        + "]";
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private @Nullable Duration timeout;
    private @Nullable Duration connectTimeout;
    private @Nullable Duration readTimeout;
    private @Nullable Duration writeTimeout;
    private @Nullable Integer maxRetries;
    private @Nullable String idempotencyKey;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {}

    /** Whole-call timeout for each attempt; default the client's (60 s). */
    public Builder timeout(@Nullable Duration timeout) {
      this.timeout = positive(timeout, "timeout");
      return this;
    }

    public Builder connectTimeout(@Nullable Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout, "connectTimeout");
      return this;
    }

    public Builder readTimeout(@Nullable Duration readTimeout) {
      this.readTimeout = positive(readTimeout, "readTimeout");
      return this;
    }

    public Builder writeTimeout(@Nullable Duration writeTimeout) {
      this.writeTimeout = positive(writeTimeout, "writeTimeout");
      return this;
    }

    /** Retries after the first attempt, 0 or more; 0 turns retrying off for this call. */
    public Builder maxRetries(@Nullable Integer maxRetries) {
      if (maxRetries != null && maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be 0 or more (was " + maxRetries + ")");
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * The {@code Idempotency-Key} for a POST, 1 to 255 characters; by default the client makes one
     * per call. The same key is sent on every retry of the call.
     */
    public Builder idempotencyKey(@Nullable String idempotencyKey) {
      if (idempotencyKey != null
          && (idempotencyKey.isEmpty()
              || idempotencyKey.length() > 255
              || !idempotencyKey.chars().allMatch(c -> c > 0x20 && c < 0x7f))) {
        throw new IllegalArgumentException(
            "idempotencyKey must be 1 to 255 visible ASCII characters (was "
                + idempotencyKey.length()
                + " characters)");
      }
      this.idempotencyKey = idempotencyKey;
      return this;
    }

    /**
     * Adds a header. Credentials, {@code Idempotency-Key} and {@code User-Agent} are set by the
     * client and cannot be set here.
     */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(value, "value == null");
      if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "header "
                + name
                + " is set by the client; use the client's builder or idempotencyKey()");
      }
      headers.put(name, value);
      return this;
    }

    public RequestOptions build() {
      return new RequestOptions(this);
    }

    private static @Nullable Duration positive(@Nullable Duration d, String field) {
      if (d != null && (d.isNegative() || d.isZero())) {
        throw new IllegalArgumentException(field + " must be positive (was " + d + ")");
      }
      return d;
    }
  }
}
