package com.getmaito.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.getmaito.client.errors.ConflictException;
import com.getmaito.client.errors.MaitoApiException;
import com.getmaito.client.errors.NotFoundException;
import com.getmaito.client.errors.ValidationException;
import com.getmaito.client.model.DeleteResult;
import com.getmaito.client.model.Subscriber;
import com.getmaito.client.model.Tag;
import com.getmaito.client.model.TagCreateParams;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The success envelopes the contract allows: {@code ok}, compat {@code success}, a bare 2xx body
 * (Maildesk), a bare array for lists; and a failure envelope on a 2xx status.
 */
class EnvelopeTest {
  private static final String TAG =
      "{\"id\":\"tag_1\",\"name\":\"vip\",\"description\":null,\"subscriberCount\":3,"
          + "\"createdAt\":\"2026-11-22T10:30:00.000Z\",\"updatedAt\":\"2026-11-22T10:30:00.000Z\"}";

  @RegisterExtension final SpecValidatingServer server = new SpecValidatingServer();

  @Test
  void okTrueEnvelopeYieldsItsData() {
    server.enqueueJson(200, "{\"ok\":true,\"data\":" + TAG + "}");

    assertEquals("tag_1", server.client().tags().retrieve("tag_1").id());
  }

  @Test
  void dataBeforeOkAndMetaAnywhereAreRead() {
    server.enqueueJson(
        200, "{\"meta\":{\"total\":1,\"nextCursor\":null},\"data\":[" + TAG + "],\"ok\":true}");

    Page<Tag> page = server.client().tags().list();

    assertEquals(1, page.data().size());
    assertEquals(1L, page.total());
  }

  @Test
  void compatSuccessTrueEnvelopeYieldsItsData() {
    server.enqueueJson(200, "{\"success\":true,\"data\":" + TAG + "}");
    server.enqueueJson(
        200, "{\"success\":true,\"data\":[" + TAG + "],\"meta\":{\"total\":1,\"limit\":50}}");
    MaitoClient client = server.client();

    assertEquals(3, client.tags().retrieve("tag_1").subscriberCount());
    Page<Tag> page = client.tags().list();
    assertEquals(List.of("tag_1"), page.data().stream().map(Tag::id).toList());
    assertEquals(1L, page.total());
  }

  @Test
  void bareObjectBodyIsTheDataItself() {
    server.enqueueJson(201, TAG);
    server.enqueueJson(200, "{\"id\":\"tag_1\",\"deleted\":true}");
    MaitoClient client = server.client();

    Tag tag = client.tags().create(TagCreateParams.of("vip"));
    DeleteResult deleted = client.tags().delete("tag_1");

    assertEquals("vip", tag.name());
    assertEquals(new DeleteResult("tag_1", true), deleted);
  }

  @Test
  void bareArrayBodyIsAListWithoutMeta() {
    server.enqueueJson(200, "[" + ModelFixtureTest.SUBSCRIBER + "]");

    Page<Subscriber> page = server.client().subscribers().list();

    assertEquals(List.of("sub_1"), page.data().stream().map(Subscriber::id).toList());
    assertNull(page.total());
    assertNull(page.nextCursor());
    assertFalse(page.hasNextPage(), "1 item is shorter than the default limit of 50");
  }

  @Test
  void okFalseOnA200IsMappedByItsCode() {
    server.enqueueJson(
        200, "{\"ok\":false,\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"Tag not found.\"}}");
    server.enqueueJson(
        200, "{\"success\":false,\"error\":{\"code\":\"CONFLICT\",\"message\":\"Taken.\"}}");
    server.enqueueJson(
        200,
        "{\"ok\":false,\"error\":{\"code\":\"VALIDATION_FAILED\",\"message\":\"Bad.\","
            + "\"details\":[{\"field\":\"name\",\"message\":\"too long\"}]}}");
    server.enqueueJson(200, "{\"ok\":false,\"error\":{\"code\":\"BRAND_NEW\",\"message\":\"?\"}}");
    MaitoClient client = server.clientWithoutRetries();

    NotFoundException notFound =
        assertThrows(NotFoundException.class, () -> client.tags().retrieve("tag_1"));
    ConflictException conflict =
        assertThrows(ConflictException.class, () -> client.tags().create(TagCreateParams.of("v")));
    ValidationException invalid =
        assertThrows(ValidationException.class, () -> client.tags().retrieve("tag_1"));
    MaitoApiException unknown =
        assertThrows(MaitoApiException.class, () -> client.tags().retrieve("tag_1"));

    assertEquals("Tag not found.", notFound.serverMessage());
    assertEquals(SpecValidatingServer.REQUEST_ID, notFound.requestId());
    assertEquals("CONFLICT", conflict.errorCode());
    assertEquals("name", invalid.details().get(0).field());
    assertSame(MaitoApiException.class, unknown.getClass());
    assertEquals("BRAND_NEW", unknown.errorCode());
  }

  @Test
  void okFalseOnA2xxWithoutAnErrorObjectIsStillAnApiException() {
    server.enqueueJson(200, "{\"ok\":false}");

    MaitoApiException e =
        assertThrows(
            MaitoApiException.class, () -> server.clientWithoutRetries().tags().retrieve("tag_1"));

    assertInstanceOf(MaitoApiException.class, e);
    assertNull(e.errorCode());
  }
}
