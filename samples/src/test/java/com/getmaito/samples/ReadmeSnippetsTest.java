package com.getmaito.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java snippets are the samples' own code, and a reader can paste them: each {@code
 * <!-- snippet: name -->} block must be the imports it needs followed by the region between {@code
 * // README:name} and {@code // README:end} in a sample (which the build compiles and the tests
 * run); every Java block in the README must be one of them; and each block compiles as shown, with
 * only the names its {@code // Given:} line declares (statements) or none (class members).
 */
class ReadmeSnippetsTest {
  private static final Pattern BLOCK =
      Pattern.compile("<!-- snippet: ([\\w-]+) -->\\s*\\n```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern IMPORT =
      Pattern.compile("^import (static )?([\\w.]+)\\.(\\w+);$", Pattern.MULTILINE);
  private static final String GIVEN = "// Given: ";

  /**
   * Snippets whose README sections are edited elsewhere in this change: their blocks are the bare
   * region for now. Remove a name here once its README block shows the imports the failure message
   * of {@link #everyReadmeSnippetIsItsImportsAndTheSampleCodeItNames} prints.
   */
  private static final Set<String> WITHOUT_IMPORTS_YET = Set.of();

  /** What those blocks use without declaring it, until their regions open with a Given line. */
  private static final Map<String, String> GIVEN_YET = Map.of();

  /** One {@code // README:name} region of a sample, dedented, and the file it is in. */
  record Snippet(String name, Path file, String region) {
    /** The imports of the file whose simple names the region uses, as the file orders them. */
    String imports() {
      try {
        String source = Files.readString(file);
        List<String> statics = new ArrayList<>();
        List<String> others = new ArrayList<>();
        Matcher m = IMPORT.matcher(source);
        while (m.find()) {
          if (Pattern.compile("\\b" + m.group(3) + "\\b").matcher(region).find()) {
            (m.group(1) == null ? others : statics).add(m.group());
          }
        }
        StringBuilder b = new StringBuilder();
        statics.forEach(i -> b.append(i).append('\n'));
        if (!statics.isEmpty() && !others.isEmpty()) {
          b.append('\n');
        }
        others.forEach(i -> b.append(i).append('\n'));
        return b.toString();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** What the README shows: the imports, a blank line, the region. */
    String block() {
      if (WITHOUT_IMPORTS_YET.contains(name)) {
        return region;
      }
      String imports = imports();
      return imports.isEmpty() ? region : imports + "\n" + region;
    }

    /**
     * The declarations of the region's first line, {@code // Given: MaitoClient client, Map<String,
     * String> wanted (what it holds), PrintStream out}, as parameters; null when the region has
     * none (its code is class members, as a JUnit test class's).
     */
    String given() {
      String first = region.lines().findFirst().orElse("");
      if (!first.startsWith(GIVEN)) {
        return GIVEN_YET.get(name);
      }
      List<String> params = new ArrayList<>();
      int depth = 0;
      StringBuilder param = new StringBuilder();
      for (char c : first.substring(GIVEN.length()).toCharArray()) {
        depth += c == '<' || c == '(' ? 1 : c == '>' || c == ')' ? -1 : 0;
        if (c == ',' && depth == 0) {
          params.add(param.toString());
          param.setLength(0);
        } else {
          param.append(c);
        }
      }
      params.add(param.toString());
      return params.stream()
          .map(p -> p.replaceAll("\\(.*\\)", "").trim())
          .collect(Collectors.joining(", "));
    }
  }

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

  /** Every {@code // README:name} region in the samples' sources. */
  static Map<String, Snippet> snippets() {
    Map<String, Snippet> out = new LinkedHashMap<>();
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
            out.put(name, new Snippet(name, file, dedent(body)));
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
  void everyReadmeSnippetIsItsImportsAndTheSampleCodeItNames() throws IOException {
    String readme = Files.readString(root().resolve("README.md"));
    Map<String, Snippet> snippets = snippets();
    Matcher m = BLOCK.matcher(readme);
    List<String> seen = new ArrayList<>();
    while (m.find()) {
      String name = m.group(1);
      assertTrue(
          snippets.containsKey(name), "README names snippet '" + name + "' that no sample has");
      assertEquals(
          snippets.get(name).block(),
          m.group(2),
          "README snippet '" + name + "' differs from its imports and the sample's code");
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

  @Test
  void everyStatementSnippetDeclaresWhatItUsesInAGivenLine() {
    for (Snippet s : snippets().values()) {
      // Class members: an annotated member, or a nested class (the metrics listener).
      boolean members =
          s.region()
              .lines()
              .anyMatch(l -> l.startsWith("@") || l.matches("(static |final |public )*class .*"));
      assertTrue(
          members || s.region().startsWith(GIVEN) || GIVEN_YET.containsKey(s.name()),
          "snippet '" + s.name() + "' must open with a '// Given: Type name, ...' line");
    }
  }

  /**
   * Each README block compiles on its own: its imports, then its code in a method whose parameters
   * are the {@code // Given:} line's declarations (or in a class body for class members). A name
   * the README does not show (a sample's constant or helper) fails here.
   */
  @Test
  void everyReadmeSnippetCompilesAsShown(@TempDir Path out) {
    List<JavaFileObject> units = new ArrayList<>();
    for (Snippet s : snippets().values()) {
      String imports = WITHOUT_IMPORTS_YET.contains(s.name()) ? s.imports() : "";
      String block = imports + s.block();
      int codeStart = 0;
      while (block.startsWith("import ", codeStart) || block.startsWith("\n", codeStart)) {
        codeStart = block.indexOf('\n', codeStart) + 1;
      }
      String head = block.substring(0, codeStart);
      String code = block.substring(codeStart);
      String className = "Readme_" + s.name().replace('-', '_');
      String body =
          s.given() == null
              ? code
              : "void snippet(" + s.given() + ") throws Exception {\n" + code + "}\n";
      String source = head + "\nclass " + className + " {\n" + body + "}\n";
      units.add(
          new SimpleJavaFileObject(
              URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
              return source;
            }
          });
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "the tests run on a JDK");
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean ok =
        javac
            .getTask(
                null,
                null,
                diagnostics,
                List.of(
                    "-proc:none",
                    "-classpath",
                    System.getProperty("java.class.path"),
                    "-d",
                    out.toString()),
                null,
                units)
            .call();
    String errors =
        diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .map(
                d ->
                    d.getSource().getName()
                        + ":"
                        + d.getLineNumber()
                        + ": "
                        + d.getMessage(Locale.ROOT))
            .collect(Collectors.joining("\n"));
    assertTrue(ok && errors.isEmpty(), errors);
  }
}
