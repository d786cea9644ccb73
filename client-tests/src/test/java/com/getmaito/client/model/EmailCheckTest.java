package com.getmaito.client.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The email check is a loop instead of a regex matcher per address (it is run for every row an
 * import reads): it must accept exactly what the regex it replaces accepted.
 */
class EmailCheckTest {
  private static final Pattern BEFORE = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");
  private static final char[] ALPHABET = {'a', '@', '.', ' ', '\t', '\u000B', '\u00e9', '\u0000'};

  @Test
  void acceptsExactlyWhatTheRegexAcceptedForEveryStringOfUpToSixCharacters() {
    int accepted = 0;
    char[] chars = new char[6];
    for (int length = 0; length <= 6; length++) {
      int count = (int) Math.pow(ALPHABET.length, length);
      for (int n = 0; n < count; n++) {
        int v = n;
        for (int i = 0; i < length; i++) {
          chars[i] = ALPHABET[v % ALPHABET.length];
          v /= ALPHABET.length;
        }
        String s = new String(chars, 0, length);
        boolean expected = BEFORE.matcher(s).matches();
        assertEquals(expected, Checks.isEmail(s), () -> "for \"" + s + "\"");
        accepted += expected ? 1 : 0;
      }
    }
    assertEquals(true, accepted > 300, "the corpus has valid addresses too: " + accepted);
  }

  @Test
  void agreesWithTheRegexOnUsualAndUnusualAddresses() {
    for (String s :
        new String[] {
          "ann@example.com",
          "a.b+c@mail.example.co.uk",
          "\ud83d\ude00@example.com",
          "ann@example",
          "ann@@example.com",
          "@example.com",
          "ann@.example.com",
          "ann@example.com.",
          "ann@example..com",
          "an n@example.com",
          "ann@exa\rmple.com",
          "ann@example.c\u00a0om",
          "ann@example.c\u2028om"
        }) {
      assertEquals(BEFORE.matcher(s).matches(), Checks.isEmail(s), s);
    }
  }
}
