package com.getmaito.client;

import com.getmaito.client.internal.ClientChecks;
import com.getmaito.client.internal.ClientConfig;
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
  private final @Nullable String apiKey;
  private final Map<String, String> headers;

  private RequestOptions(Builder b) {
    this.timeout = b.timeout;
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.writeTimeout = b.writeTimeout;
    this.maxRetries = b.maxRetries;
    this.idempotencyKey = b.idempotencyKey;
    this.apiKey = b.apiKey;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
  }

  /** {@return options with no overrides: the client's settings apply} */
  public static RequestOptions none() {
    return NONE;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these options, to derive others from} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.timeout = timeout;
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.writeTimeout = writeTimeout;
    b.maxRetries = maxRetries;
    b.idempotencyKey = idempotencyKey;
    b.apiKey = apiKey;
    b.headers.putAll(headers);
    return b;
  }

  /** {@return the whole-call timeout per attempt, or null for the client's} */
  public @Nullable Duration timeout() {
    return timeout;
  }

  /** {@return the connect timeout, or null for the client's} */
  public @Nullable Duration connectTimeout() {
    return connectTimeout;
  }

  /** {@return the read timeout, or null for the client's} */
  public @Nullable Duration readTimeout() {
    return readTimeout;
  }

  /** {@return the write timeout, or null for the client's} */
  public @Nullable Duration writeTimeout() {
    return writeTimeout;
  }

  /**
   * {@return the retries after the first attempt, or null for the client's} 0 turns retrying off
   * for this call.
   */
  public @Nullable Integer maxRetries() {
    return maxRetries;
  }

  /**
   * {@return the {@code Idempotency-Key} to send (and reuse on every retry) with a POST} Null for
   * one the client generates.
   */
  public @Nullable String idempotencyKey() {
    return idempotencyKey;
  }

  /**
   * {@return the API key this call authenticates with, or null for the client's} Never printed:
   * {@link #toString()} shows only its type prefix.
   */
  public @Nullable String apiKey() {
    return apiKey;
  }

  /** {@return the extra headers sent with the call, in the order they were added} */
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
        + ", apiKey="
        + (apiKey == null ? "null" : ClientConfig.maskKey(apiKey))
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
    private @Nullable String apiKey;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the whole-call timeout for each attempt; default the client's (60 s).
     *
     * @param timeout positive, or null for the client's
     * @return this builder
     * @throws IllegalArgumentException when {@code timeout} is zero or negative
     */
    public Builder timeout(@Nullable Duration timeout) {
      this.timeout = positive(timeout, "timeout");
      return this;
    }

    /**
     * Sets the connect timeout; default the client's (10 s).
     *
     * @param connectTimeout positive, or null for the client's
     * @return this builder
     * @throws IllegalArgumentException when {@code connectTimeout} is zero or negative
     */
    public Builder connectTimeout(@Nullable Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout, "connectTimeout");
      return this;
    }

    /**
     * Sets the read timeout; default the client's (30 s).
     *
     * @param readTimeout positive, or null for the client's
     * @return this builder
     * @throws IllegalArgumentException when {@code readTimeout} is zero or negative
     */
    public Builder readTimeout(@Nullable Duration readTimeout) {
      this.readTimeout = positive(readTimeout, "readTimeout");
      return this;
    }

    /**
     * Sets the write timeout; default the client's (30 s).
     *
     * @param writeTimeout positive, or null for the client's
     * @return this builder
     * @throws IllegalArgumentException when {@code writeTimeout} is zero or negative
     */
    public Builder writeTimeout(@Nullable Duration writeTimeout) {
      this.writeTimeout = positive(writeTimeout, "writeTimeout");
      return this;
    }

    /**
     * Sets the retries after the first attempt; 0 turns retrying off for this call. Default the
     * client's (2).
     *
     * @param maxRetries 0 or more, or null for the client's
     * @return this builder
     * @throws IllegalArgumentException when {@code maxRetries} is negative
     */
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
     *
     * @param idempotencyKey 1 to 255 visible ASCII characters, or null for a generated one
     * @return this builder
     * @throws IllegalArgumentException when the key is empty, longer than 255 characters, or holds
     *     a space, control or non-ASCII character
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
     * Sets the API key for this call instead of the client's, for a service that calls the API for
     * many accounts through one client. It is held to the client key's rules, sent the same way
     * (the client's {@link AuthScheme}) on every attempt of the call and every page of a paged
     * call, and redacted like the client's key from messages and logs. Default: the client's key.
     *
     * @param apiKey a secret key ({@code sk_...} or {@code mk_...}), or null for the client's
     * @return this builder
     * @throws IllegalArgumentException when the key is blank, a public {@code pk_} key, or holds a
     *     space, control or non-ASCII character
     */
    public Builder apiKey(@Nullable String apiKey) {
      this.apiKey = apiKey == null ? null : ClientChecks.requestKey(apiKey);
      return this;
    }

    /**
     * Adds a header. Credentials, {@code Idempotency-Key} and {@code User-Agent} are set by the
     * client and cannot be set here.
     *
     * @param name the header name
     * @param value the header value; a later value for the same name replaces it
     * @return this builder
     * @throws IllegalArgumentException when {@code name} is one the client sets
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

    /** {@return the options} */
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
