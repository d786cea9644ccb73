package com.getmaito.client.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.getmaito.emulator.MaitoEmulator;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Lettuce is an optional dependency: with none of it (nor Netty, nor Reactor) on the class path,
 * the client builds and calls as always, and asking for a Redis budget says what to add.
 */
class RedisOptionalTest {
  /** The Redis client and what it brings, as the local repository lays them out. */
  private static final Pattern REDIS_CLIENT =
      Pattern.compile(
          "[/\\\\](io[/\\\\]lettuce|io[/\\\\]netty|io[/\\\\]projectreactor|org[/\\\\]reactivestreams"
              + "|redis[/\\\\]clients)[/\\\\]");

  private static URL[] classPathWithoutLettuce() throws MalformedURLException {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!REDIS_CLIENT.matcher(entry).find()) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    return urls.toArray(new URL[0]);
  }

  @Test
  void theClientWorksWithNoLettuceOnTheClassPath() throws Exception {
    try (MaitoEmulator emulator = MaitoEmulator.start();
        URLClassLoader noLettuce =
            new URLClassLoader(classPathWithoutLettuce(), ClassLoader.getPlatformClassLoader())) {
      assertThrows(
          ClassNotFoundException.class,
          () -> Class.forName("io.lettuce.core.RedisClient", false, noLettuce));
      Object result =
          Class.forName(NoLettuceProbe.class.getName(), true, noLettuce)
              .getMethod("run", String.class, String.class)
              .invoke(null, emulator.baseUrl(), emulator.bootstrapKey());
      assertEquals(
          "created\n"
              + "RedisRateBudget needs io.lettuce:lettuce-core on the class path: add it to your"
              + " build (it is an optional dependency of maito-client)\n",
          result);
      assertEquals(1, emulator.storedSubscribers().size());
    }
  }
}
