package com.getmaito.client.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.MaitoClient;
import com.getmaito.client.Page;
import com.getmaito.client.RequestOptions;
import com.getmaito.client.errors.AuthenticationException;
import com.getmaito.client.errors.ConflictException;
import com.getmaito.client.errors.IdempotencyKeyReusedException;
import com.getmaito.client.errors.NotFoundException;
import com.getmaito.client.errors.PermissionDeniedException;
import com.getmaito.client.errors.RateLimitException;
import com.getmaito.client.model.ApiKey;
import com.getmaito.client.model.ApiKeyCreateParams;
import com.getmaito.client.model.ApiKeyScope;
import com.getmaito.client.model.BulkCreateResult;
import com.getmaito.client.model.BulkFailure;
import com.getmaito.client.model.CreatedApiKey;
import com.getmaito.client.model.Subscriber;
import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.client.model.SubscriberListParams;
import com.getmaito.client.model.SubscriberStatus;
import com.getmaito.client.model.SubscriberUpdateParams;
import com.getmaito.client.model.Tag;
import com.getmaito.client.model.TagCreateParams;
import com.getmaito.client.model.TagListParams;
import com.getmaito.client.model.TagUpdateParams;
import com.getmaito.client.testing.FakeSleeper;
import com.getmaito.emulator.MaitoEmulator;
import com.getmaito.emulator.MutableClock;
import com.getmaito.emulator.Paging;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Flows through the real SDK against the stateful emulator. */
class EmulatorFlowTest {
  private MutableClock clock;
  private MaitoEmulator emulator;
  private FakeSleeper sleeper;
  private MaitoClient client;

  @BeforeEach
  void start() {
    clock = MutableClock.at(Instant.parse("2026-11-22T10:00:00Z"));
    emulator =
        MaitoEmulator.builder().clock(clock).rateLimit(1_000, Duration.ofSeconds(60)).start();
    sleeper = new FakeSleeper(clock);
    client = clientFor(emulator.bootstrapKey());
  }

  private MaitoClient clientFor(String key) {
    return FlowFixtures.client(emulator, key, clock, sleeper).build();
  }

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  private static SubscriberCreateParams row(String email) {
    return SubscriberCreateParams.builder().email(email).build();
  }

  @Test
  void subscriberCrudRoundTripsEveryField() {
    Subscriber created =
        client
            .subscribers()
            .create(
                SubscriberCreateParams.builder()
                    .email("Ann@Example.com")
                    .firstName("Ann")
                    .lastName("Lee")
                    .confirmed(true)
                    .tags(List.of("vip"))
                    .customFields(Map.of("plan", "pro", "seats", 3, "ratio", 0.5, "trial", false))
                    .source("signup-form")
                    .build());
    assertEquals("ann@example.com", created.emailNormalized());
    assertEquals(SubscriberStatus.SUBSCRIBED, created.status());
    assertEquals(3L, created.customFields().get("seats"));
    assertEquals(0.5, created.customFields().get("ratio"));
    assertEquals(created, client.subscribers().retrieve(created.id()));

    Subscriber updated =
        client
            .subscribers()
            .update(
                created.id(),
                SubscriberUpdateParams.builder()
                    .firstName("Annie")
                    .lastName(null)
                    .source(null)
                    .status(SubscriberStatus.UNSUBSCRIBED)
                    .build());
    assertEquals("Annie", updated.firstName());
    assertNull(updated.lastName());
    assertNull(updated.source());
    assertEquals(List.of("vip"), updated.tags());
    assertEquals(SubscriberStatus.UNSUBSCRIBED, updated.status());
    assertTrue(updated.unsubscribedAt() != null);

    assertThrows(
        ConflictException.class, () -> client.subscribers().create(row("ANN@example.com ")));
    assertTrue(client.subscribers().delete(created.id()).deleted());
    assertThrows(NotFoundException.class, () -> client.subscribers().retrieve(created.id()));
  }

  @Test
  void tagCrudAndDeletionRemovesTheTagFromSubscribers() {
    Tag vip =
        client.tags().create(TagCreateParams.builder().name("VIP").description("paying").build());
    assertThrows(ConflictException.class, () -> client.tags().create(TagCreateParams.of("vip")));
    Subscriber s =
        client
            .subscribers()
            .create(SubscriberCreateParams.builder().email("a@b.co").tags(List.of("vip")).build());
    assertEquals(1, client.tags().retrieve(vip.id()).subscriberCount());
    Tag renamed =
        client
            .tags()
            .update(vip.id(), TagUpdateParams.builder().name("gold").description(null).build());
    assertEquals("gold", renamed.name());
    assertNull(renamed.description());
    assertEquals(List.of("gold"), client.subscribers().retrieve(s.id()).tags());
    assertEquals(
        List.of("gold"),
        client.tags().list().data().stream().map(Tag::name).collect(Collectors.toList()));
    assertTrue(client.tags().delete(vip.id()).deleted());
    assertEquals(List.of(), client.subscribers().retrieve(s.id()).tags());
    assertThrows(NotFoundException.class, () -> client.tags().retrieve(vip.id()));
  }

