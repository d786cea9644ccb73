package com.getmaito.client.internal;

import com.getmaito.client.MaitoClient;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The builder's checks: of the key and the base URL, with messages that never quote a key, and of
 * the numeric settings, with messages that name the setting and the value refused.
 */
public final class ClientChecks {
  private static final Pattern SECRET_SHAPE = Pattern.compile("\\b(?:sk|mk|pk)_");

  private ClientChecks() {}

  /** The key, if it is a secret key that can be sent in a header. */
  public static String key(@Nullable String key) {
    if (key == null || key.isBlank()) {
      throw new IllegalStateException(
          "No API key: set "
              + MaitoClient.ENV_API_KEY
              + " or call MaitoClient.builder().apiKey(...)");
    }
    return check(key, MaitoClient.ENV_API_KEY);
  }

  /** A per-call key ({@code RequestOptions.apiKey}), held to the same rules as the client's. */
  public static String requestKey(String key) {
    if (key.isBlank()) {
      throw new IllegalArgumentException("RequestOptions apiKey must not be blank");
    }
    return check(key, "RequestOptions.apiKey(...)");
  }

  private static String check(String key, String source) {
    if (key.startsWith("pk_")) {
      throw new IllegalArgumentException(
          "A public key (pk_...) cannot call the API: use a secret key (sk_... or mk_...) in "
              + source);
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c <= 0x20 || c >= 0x7f) {
        throw new IllegalArgumentException(
            "The API key contains a space, control or non-ASCII character at position "
                + i
                + " (check "
                + source
                + " for stray quotes or a newline)");
      }
    }
    return key;
  }

  /** The parsed base URL, if it is http(s), and plain http only to loopback unless allowed. */
  public static HttpUrl baseUrl(String baseUrl, boolean allowInsecureHttp, String key) {
    HttpUrl url = HttpUrl.parse(baseUrl);
    if (url == null) {
      // Never quote a key given here by mistake (swapped arguments or environment variables).
      boolean secret = baseUrl.contains(key) || SECRET_SHAPE.matcher(baseUrl).find();
      throw new IllegalArgumentException(
          "baseUrl must be an http(s) URL such as "
              + MaitoClient.DEFAULT_BASE_URL
              + (secret ? " (was a value shaped like an API key)" : " (was \"" + baseUrl + "\")"));
    }
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      // Not quoted: the value holds a password. The API takes its key in apiKey, never the URL.
      throw new IllegalArgumentException(
          "baseUrl must not carry a user or password (the API key goes in apiKey)");
    }
    if (url.scheme().equals("http") && !allowInsecureHttp && !isLoopback(url.host())) {
      throw new IllegalArgumentException(
          "Refusing to send the API key over plain http to "
              + url.host()
              + ": use https, or allowInsecureHttp(true) on a network you trust");
    }
    return url;
  }

  /** {@code d}, if it is positive; {@code field} names it in the exception. */
  public static Duration positive(Duration d, String field) {
    Objects.requireNonNull(d, field + " == null");
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(field + " must be positive (was " + d + ")");
    }
    return d;
  }

  /** {@code d}, if it is zero or positive; {@code field} names it in the exception. */
  public static Duration nonNegative(Duration d, String field) {
    Objects.requireNonNull(d, field + " == null");
    if (d.isNegative()) {
      throw new IllegalArgumentException(field + " must not be negative (was " + d + ")");
    }
    return d;
  }

  /** {@code value}, if it is {@code min} or more; {@code field} names it in the exception. */
  public static int atLeast(int min, int value, String field) {
    return (int) atLeast(min, (long) value, field);
  }

  /** {@code value}, if it is {@code min} or more; {@code field} names it in the exception. */
  public static long atLeast(long min, long value, String field) {
    if (value < min) {
      throw new IllegalArgumentException(
          field + " must be " + min + " or more (was " + value + ")");
    }
    return value;
  }

  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost")
        || h.endsWith(".localhost")
        || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}")
        || h.equals("::1")
        || h.equals("0:0:0:0:0:0:0:1");
  }
}
