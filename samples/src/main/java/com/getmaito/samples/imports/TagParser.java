package com.getmaito.samples.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the tags of one field. Tags are separated by {@code ;} or {@code |}, each trimmed, empty
 * ones dropped, repeats kept once. Mailchimp's export form, quoted tags separated by commas ({@code
 * "Tag A","Tag B, with a comma"}), is read as those tags; a field that starts with a quote but is
 * not in that form is split as plain text.
 */
final class TagParser {
  private TagParser() {}

  static List<String> parse(String field) {
    String s = field.trim();
    if (s.isEmpty()) {
      return List.of();
    }
    if (s.charAt(0) == '"') {
      List<String> quoted = parseQuoted(s);
      if (quoted != null) {
        return distinct(quoted);
      }
    }
    List<String> tags = new ArrayList<>();
    for (String t : s.split("[;|]")) {
      tags.add(t);
    }
    return distinct(tags);
  }

  /** {@code "a","b"} (also separated by {@code ;} or {@code |}); null when not in that form. */
  private static List<String> parseQuoted(String s) {
    List<String> tags = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (true) {
      while (i < n && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      if (i >= n || s.charAt(i) != '"') {
        return null;
      }
      i++;
      StringBuilder tag = new StringBuilder();
      boolean closed = false;
      while (i < n) {
        char c = s.charAt(i++);
        if (c == '"') {
          if (i < n && s.charAt(i) == '"') {
            tag.append('"');
            i++;
          } else {
            closed = true;
            break;
          }
        } else {
          tag.append(c);
        }
      }
      if (!closed) {
        return null;
      }
      tags.add(tag.toString());
      while (i < n && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      if (i == n) {
        return tags;
      }
      char sep = s.charAt(i++);
      if (sep != ',' && sep != ';' && sep != '|') {
        return null;
      }
    }
  }

  private static List<String> distinct(List<String> raw) {
    Set<String> tags = new LinkedHashSet<>();
    for (String t : raw) {
      String trimmed = t.trim();
      if (!trimmed.isEmpty()) {
        tags.add(trimmed);
      }
    }
    return List.copyOf(tags);
  }
}
