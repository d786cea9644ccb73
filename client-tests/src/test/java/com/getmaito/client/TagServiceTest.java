package com.getmaito.client;

import static com.getmaito.client.WireAssertions.GENERATED_KEY;
import static com.getmaito.client.WireAssertions.assertBodiless;
import static com.getmaito.client.WireAssertions.assertPost;
import static com.getmaito.client.WireAssertions.assertPut;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.model.DeleteResult;
import com.getmaito.client.model.Tag;
import com.getmaito.client.model.TagCreateParams;
import com.getmaito.client.model.TagListParams;
import com.getmaito.client.model.TagUpdateParams;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The wire form of every {@link TagService} and {@link TagServiceAsync} call. */
class TagServiceTest {
  private static final String PATH = "/v1/newsletter/tags";
  private static final String ID = "tag_01JD2ZQ7V3NB5C7D9F1H3K5M7P";

  @RegisterExtension final SpecValidatingServer server = new SpecValidatingServer();

  @Test
  void createSendsNameAndDescription() throws Exception {
    server.enqueueFixture(201, "tag.json");

    Tag tag =
        server
            .client()
            .tags()
            .create(
                TagCreateParams.builder()
                    .name("vip")
                    .description("Customers on the enterprise plan.")
                    .build());

    assertEquals(ID, tag.id());
    String key =
        assertPost(
            server.takeRequest(),
            PATH,
            "{\"name\":\"vip\",\"description\":\"Customers on the enterprise plan.\"}");
    assertTrue(GENERATED_KEY.matcher(key).matches(), key);
  }

  @Test
  void createOfANameSendsOnlyTheName() throws Exception {
    server.enqueueFixture(201, "tag.json");

    server.client().tags().create(TagCreateParams.of("vip"));

    assertPost(server.takeRequest(), PATH, "{\"name\":\"vip\"}");
  }

  @Test
  void createUsesTheCallersIdempotencyKeyAndHeaders() throws Exception {
    server.enqueueFixture(201, "tag.json");

    server
        .client()
        .tags()
        .create(
            TagCreateParams.of("vip"),
            RequestOptions.builder().idempotencyKey("tag-vip").header("X-Trace-Id", "t1").build());

    RecordedRequest r = server.takeRequest();
    assertEquals("tag-vip", assertPost(r, PATH, "{\"name\":\"vip\"}"));
    assertEquals("t1", r.getHeaders().get("X-Trace-Id"));
  }

  @Test
  void retrieveSendsGetWithTheIdUrlEncoded() throws Exception {
    server.enqueueFixture(200, "tag.json");

    server.client().tags().retrieve("a/b c");

    assertBodiless(server.takeRequest(), "GET", PATH + "/a%2Fb%20c", null);
  }

  @Test
  void updateSendsOnlyTheSetFieldsAndNullForAClearedDescription() throws Exception {
    server.enqueueFixture(200, "tag.json");
    server.enqueueFixture(200, "tag.json");
    MaitoClient client = server.client();

    client.tags().update(ID, TagUpdateParams.builder().description(null).build());
    client.tags().update("a/b c", TagUpdateParams.builder().name("vips").description("d").build());

    assertPut(server.takeRequest(), PATH + "/" + ID, "{\"description\":null}");
    assertPut(
        server.takeRequest(), PATH + "/a%2Fb%20c", "{\"name\":\"vips\",\"description\":\"d\"}");
  }

  @Test
  void deleteSendsDeleteWithoutBody() throws Exception {
    server.enqueueFixture(200, "tag-deleted.json");

    DeleteResult result = server.client().tags().delete("tag_01JD2ZR8W4PC6D8F0G2J4L6N8Q");

    assertEquals(new DeleteResult("tag_01JD2ZR8W4PC6D8F0G2J4L6N8Q", true), result);
    assertBodiless(server.takeRequest(), "DELETE", PATH + "/tag_01JD2ZR8W4PC6D8F0G2J4L6N8Q", null);
  }

  @Test
  void listSendsLimitAndCursorOrOffset() throws Exception {
    server.enqueueFixture(200, "tag-list.json");
    server.enqueueFixture(200, "tag-list.json");
    server.enqueueFixture(200, "tag-list.json");
    MaitoClient client = server.client();

    client.tags().list();
    client.tags().list(TagListParams.builder().limit(10).cursor("abc").build());
    client.tags().list(TagListParams.builder().limit(10).offset(30L).build());

    assertBodiless(server.takeRequest(), "GET", PATH, null);
    assertBodiless(server.takeRequest(), "GET", PATH, "limit=10&cursor=abc");
    assertBodiless(server.takeRequest(), "GET", PATH, "limit=10&offset=30");
  }

  @Test
  void blankOrDotIdsAreRejectedBeforeSending() {
    MaitoClient client = server.client();
    for (String id : new String[] {"", " ", ".", ".."}) {
      assertThrows(IllegalArgumentException.class, () -> client.tags().retrieve(id));
      assertThrows(IllegalArgumentException.class, () -> client.tags().delete(id));
      assertThrows(
          IllegalArgumentException.class,
          () -> client.tags().update(id, TagUpdateParams.builder().name("x").build()));
    }
    assertEquals(0, server.requestCount());
  }

  @Test
  void asyncCallsSendTheSameRequestsAsSync() throws Exception {
    server.enqueueFixture(201, "tag.json");
    server.enqueueFixture(200, "tag.json");
    server.enqueueFixture(200, "tag.json");
    server.enqueueFixture(200, "tag-deleted.json");
    server.enqueueFixture(200, "tag-list.json");
    server.enqueueFixture(200, "tag-list.json");
    TagServiceAsync async = server.client().async().tags();

    assertEquals(ID, async.create(TagCreateParams.of("vip")).get(5, TimeUnit.SECONDS).id());
    async.retrieve("a/b c").get(5, TimeUnit.SECONDS);
    async.update(ID, TagUpdateParams.builder().description(null).build()).get(5, TimeUnit.SECONDS);
    assertTrue(async.delete(ID).get(5, TimeUnit.SECONDS).deleted());
    assertEquals(2, async.list().get(5, TimeUnit.SECONDS).data().size());
    async
        .list(
            TagListParams.builder().limit(5).build(),
            RequestOptions.builder().header("X-Trace-Id", "t2").build())
        .get(5, TimeUnit.SECONDS);

    String key = assertPost(server.takeRequest(), PATH, "{\"name\":\"vip\"}");
    assertTrue(GENERATED_KEY.matcher(key).matches(), key);
    assertBodiless(server.takeRequest(), "GET", PATH + "/a%2Fb%20c", null);
    assertPut(server.takeRequest(), PATH + "/" + ID, "{\"description\":null}");
    assertBodiless(server.takeRequest(), "DELETE", PATH + "/" + ID, null);
    assertBodiless(server.takeRequest(), "GET", PATH, null);
    RecordedRequest last = server.takeRequest();
    assertBodiless(last, "GET", PATH, "limit=5");
    assertEquals("t2", last.getHeaders().get("X-Trace-Id"));
  }
}
