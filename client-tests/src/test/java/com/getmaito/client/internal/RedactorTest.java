package com.getmaito.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import okio.ByteString;
import org.junit.jupiter.api.Test;

class RedactorTest {
  private static final String KEY = "sk_live_0123456789abcdef";
  private final Redactor redactor = new Redactor(KEY);

  @Test
  void anExcerptReadsOnlyTheFirstFewKilobytesOfAHugeBody() {
    String body = " ".repeat(Redactor.EXCERPT_WINDOW_BYTES) + "beyond the window".repeat(100_000);
    assertEquals("...", redactor.excerpt(ByteString.encodeUtf8(body)));
  }

  @Test
  void aSecretCutByTheWindowDoesNotLeakItsFirstCharacters() {
    String body = " ".repeat(Redactor.EXCERPT_WINDOW_BYTES - 10) + "<b>" + KEY + "</b> more";
    String excerpt = redactor.excerpt(ByteString.encodeUtf8(body));
    assertFalse(excerpt.contains("sk_"), excerpt);
    assertFalse(excerpt.contains("<b>sk"), excerpt);
  }

  @Test
  void aShortBodyIsExcerptedWholeAndRedacted() {
    String excerpt = redactor.excerpt(ByteString.encodeUtf8("<html>\n  key " + KEY + "\n</html>"));
    assertEquals("<html> key [redacted] </html>", excerpt);
    assertTrue(redactor.redact("{\"apiKey\":\"mk_secret_value\"}").contains("[redacted]"));
  }
}
