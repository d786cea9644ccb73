package com.getmaito.client.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * Removes secrets from text the SDK shows (messages, excerpts, logs): the client's key, the value
 * of any JSON {@code "apiKey"} field (the secret of a created key) and anything shaped like a
 * secret key ({@code sk_...}, {@code mk_...}). Made once per client from its key; the only holder
 * of the key besides the request factory's auth header. It also learns the per-call keys of {@code
 * RequestOptions.apiKey} as they are used, keeping the {@link #MAX_LEARNED} most recent: a service
 * with more tenants than that still has any {@code sk_}/{@code mk_}-shaped key redacted by its
 * shape.
 */
final class Redactor {
  static final String REDACTED = "[redacted]";
  private static final Pattern JSON_SECRET = Pattern.compile("(\"apiKey\"\\s*:\\s*\")[^\"]*\"");
  private static final Pattern SECRET_KEY = Pattern.compile("\\b(?:sk|mk)_[A-Za-z0-9_\\-]{8,}");

  /** Excerpts read at most this many bytes of a body, however large it is. */
  static final int EXCERPT_WINDOW_BYTES = 4096;

  private static final int EXCERPT_CHARS = 200;

  /** How many per-call secrets the redactor remembers, most recently used first. */
  static final int MAX_LEARNED = 1024;

  private final String secret;
  private final Map<String, Boolean> learned =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
          return size() > MAX_LEARNED;
        }
      };
  private volatile String[] learnedSnapshot = new String[0];

  Redactor(String secret) {
    this.secret = secret;
  }

  /** Redacts {@code other} too from now on: a per-call key, or another credential. */
  void learn(String other) {
    if (other.isEmpty() || other.equals(secret)) {
      return;
    }
    synchronized (learned) {
      if (learned.put(other, Boolean.TRUE) == null) {
        // Longest first, so a secret that contains another is replaced whole.
        learnedSnapshot =
            learned.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toArray(String[]::new);
      }
    }
  }

  String redact(String text) {
    String out = secret.isEmpty() ? text : text.replace(secret, REDACTED);
    for (String other : learnedSnapshot) {
      out = out.replace(other, REDACTED);
    }
    out = JSON_SECRET.matcher(out).replaceAll("$1" + REDACTED + "\"");
    return SECRET_KEY.matcher(out).replaceAll(REDACTED);
  }

  @Nullable String redactOrNull(@Nullable String text) {
    return text == null ? null : redact(text);
  }

  /**
   * A short, single-line, printable excerpt of a body, with secrets redacted. Only the first {@link
   * #EXCERPT_WINDOW_BYTES} bytes are read. Redaction comes before shortening, and a word cut at the
   * end of the window is dropped, so a secret cut by either limit cannot leak its first characters.
   */
  String excerpt(ByteString body) {
    boolean cut = body.size() > EXCERPT_WINDOW_BYTES;
    String text = redact((cut ? body.substring(0, EXCERPT_WINDOW_BYTES) : body).utf8());
    StringBuilder b = new StringBuilder();
    boolean space = false;
    int i = 0;
    for (; i < text.length() && b.length() < EXCERPT_CHARS; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c);
    }
    if (cut && i >= text.length()) {
      int end = b.length();
      while (end > 0 && b.charAt(end - 1) != ' ') {
        end--;
      }
      b.setLength(Math.max(0, end - 1));
    }
    String out = b.toString();
    if (out.length() >= EXCERPT_CHARS || cut) {
      out = out + "...";
    }
    return out;
  }
}
