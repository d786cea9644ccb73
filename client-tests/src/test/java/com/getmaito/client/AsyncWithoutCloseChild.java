package com.getmaito.client;

import com.getmaito.client.model.Tag;
import java.util.concurrent.TimeUnit;

/**
 * A program that makes one async call and returns from {@code main} without closing its client, for
 * {@link DaemonThreadsTest}: {@code baseUrl}.
 */
public final class AsyncWithoutCloseChild {
  private AsyncWithoutCloseChild() {}

  public static void main(String[] args) throws Exception {
    MaitoClient client = MaitoClient.builder().apiKey("sk_test_child").baseUrl(args[0]).build();
    Tag tag = client.async().tags().retrieve("tag_1").get(30, TimeUnit.SECONDS);
    System.out.println("retrieved " + tag.id());
    // No close(): the JVM must still exit now.
  }
}
