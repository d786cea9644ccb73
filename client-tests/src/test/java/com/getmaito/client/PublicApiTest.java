package com.getmaito.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The public API names no OkHttp, Okio, Moshi or Resilience4j type, so those can be upgraded
 * without breaking callers; only {@code com.getmaito.client.internal} may use them.
 */
class PublicApiTest {
  private static final List<String> FORBIDDEN =
      List.of(
          "okhttp3.",
          "okio.",
          "com.squareup.",
          "io.github.resilience4j.",
          "kotlin.",
          "io.lettuce.",
          "io.netty.",
          "reactor.");

  /** Where the client's classes are: its jar (in a reactor {@code verify}) or classes folder. */
  private static Path location() throws URISyntaxException {
    return Path.of(MaitoClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static List<Class<?>> publicApiClasses() throws IOException, URISyntaxException {
    Path location = location();
    FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location);
    Path root = jar == null ? location : jar.getPath("/");
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f :
          files.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList())) {
        String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (name.startsWith("META-INF")
            || name.startsWith("com.getmaito.client.internal")
            || name.endsWith("package-info")) {
          continue;
        }
        try {
          Class<?> c = Class.forName(name, false, MaitoClient.class.getClassLoader());
          if (Modifier.isPublic(c.getModifiers())) {
            out.add(c);
          }
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }
    } finally {
      if (jar != null) {
        jar.close();
      }
    }
    return out;
  }

  @Test
  void noPublicSignatureNamesAnOkHttpMoshiOrResilience4jType() throws Exception {
    List<String> leaks = new ArrayList<>();
    List<Class<?>> classes = publicApiClasses();
    assertTrue(classes.size() > 40, "found the public classes: " + classes.size());
    for (Class<?> c : classes) {
      check(leaks, c.getName() + " extends", c.getGenericSuperclass());
      for (Type t : c.getGenericInterfaces()) {
        check(leaks, c.getName() + " implements", t);
      }
      for (Method m : c.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers())) {
          check(leaks, c.getName() + "." + m.getName() + " returns", m.getGenericReturnType());
          params(leaks, c, m);
        }
      }
      for (Constructor<?> k : c.getDeclaredConstructors()) {
        if (Modifier.isPublic(k.getModifiers()) || Modifier.isProtected(k.getModifiers())) {
          params(leaks, c, k);
        }
      }
      for (Field f : c.getDeclaredFields()) {
        if (Modifier.isPublic(f.getModifiers())) {
          check(leaks, c.getName() + "." + f.getName(), f.getGenericType());
        }
      }
    }
    assertEquals(List.of(), leaks);
  }

  private static void params(List<String> leaks, Class<?> c, Executable e) {
    for (Type t : e.getGenericParameterTypes()) {
      check(leaks, c.getName() + "." + e.getName() + " takes", t);
    }
    for (Type t : e.getGenericExceptionTypes()) {
      check(leaks, c.getName() + "." + e.getName() + " throws", t);
    }
  }

  private static void check(List<String> leaks, String where, Type type) {
    if (type == null) {
      return;
    }
    String name = type.getTypeName();
    for (String prefix : FORBIDDEN) {
      if (name.contains(prefix)) {
        leaks.add(where + " " + name);
      }
    }
  }

  @Test
  void theJarDeclaresItsAutomaticModuleName() throws Exception {
    Path location = location();
    Assumptions.assumeFalse(
        Files.isDirectory(location), "the client is on the class path as classes, not its jar");
    try (JarFile jar = new JarFile(location.toFile())) {
      Manifest m = jar.getManifest();
      assertEquals("com.getmaito.client", m.getMainAttributes().getValue("Automatic-Module-Name"));
    }
  }
}