  @Test
  void autoPagerWalks1234SubscribersWithInsertsBetweenPagesNoneSkippedOrRepeated() {
    insert(1_234, "seed");
    Page<Subscriber> first =
        client.subscribers().list(SubscriberListParams.builder().limit(100).build());
    assertEquals(1_234L, first.total());
    List<String> seen = new ArrayList<>();
    int[] pageCount = {0};
    Page<Subscriber> page = first;
    while (true) {
      page.data().forEach(s -> seen.add(s.email()));
      pageCount[0]++;
      insert(7, "late" + pageCount[0]);
      if (!page.hasNextPage()) {
        break;
      }
      page = page.nextPage();
    }
    Set<String> unique = new HashSet<>(seen);
    assertEquals(seen.size(), unique.size(), "no subscriber repeated");
    for (int i = 0; i < 1_234; i++) {
      assertTrue(unique.contains("seed" + i + "@example.com"), "seed " + i + " seen");
    }
    long viaAutoPager =
        client
            .subscribers()
            .list(SubscriberListParams.builder().limit(500).build())
            .autoPager()
            .stream()
            .count();
    assertEquals(emulator.storedSubscribers().size(), viaAutoPager);
  }

  @Test
  void compatOffsetPagingReachesEveryRowWhenTheServerSendsNoCursor() {
    try (MaitoEmulator offsetOnly = MaitoEmulator.builder().paging(Paging.OFFSET_ONLY).start();
        MaitoClient c =
            MaitoClient.builder()
                .apiKey(offsetOnly.bootstrapKey())
                .baseUrl(offsetOnly.baseUrl())
                .build()) {
      for (int batch = 0; batch < 3; batch++) {
        int b = batch;
        c.subscribers()
            .bulkCreate(
                IntStream.range(0, 90)
                    .mapToObj(i -> row("o" + b + "-" + i + "@example.com"))
                    .collect(Collectors.toList()));
      }
      List<String> emails =
          c
              .subscribers()
              .list(SubscriberListParams.builder().limit(40).build())
              .autoPager()
              .stream()
              .map(Subscriber::email)
              .collect(Collectors.toList());
      assertEquals(270, emails.size());
      assertEquals(270, new HashSet<>(emails).size());
    }
  }

  @Test
  void bulkCreateReportsGoodDuplicateAndInvalidRowsAndCreatesOnlyTheGood() {
    client.subscribers().create(row("existing@example.com"));
    List<SubscriberCreateParams> rows = new ArrayList<>();
    rows.add(row("new1@example.com"));
    rows.add(row("EXISTING@example.com"));
    rows.add(
        SubscriberCreateParams.builder()
            .email("bad@example.com")
            .status(SubscriberStatus.of("paused"))
            .build());
    rows.add(row("new2@example.com"));
    rows.add(row("new1@example.com"));
    BulkCreateResult result = client.subscribers().bulkCreate(rows);
    assertEquals(
        List.of("new1@example.com", "new2@example.com"),
        result.created().stream().map(Subscriber::email).collect(Collectors.toList()));
    assertEquals(
        List.of(1, 2, 4),
        result.failed().stream().map(BulkFailure::index).collect(Collectors.toList()));
    assertTrue(result.failed().get(0).isDuplicate());
    assertEquals("VALIDATION_FAILED", result.failed().get(1).code());
    assertTrue(result.failed().get(2).isDuplicate());
    assertEquals(3, emulator.storedSubscribers().size());
  }

  @Test
  void keyRotationNewKeyWorksAndTheRevokedOldKeyGets401() {
    CreatedApiKey old = client.apiKeys().create(ApiKeyCreateParams.builder().name("old").build());
    CreatedApiKey fresh =
        client
            .apiKeys()
            .create(ApiKeyCreateParams.builder().name("new").expirationDays(30).build());
    assertEquals(clock.instant().plus(Duration.ofDays(30)), fresh.key().expiresAt());
    assertFalse(fresh.toString().contains(fresh.secret()));
    try (MaitoClient oldClient = clientFor(old.secret());
        MaitoClient newClient = clientFor(fresh.secret())) {
      oldClient.tags().list();
      newClient.tags().list();
      assertTrue(client.apiKeys().revoke(old.id()).revoked());
      AuthenticationException e =
          assertThrows(AuthenticationException.class, () -> oldClient.tags().list());
      assertEquals("UNAUTHORIZED", e.errorCode());
      assertFalse(e.getMessage().contains(old.secret()));
      newClient.tags().list();
      List<String> ids =
          client.apiKeys().list().stream().map(ApiKey::id).collect(Collectors.toList());
      assertTrue(ids.contains(fresh.id()));
      assertFalse(ids.contains(old.id()));

      clock.advance(Duration.ofDays(31));
      assertThrows(AuthenticationException.class, () -> newClient.tags().list());
    }
  }

