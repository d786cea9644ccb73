package com.getmaito.samples.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.client.model.SubscriberStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowMapperTest {
  private static final ColumnMapping MAPPING =
      ColumnMapping.of(
          List.of("Email Address", "First Name", "Last Name", "Tags", "Status", "Confirmed", "Zip"),
          List.of("Zip=customFields.zip"));
  private static final RowMapper MAPPER = new RowMapper(MAPPING);

  private static RowMapper.MappedRow map(long line, String... fields) {
    return MAPPER.map(new SourceRow(line, List.of(fields)));
  }

  @Test
  void buildsParamsFromTrimmedFieldsLeavingEmptyOnesAbsent() {
    RowMapper.MappedRow r =
        map(
            7,
            " ann@example.com ",
            " Ann ",
            "",
            "\"VIP\",\"Smith, John\"",
            "Subscribed",
            "yes",
            "01234");
    assertTrue(r.valid());
    assertEquals(7, r.line());
    assertEquals(
        SubscriberCreateParams.builder()
            .email("ann@example.com")
            .firstName("Ann")
            .tags(List.of("VIP", "Smith, John"))
            .status(SubscriberStatus.SUBSCRIBED)
            .confirmed(true)
            .customFields(Map.of("zip", "01234"))
            .build(),
        r.params());
    assertEquals(" Ann ", r.source().fields().get(1));
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsIsInvalidWithItsEmail() {
    RowMapper.MappedRow r = map(3, "a@x.io", "Ann");
    assertFalse(r.valid());
    assertEquals("a@x.io", r.email());
    assertEquals("has 2 fields, the header has 7", r.reason());
    assertEquals(
        "has 8 fields, the header has 7", map(4, "a", "b", "c", "d", "e", "f", "g", "h").reason());
  }

  @Test
  void aRowFailingValidationIsInvalidWithTheReason() {
    assertEquals("email is empty", map(2, " ", "Ann", "", "", "", "", "").reason());
    assertEquals(
        "email must be a valid email address (was \"not-an-email\")",
        map(2, "not-an-email", "", "", "", "", "", "").reason());
    assertEquals(
        "status must be subscribed, unsubscribed, bounced, complained or blocked (was \"gone\")",
        map(2, "a@x.io", "", "", "", "gone", "", "").reason());
    assertEquals(
        "confirmed must be true or false (yes/no, 1/0) (was \"maybe\")",
        map(2, "a@x.io", "", "", "", "", "maybe", "").reason());
    assertTrue(
        map(2, "a@x.io", "x".repeat(101), "", "", "", "", "")
            .reason()
            .startsWith("firstName must be at most 100"));
    assertTrue(
        map(2, "a@x.io", "", "", "t".repeat(65), "", "", "")
            .reason()
            .startsWith("tags[0] must be 1 to 64"));
    assertEquals(
        "holds bytes that are not UTF-8; save the file as UTF-8",
        map(2, "a@x.io", "Ren\uFFFDe", "", "", "", "", "").reason());
  }

  @Test
  void anInvalidRowWithoutAnEmailColumnValueHasNoEmail() {
    assertNull(map(9, "", "", "", "", "", "", "").email());
  }
}
