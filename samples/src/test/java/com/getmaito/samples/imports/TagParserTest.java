package com.getmaito.samples.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagParserTest {
  @Test
  void splitsOnSemicolonOrPipeTrimsAndDropsEmptiesAndRepeats() {
    assertEquals(
        List.of("vip", "news letter", "beta"), TagParser.parse(" vip ; news letter|beta;;vip| "));
    assertEquals(List.of(), TagParser.parse("  "));
    assertEquals(List.of("a, b"), TagParser.parse("a, b"));
  }

  @Test
  void readsMailchimpsQuotedFormWhereTagsMayHoldCommas() {
    assertEquals(
        List.of("Tag A", "Smith, John", "say \"hi\""),
        TagParser.parse("\"Tag A\",\"Smith, John\", \"say \"\"hi\"\"\""));
    assertEquals(List.of("Customers"), TagParser.parse("\"Customers\""));
  }

  @Test
  void splitsAFieldThatOnlyLooksQuotedAsPlainText() {
    assertEquals(List.of("\"quoted\" tag", "b"), TagParser.parse("\"quoted\" tag;b"));
    assertEquals(List.of("\"unclosed"), TagParser.parse("\"unclosed"));
  }
}
