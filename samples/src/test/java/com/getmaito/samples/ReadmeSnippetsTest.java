package com.getmaito.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's Java snippets are the samples' own code: each {@code <!-- snippet: name -->} block
 * must equal the region between {@code // README:name} and {@code // README:end} in a sample (which
 * the build compiles and the tests run), and every Java block in the README must be one of them.
 */
class ReadmeSnippetsTest {
  private static final Pattern BLOCK =
      Pattern.compile("<!-- snippet: ([\\w-]+) -->\\s*\\n```java\\n(.*?)```", Pattern.DOTALL);

  static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("README.md"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("README.md not found above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  /** Every {@code // README:name} region in the samples' sources, dedented. */
  static Map<String, String> snippets() {
    Map<String, String> out = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(root().resolve("samples/src"))) {
      for (Path file :
          files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList())) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          String t = lines.get(i).trim();
          if (t.startsWith("// README:") && !t.equals("// README:end")) {
            String name = t.substring("// README:".length());
            List<String> body = new ArrayList<>();
            int j = i + 1;
            while (!lines.get(j).trim().equals("// README:end")) {
              body.add(lines.get(j++));
            }
            out.put(name, dedent(body));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static String dedent(List<String> lines) {
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    StringBuilder b = new StringBuilder();
    for (String l : lines) {
      b.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    return b.toString();
  }

  @Test
  void everyReadmeSnippetEqualsTheSampleCodeItNames() throws IOException {
    String readme = Files.readString(root().resolve("README.md"));
    Map<String, String> snippets = snippets();
    Matcher m = BLOCK.matcher(readme);
    List<String> seen = new ArrayList<>();
    while (m.find()) {
      String name = m.group(1);
      assertTrue(
          snippets.containsKey(name), "README names snippet '" + name + "' that no sample has");
      assertEquals(
          snippets.get(name), m.group(2), "README snippet '" + name + "' differs from the sample");
      seen.add(name);
    }
    assertEquals(
        snippets.keySet().stream().sorted().collect(Collectors.toList()),
        seen.stream().sorted().collect(Collectors.toList()),
        "every sample snippet appears once in the README");
  }

  @Test
  void theReadmeHasNoJavaBlockThatIsNotASampleSnippet() throws IOException {
    String readme = Files.readString(root().resolve("README.md"));
    String withoutSnippets = BLOCK.matcher(readme).replaceAll("");
    assertFalse(
        withoutSnippets.contains("```java"),
        "a ```java block in the README is not tied to a sample");
  }
}
