package com.getmaito.samples.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.samples.imports.ColumnMapping.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {
  @Test
  void matchesTheUsualSpellingsIgnoringCaseSpacesUnderscoresAndDashes() {
    for (String email : List.of("email", "Email Address", "E-mail", "EMAIL_ADDRESS", "e mail")) {
      assertEquals(0, ColumnMapping.of(List.of(email), List.of()).emailColumn(), email);
    }
    ColumnMapping m =
        ColumnMapping.of(
            List.of("fname", "Last_Name", "E-Mail", "TAGS", "Status", "confirmed", "Source"),
            List.of());
    assertEquals(Field.FIRST_NAME, m.target(0).field());
    assertEquals(Field.LAST_NAME, m.target(1).field());
    assertEquals(2, m.emailColumn());
    assertEquals(Field.TAGS, m.target(3).field());
    assertEquals(Field.STATUS, m.target(4).field());
    assertEquals(Field.CONFIRMED, m.target(5).field());
    assertEquals(Field.SOURCE, m.target(6).field());
    assertEquals(List.of(), m.unmapped());
    assertEquals(
        ColumnMapping.of(List.of("firstName", "First Name", "email"), List.of("firstName=-"))
            .target(1)
            .field(),
        Field.FIRST_NAME);
  }

  @Test
  void mapsOtherColumnsWithMapIncludingCustomFieldsAndNamesTheRestAsUnmapped() {
    ColumnMapping m =
        ColumnMapping.of(
            List.of("Mail", "Company", "MEMBER_RATING", "Phone", "LEID"),
            List.of("Company=customFields.company", "member rating=-", "Phone=custom.phone"));
    assertEquals("customFields.company", m.target(1).toString());
    assertTrue(m.target(2).ignored());
    assertEquals("phone", m.target(3).customField());
    assertNull(m.target(4));
    assertEquals(List.of("LEID"), m.unmapped());
    assertEquals(
        List.of("Mail -> email", "Company -> customFields.company", "Phone -> customFields.phone"),
        m.describe());
  }

  @Test
  void aMapWinsOverAKnownSpelling() {
    ColumnMapping m = ColumnMapping.of(List.of("email", "work email"), List.of("work email=email"));
    assertEquals(1, m.emailColumn());
    assertEquals(List.of("email"), m.unmapped());
  }

  @Test
  void ignoresTheFourColumnsAFailuresFileAddsSoItImportsAgain() {
    ColumnMapping m =
        ColumnMapping.of(List.of("Email", "Name", "row", "outcome", "code", "message"), List.of());
    assertEquals(2, m.width());
    assertEquals(List.of("Name"), m.unmapped());
  }

  @Test
  void refusesWhatItCannotMapWithOneClearLine() {
    assertTrue(
        assertThrows(
                InputException.class, () -> ColumnMapping.of(List.of("name", "phone"), List.of()))
            .getMessage()
            .startsWith("no email column: the header has name, phone"));
    assertTrue(
        assertThrows(
                InputException.class,
                () -> ColumnMapping.of(List.of("email"), List.of("Phone=customFields.phone")))
            .getMessage()
            .contains("names column 'Phone', which the header does not have"));
    assertTrue(
        assertThrows(
                InputException.class,
                () -> ColumnMapping.of(List.of("email", "x"), List.of("x=age")))
            .getMessage()
            .startsWith("--map field 'age' is not one of"));
    assertTrue(
        assertThrows(
                InputException.class, () -> ColumnMapping.of(List.of("email"), List.of("email")))
            .getMessage()
            .startsWith("--map takes COLUMN=field"));
    assertTrue(
        assertThrows(
                InputException.class, () -> ColumnMapping.of(List.of("Email", "E-mail"), List.of()))
            .getMessage()
            .startsWith("columns 'Email' and 'E-mail' both look like email"));
  }
}