  @Test
  void restrictedKeyGets403OnApiKeysButWorksOnSubscribers() {
    CreatedApiKey restricted =
        client
            .apiKeys()
            .create(ApiKeyCreateParams.builder().name("r").scope(ApiKeyScope.RESTRICTED).build());
    assertEquals(ApiKeyScope.RESTRICTED, restricted.key().scope());
    try (MaitoClient r = clientFor(restricted.secret())) {
      r.subscribers().create(row("r@example.com"));
      PermissionDeniedException e =
          assertThrows(PermissionDeniedException.class, () -> r.apiKeys().list());
      assertEquals(403, e.statusCode());
    }
  }

  @Test
  void rateLimited429IsRetriedAfterTheServersWaitThenSucceeds() {
    try (MaitoEmulator limited =
            MaitoEmulator.builder().clock(clock).rateLimit(3, Duration.ofSeconds(10)).start();
        MaitoClient c =
            FlowFixtures.client(limited, limited.bootstrapKey(), clock, sleeper).build()) {
      for (int i = 0; i < 4; i++) {
        c.subscribers().create(row("rl" + i + "@example.com"));
      }
      assertEquals(4, limited.storedSubscribers().size());
      assertEquals(1, limited.requestCountByStatus(429));
      assertEquals(1, sleeper.durations().size());
      assertTrue(
          sleeper.durations().get(0).compareTo(Duration.ofSeconds(10)) <= 0,
          sleeper.durations().toString());
      assertEquals(Integer.valueOf(3), c.lastRateLimit().limit());

      RateLimitException e =
          assertThrows(
              RateLimitException.class,
              () -> {
                for (int i = 0; i < 4; i++) {
                  c.subscribers()
                      .list(
                          SubscriberListParams.ofDefaults(),
                          RequestOptions.builder().maxRetries(0).build());
                }
              });
      assertTrue(e.retryAfter() != null && !e.retryAfter().isZero());
    }
  }

  @Test
  void idempotentReplayCreatesOnceAndADifferentBodyWithTheSameKeyIsRejected() {
    RequestOptions key = RequestOptions.builder().idempotencyKey("signup-42").build();
    Subscriber first = client.subscribers().create(row("idem@example.com"), key);
    Subscriber again = client.subscribers().create(row("idem@example.com"), key);
    assertEquals(first, again);
    assertEquals(1, emulator.storedSubscribers().size());
    assertThrows(
        IdempotencyKeyReusedException.class,
        () -> client.subscribers().create(row("other@example.com"), key));
  }

  @Test
  void aCreateWhoseResponseIsLostIsRetriedWithTheSameKeyAndCreatedOnce() {
    emulator.faults().nextDisconnectAfterProcessing(1);
    Subscriber s = client.subscribers().create(row("lost@example.com"));
    assertEquals("lost@example.com", s.email());
    assertEquals(1, emulator.storedSubscribers().size());
    assertEquals(2, emulator.requestCount("POST", "/v1/newsletter/subscribers"));
  }

  @Test
  void asyncCallsWorkAgainstTheEmulator() {
    List<Subscriber> created =
        IntStream.range(0, 20)
            .mapToObj(i -> client.async().subscribers().create(row("async" + i + "@example.com")))
            .collect(Collectors.toList())
            .stream()
            .map(f -> f.join())
            .collect(Collectors.toList());
    assertEquals(20, created.size());
    assertEquals(
        20,
        client
            .async()
            .subscribers()
            .list(SubscriberListParams.builder().limit(500).build())
            .join()
            .data()
            .size());
    assertEquals(List.of(), client.async().tags().list(TagListParams.ofDefaults()).join().data());
  }

  private void insert(int count, String prefix) {
    for (int start = 0; start < count; start += 100) {
      int from = start;
      List<SubscriberCreateParams> rows =
          IntStream.range(from, Math.min(count, from + 100))
              .mapToObj(i -> row(prefix + i + "@example.com"))
              .collect(Collectors.toList());
      BulkCreateResult r = client.subscribers().bulkCreate(rows);
      assertEquals(rows.size(), r.created().size(), r.failed().toString());
    }
  }
}
