package com.getmaito.client;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.model.ApiKeyCreateParams;
import com.getmaito.client.model.BulkCreateParams;
import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.client.model.SubscriberListParams;
import com.getmaito.client.model.SubscriberUpdateParams;
import com.getmaito.client.model.TagCreateParams;
import com.getmaito.client.model.TagListParams;
import com.getmaito.client.model.TagUpdateParams;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Params are checked before anything is sent: each bad value fails with an {@link
 * IllegalArgumentException} whose message names the field and what is wrong, and the server never
 * sees a request.
 */
class ParamsValidationTest {
  @RegisterExtension final SpecValidatingServer server = new SpecValidatingServer();

  @AfterEach
  void nothingReachedTheServer() {
    assertEquals(0, server.requestCount(), "a request reached the server");
  }

  private static void assertRejected(String expectedMessage, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertEquals(expectedMessage, e.getMessage());
  }

  private static String chars(int n) {
    return "x".repeat(n);
  }

  private static SubscriberCreateParams.Builder create() {
    return SubscriberCreateParams.builder().email("ann@example.com");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not-an-email",
        "ann@example",
        "ann example@example.com",
        "ann@@example.com",
        "@example.com",
        "ann@.com",
        ""
      })
  void createRejectsAnEmailThatIsNotAnAddress(String email) {
    MaitoClient client = server.client();

    assertRejected(
        "email must be a valid email address (was \"" + email + "\")",
        () -> client.subscribers().create(SubscriberCreateParams.builder().email(email).build()));
    assertRejected(
        "email must be a valid email address (was \"" + email + "\")",
        () -> SubscriberUpdateParams.builder().email(email));
  }

  @Test
  void createRejectsAnOverlongEmail() {
    String email = chars(250) + "@example.com";

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SubscriberCreateParams.builder().email(email).build());

    assertTrue(e.getMessage().startsWith("email must be a valid email address"), e.getMessage());
  }

  @Test
  void createRequiresAnEmail() {
    assertRejected("email is required (was null)", () -> SubscriberCreateParams.builder().build());
  }

  @Test
  void namesLongerThan100CharactersAreRejected() {
    assertDoesNotThrow(() -> create().firstName(chars(100)).lastName(chars(100)).build());
    String was = " (was \"" + chars(57) + "...\")";

    assertRejected(
        "firstName must be at most 100 characters, got 101" + was,
        () -> create().firstName(chars(101)).build());
    assertRejected(
        "lastName must be at most 100 characters, got 101" + was,
        () -> create().lastName(chars(101)).build());
    assertRejected(
        "firstName must be at most 100 characters, got 101" + was,
        () -> SubscriberUpdateParams.builder().firstName(chars(101)));
    assertRejected(
        "lastName must be at most 100 characters, got 101" + was,
        () -> SubscriberUpdateParams.builder().lastName(chars(101)));
  }

  @Test
  void sourceLongerThan160CharactersIsRejected() {
    assertDoesNotThrow(() -> create().source(chars(160)).build());

    assertRejected(
        "source must be at most 160 characters, got 161 (was \"" + chars(57) + "...\")",
        () -> create().source(chars(161)).build());
    assertRejected(
        "source must be at most 160 characters, got 161 (was \"" + chars(57) + "...\")",
        () -> SubscriberUpdateParams.builder().source(chars(161)));
  }

  @Test
  void tagNamesMustBe1To64Characters() {
    MaitoClient client = server.client();
    assertDoesNotThrow(() -> TagCreateParams.of(chars(64)));

    assertRejected(
        "name must be 1 to 64 characters, got 0 (was \"\")",
        () -> client.tags().create(TagCreateParams.of("")));
    assertRejected(
        "name must be 1 to 64 characters, got 65 (was \"" + chars(57) + "...\")",
        () -> client.tags().create(TagCreateParams.builder().name(chars(65)).build()));
    assertRejected(
        "name must be 1 to 64 characters, got 0 (was \"\")",
        () -> TagUpdateParams.builder().name(""));
    assertRejected(
        "name is required (was null)", () -> TagCreateParams.builder().description("d").build());
  }

  @Test
  void lengthsCountCharactersNotUtf16Units() {
    // The contract counts code points: 40 emoji (80 UTF-16 units) is a valid tag name.
    String emoji = "\uD83D\uDE00"; // U+1F600, one character, two UTF-16 units
    assertDoesNotThrow(() -> TagCreateParams.of(emoji.repeat(40)));
    assertDoesNotThrow(() -> TagCreateParams.of(emoji.repeat(64)));
    assertDoesNotThrow(() -> create().tags(List.of(emoji.repeat(64))).build());
    assertDoesNotThrow(() -> create().firstName(emoji.repeat(100)).build());
    assertDoesNotThrow(() -> SubscriberUpdateParams.builder().source(emoji.repeat(160)));
    assertDoesNotThrow(() -> ApiKeyCreateParams.builder().name(emoji.repeat(100)).build());
    assertDoesNotThrow(() -> SubscriberListParams.builder().tag(emoji.repeat(64)).build());

    assertRejected(
        "name must be 1 to 64 characters, got 65 (was \"" + emoji.repeat(57) + "...\")",
        () -> TagCreateParams.of(emoji.repeat(65)));
    assertRejected(
        "lastName must be at most 100 characters, got 101 (was \"" + emoji.repeat(57) + "...\")",
        () -> create().lastName(emoji.repeat(101)).build());
  }

  @Test
  void subscriberTagsMustBe1To64CharactersEach() {
    assertRejected(
        "tags[1] must be 1 to 64 characters, got 0 (was \"\")",
        () -> create().tags(List.of("vip", "")).build());
    assertRejected(
        "tags[0] must be 1 to 64 characters, got 65 (was \"" + chars(57) + "...\")",
        () -> SubscriberUpdateParams.builder().tags(List.of(chars(65))));
  }

  @Test
  void customFieldValuesMustBeScalars() {
    assertRejected(
        "customFields.address must be a string, number, boolean or null (was {city=Oslo})",
        () -> create().customFields(Map.of("address", Map.of("city", "Oslo"))).build());
    assertRejected(
        "customFields keys must be non-empty (was \"\")",
        () -> SubscriberUpdateParams.builder().customFields(Map.of("", 1)));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 501})
  void limitOutside1To500IsRejected(int limit) {
    MaitoClient client = server.client();

    assertRejected(
        "limit must be between 1 and 500 (was " + limit + ")",
        () -> client.subscribers().list(SubscriberListParams.builder().limit(limit).build()));
    assertRejected(
        "limit must be between 1 and 500 (was " + limit + ")",
        () -> client.tags().list(TagListParams.builder().limit(limit).build()));
  }

  @Test
  void limitsOf1And500AreAccepted() {
    assertDoesNotThrow(() -> SubscriberListParams.builder().limit(1).build());
    assertDoesNotThrow(() -> TagListParams.builder().limit(500).build());
  }

  @Test
  void negativeOffsetIsRejected() {
    assertRejected(
        "offset must be 0 or more (was -1)",
        () -> SubscriberListParams.builder().offset(-1L).build());
    assertRejected(
        "offset must be 0 or more (was -1)", () -> TagListParams.builder().offset(-1L).build());
  }

  @Test
  void cursorAndOffsetTogetherAreRejected() {
    assertRejected(
        "cursor cannot be combined with offset (was \"c1\")",
        () -> SubscriberListParams.builder().cursor("c1").offset(0L).build());
    assertRejected(
        "cursor cannot be combined with offset (was \"c1\")",
        () -> TagListParams.builder().cursor("c1").offset(5L).build());
  }

  @Test
  void listFiltersTheSpecBoundsAreCheckedToo() {
    MaitoClient client = server.client();

    assertRejected(
        "tag must be 1 to 64 characters, got 0 (was \"\")",
        () -> client.subscribers().list(SubscriberListParams.builder().tag("").build()));
    assertRejected(
        "tag must be 1 to 64 characters, got 65 (was \"" + chars(57) + "...\")",
        () -> SubscriberListParams.builder().tag(chars(65)).build());
    assertRejected(
        "cursor must not be empty (was \"\")",
        () -> SubscriberListParams.builder().cursor("").build());
    assertRejected(
        "cursor must not be empty (was \"\")", () -> TagListParams.builder().cursor("").build());
  }

  @Test
  void nonFiniteCustomFieldNumbersAreRejectedNamingTheField() {
    assertRejected(
        "customFields.score must be a finite number (JSON has no NaN or Infinity) (was NaN)",
        () -> create().customFields(Map.of("score", Double.NaN)).build());
    assertRejected(
        "customFields.ratio must be a finite number (JSON has no NaN or Infinity) (was Infinity)",
        () ->
            SubscriberUpdateParams.builder()
                .customFields(Map.of("ratio", Float.POSITIVE_INFINITY)));
  }

  @Test
  void bulkCreateTakes1To100Rows() {
    MaitoClient client = server.client();
    SubscriberCreateParams row = create().build();
    List<SubscriberCreateParams> tooMany = new ArrayList<>(Collections.nCopies(101, row));
    assertDoesNotThrow(() -> BulkCreateParams.of(Collections.nCopies(100, row)));

    assertRejected(
        "subscribers must hold 1 to 100 rows (was \"0 rows\")",
        () -> client.subscribers().bulkCreate(List.of()));
    assertRejected(
        "subscribers must hold 1 to 100 rows (was \"101 rows\")",
        () -> client.subscribers().bulkCreate(tooMany));
    assertRejected(
        "subscribers must hold 1 to 100 rows (was \"101 rows\")",
        () -> client.async().subscribers().bulkCreate(tooMany));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -5, 366})
  void expirationDaysOutside1To365IsRejected(int days) {
    MaitoClient client = server.client();

    assertRejected(
        "expirationDays must be between 1 and 365 (was " + days + ")",
        () ->
            client
                .apiKeys()
                .create(ApiKeyCreateParams.builder().name("k").expirationDays(days).build()));
  }

  @Test
  void apiKeyNamesMustBe1To100Characters() {
    assertDoesNotThrow(
        () -> ApiKeyCreateParams.builder().name(chars(100)).expirationDays(365).build());

    assertRejected(
        "name must be 1 to 100 characters, got 0 (was \"\")",
        () -> ApiKeyCreateParams.builder().name("").build());
    assertRejected(
        "name must be 1 to 100 characters, got 101 (was \"" + chars(57) + "...\")",
        () -> ApiKeyCreateParams.builder().name(chars(101)).build());
  }

  @Test
  void optInAttestationFalseIsRejected() {
    assertRejected(
        "optInAttestation must be true when set (leave it unset otherwise) (was false)",
        () -> create().optInAttestation(false).build());
    assertRejected(
        "optInAttestation must be true when set (leave it unset otherwise) (was false)",
        () ->
            BulkCreateParams.builder()
                .subscribers(List.of(create().build()))
                .optInAttestation(false)
                .build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "has space", "tab\t", "caf\u00e9"})
  void idempotencyKeysMustBeVisibleAscii(String key) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> RequestOptions.builder().idempotencyKey(key));

    assertTrue(e.getMessage().startsWith("idempotencyKey must be 1 to 255 visible ASCII"));
  }

  @Test
  void idempotencyKeysOfMoreThan255CharactersAreRejected() {
    assertDoesNotThrow(() -> RequestOptions.builder().idempotencyKey(chars(255)));

    assertRejected(
        "idempotencyKey must be 1 to 255 visible ASCII characters (was 256 characters)",
        () -> RequestOptions.builder().idempotencyKey(chars(256)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Authorization", "x-api-key", "Idempotency-Key", "User-Agent"})
  void requestOptionsRefuseHeadersTheClientOwns(String name) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> RequestOptions.builder().header(name, "v"));

    assertTrue(e.getMessage().startsWith("header " + name + " is set by the client"));
  }
}
