package com.getmaito.client.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.MaitoClient;
import com.getmaito.client.Page;
import com.getmaito.client.RawResponse;
import com.getmaito.client.model.Subscriber;
import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.client.model.SubscriberListParams;
import com.getmaito.client.model.SubscriberStatus;
import com.getmaito.client.model.SubscriberUpdateParams;
import com.getmaito.client.model.Tag;
import com.getmaito.client.model.TagCreateParams;
import com.getmaito.client.testing.FakeSleeper;
import com.getmaito.emulator.MaitoEmulator;
import com.getmaito.emulator.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The everyday calls against the emulator: finding a subscriber by email, upserting a signup,
 * changing single custom fields, and reading raw responses.
 */
class EverydayFlowTest {
  private MaitoEmulator emulator;
  private MaitoClient client;

  @BeforeEach
  void start() {
    MutableClock clock = MutableClock.at(Instant.parse("2026-11-22T10:00:00Z"));
    emulator =
        MaitoEmulator.builder().clock(clock).rateLimit(1_000, Duration.ofSeconds(60)).start();
    client =
        MaitoClient.builder()
            .apiKey(emulator.bootstrapKey())
            .baseUrl(emulator.baseUrl())
            .clock(clock)
            .sleeper(new FakeSleeper(clock))
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  private Subscriber create(String email) {
    return client.subscribers().create(SubscriberCreateParams.builder().email(email).build());
  }

  @Test
  void findByEmailFindsTheExactAddressNotTheFuzzyMatches() throws Exception {
    create("joann@example.com");
    Subscriber ann = create("Ann@Example.com");
    create("ann@example.com.au");

    // The search alone is fuzzy: it returns all three.
    assertEquals(
        3,
        client
            .subscribers()
            .list(SubscriberListParams.builder().query("ann@example.com").build())
            .data()
            .size());
    assertEquals(ann.id(), client.subscribers().findByEmail(" ann@EXAMPLE.com").orElseThrow().id());
    assertEquals(
        ann.id(),
        client
            .async()
            .subscribers()
            .findByEmail("ann@example.com")
            .get(5, TimeUnit.SECONDS)
            .orElseThrow()
            .id());
    assertFalse(client.subscribers().findByEmail("nobody@example.com").isPresent());
  }

  @Test
  void upsertCreatesThenUpdatesTheSameSubscriber() throws Exception {
    SubscriberCreateParams signup =
        SubscriberCreateParams.builder()
            .email("ann@example.com")
            .firstName("Ann")
            .tags(List.of("newsletter"))
            .build();

    Subscriber created = client.subscribers().upsert(signup);
    client
        .subscribers()
        .update(created.id(), SubscriberUpdateParams.builder().lastName("Lee").build());
    Subscriber again =
        client
            .subscribers()
            .upsert(
                signup.toBuilder()
                    .email("ANN@example.com")
                    .firstName("Annie")
                    .status(SubscriberStatus.UNSUBSCRIBED)
                    .build());
    Subscriber third =
        client
            .async()
            .subscribers()
            .upsert(signup.toBuilder().tags(List.of("vip")).build())
            .get(5, TimeUnit.SECONDS);

    assertEquals(created.id(), again.id());
    assertEquals("Annie", again.firstName());
    assertEquals("Lee", again.lastName(), "a field the signup did not set is kept");
    assertEquals(SubscriberStatus.UNSUBSCRIBED, again.status());
    assertEquals(created.id(), third.id());
    assertEquals("Ann", third.firstName());
    assertEquals(List.of("vip"), third.tags());
    assertEquals(1, emulator.storedSubscribers().size());
  }

  @Test
  void updateCustomFieldsKeepsTheFieldsItDoesNotName() throws Exception {
    Subscriber s =
        client
            .subscribers()
            .create(
                SubscriberCreateParams.builder()
                    .email("ann@example.com")
                    .customFields(Map.of("plan", "pro", "seats", 3, "beta", true))
                    .build());

    Subscriber changed =
        client.subscribers().updateCustomFields(s.id(), Map.of("seats", 5), Set.of("beta"));
    assertEquals(Map.of("plan", "pro", "seats", 5L), changed.customFields());

    Subscriber async =
        client
            .async()
            .subscribers()
            .updateCustomFields(s.id(), Map.of("region", "eu"), Set.of())
            .get(5, TimeUnit.SECONDS);
    assertEquals(Map.of("plan", "pro", "seats", 5L, "region", "eu"), async.customFields());

    // What a plain update does instead: the map it sends replaces the stored one.
    Subscriber replaced =
        client
            .subscribers()
            .update(s.id(), SubscriberUpdateParams.builder().customFields(Map.of("x", 1)).build());
    assertEquals(Map.of("x", 1L), replaced.customFields());
  }

  @Test
  void rawResponsesCarryTheStatusRequestIdAndBudget() throws Exception {
    RawResponse<Subscriber> created =
        client
            .subscribers()
            .withRawResponse()
            .create(SubscriberCreateParams.builder().email("ann@example.com").build());
    RawResponse<Subscriber> fetched =
        client.subscribers().withRawResponse().retrieve(created.value().id());
    RawResponse<Page<Subscriber>> page = client.subscribers().withRawResponse().list();
    RawResponse<Tag> tag =
        client
            .async()
            .tags()
            .withRawResponse()
            .create(TagCreateParams.of("vip"))
            .get(5, TimeUnit.SECONDS);

    assertEquals(201, created.statusCode());
    assertEquals(200, fetched.statusCode());
    assertEquals(created.value().id(), fetched.value().id());
    assertNotNull(fetched.requestId());
    assertTrue(!fetched.requestId().equals(created.requestId()), "one request id per response");
    assertEquals(fetched.requestId(), fetched.header("x-request-id"));
    assertEquals(1_000, fetched.rateLimit().limit());
    assertEquals(1, page.value().data().size());
    assertEquals(201, tag.statusCode());
    assertEquals("vip", tag.value().name());
  }
}
