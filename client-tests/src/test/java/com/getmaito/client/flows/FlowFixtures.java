package com.getmaito.client.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.getmaito.client.ImportReport;
import com.getmaito.client.MaitoClient;
import com.getmaito.client.Sleeper;
import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.emulator.EmulatedSubscriber;
import com.getmaito.emulator.MaitoEmulator;
import com.getmaito.emulator.MutableClock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** What the flow tests share: a client of an emulator on a fake clock, and the import checks. */
final class FlowFixtures {
  private FlowFixtures() {}

  /** A client of {@code emulator} with {@code key}, on the test's clock and sleeper. */
  static MaitoClient.Builder client(
      MaitoEmulator emulator, String key, MutableClock clock, Sleeper sleeper) {
    return MaitoClient.builder()
        .apiKey(key)
        .baseUrl(emulator.baseUrl())
        .clock(clock)
        .sleeper(sleeper);
  }

  /** Rows {@code e1@example.com} to {@code eN@example.com}. */
  static Stream<SubscriberCreateParams> emails(int n) {
    return IntStream.rangeClosed(1, n)
        .mapToObj(i -> SubscriberCreateParams.builder().email("e" + i + "@example.com").build());
  }

  /** Every row read ended in exactly one outcome. */
  static void assertAddsUp(ImportReport r) {
    assertEquals(
        r.rowsRead(),
        r.created() + r.duplicates() + r.invalid() + r.failed() + r.notAttempted(),
        "every row read ends in exactly one outcome: " + r);
  }

  /** The emulator holds {@code expected} subscribers, no email twice. */
  static void assertStoredOnce(MaitoEmulator emulator, long expected) {
    List<EmulatedSubscriber> stored = emulator.storedSubscribers();
    Set<String> emails =
        stored.stream().map(s -> s.email().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    assertEquals(stored.size(), emails.size(), "no email stored twice");
    assertEquals(expected, stored.size(), "nothing missing");
  }
}
