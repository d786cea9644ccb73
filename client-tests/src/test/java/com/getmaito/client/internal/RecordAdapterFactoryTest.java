package com.getmaito.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.model.DeleteResult;
import com.getmaito.client.model.Tag;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecordAdapterFactoryTest {
  @Test
  void modelsAreReadByTheSdksOwnRecordAdapterNotMoshisMultiReleaseOne() {
    assertTrue(
        Json.adapter(Tag.class).toString().contains("JsonAdapter(com.getmaito.client.model.Tag)"));
  }

  @Test
  void readsComponentsByNameSkippingUnknownFieldsAndWritesThemBack() throws IOException {
    JsonAdapter<Tag> adapter = Json.adapter(Tag.class);
    Tag tag =
        adapter.fromJson(
            "{\"future\":{\"a\":[1]},\"id\":\"tag_1\",\"name\":\"vip\",\"description\":null,"
                + "\"subscriberCount\":12,\"createdAt\":\"2026-11-22T10:30:00.000Z\","
                + "\"updatedAt\":\"2026-11-22T11:30:00+01:00\"}");
    assertEquals(
        new Tag(
            "tag_1",
            "vip",
            null,
            12,
            Instant.parse("2026-11-22T10:30:00Z"),
            Instant.parse("2026-11-22T10:30:00Z")),
        tag);
    assertEquals(tag, adapter.fromJson(adapter.toJson(tag)));
  }

  @Test
  void aMissingPrimitiveFailsNamingTheField() {
    JsonDataException e =
        assertThrows(
            JsonDataException.class,
            () -> Json.adapter(DeleteResult.class).fromJson("{\"id\":\"sub_1\"}"));
    assertTrue(e.getMessage().startsWith("DeleteResult.deleted is required"), e.getMessage());
  }

  @Test
  void aMissingRequiredObjectFailsWithTheConstructorsMessage() {
    JsonDataException e =
        assertThrows(
            JsonDataException.class,
            () -> Json.adapter(DeleteResult.class).fromJson("{\"deleted\":true}"));
    assertTrue(e.getMessage().startsWith("DeleteResult.id is required"), e.getMessage());
  }
}
