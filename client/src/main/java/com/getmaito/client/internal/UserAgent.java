package com.getmaito.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** {@code maito-java/<version> (Java <v>; <os> <arch>)}, ASCII only. */
final class UserAgent {
  private static final String VALUE = build();

  private UserAgent() {}

  static String value() {
    return VALUE;
  }

  /** The SDK's version, from the build. */
  static String version() {
    Properties p = new Properties();
    try (InputStream in = UserAgent.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException ignored) {
      // the version stays unknown
    }
    return p.getProperty("version", "unknown");
  }

  private static String build() {
    String ua =
        "maito-java/"
            + version()
            + " (Java "
            + System.getProperty("java.version", "?")
            + "; "
            + System.getProperty("os.name", "?")
            + " "
            + System.getProperty("os.arch", "?")
            + ")";
    StringBuilder ascii = new StringBuilder(ua.length());
    for (char c : ua.toCharArray()) {
      ascii.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return ascii.toString();
  }
}
