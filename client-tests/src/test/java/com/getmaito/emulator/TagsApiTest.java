package com.getmaito.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TagsApiTest {
  @RegisterExtension
  static final EmulatorFixture FIXTURE = EmulatorFixture.at("2026-01-02T03:04:05.678Z", 100_000);

  static final MutableClock CLOCK = FIXTURE.clock;
  final MaitoEmulator emu = FIXTURE.emulator();
  final Api api = new Api(emu);

  @Test
  void createsReadsUpdatesAndDeletesATag() {
    Api.Res created = api.post("/newsletter/tags", Map.of("name", "VIP", "description", "Best"));
    assertEquals(201, created.status(), created::toString);
    Map<String, Object> tag = created.data();
    String id = (String) tag.get("id");
    assertTrue(id.startsWith("tag_"));
    assertEquals("VIP", tag.get("name"));
    assertEquals("Best", tag.get("description"));
    assertEquals(0.0, tag.get("subscriberCount"));
    assertTrue(created.body().contains("\"subscriberCount\":0"));
    assertEquals("2026-01-02T03:04:05.678Z", tag.get("createdAt"));
    assertEquals(tag, api.get("/newsletter/tags/" + id).data());

    Map<String, Object> patch = new HashMap<>();
    patch.put("description", null);
    Api.Res updated = api.put("/newsletter/tags/" + id, patch);
    assertEquals(200, updated.status());
    assertEquals("VIP", updated.data().get("name"));
    assertNull(updated.data().get("description"));

    assertEquals(Map.of("id", id, "deleted", true), api.delete("/newsletter/tags/" + id).data());
    assertEquals(404, api.get("/newsletter/tags/" + id).status());
    assertEquals(404, api.delete("/newsletter/tags/" + id).status());
  }

  @Test
  void tagNamesAreUniqueCaseInsensitively() {
    api.post("/newsletter/tags", Map.of("name", "News"));
    Api.Res dup = api.post("/newsletter/tags", Map.of("name", "NEWS"));
    assertEquals(409, dup.status());
    assertEquals("CONFLICT", dup.errorCode());
    String other = (String) api.post("/newsletter/tags", Map.of("name", "Other")).data().get("id");
    assertEquals(409, api.put("/newsletter/tags/" + other, Map.of("name", "news")).status());
    assertEquals(200, api.put("/newsletter/tags/" + other, Map.of("name", "OTHER")).status());
  }

  @Test
  void tagValidationNamesTheFields() {
    Api.Res res = api.post("/newsletter/tags", Map.of("name", "x".repeat(65), "description", 42));
    assertEquals(400, res.status());
    assertEquals("name", res.details().get(0).get("field"));
    assertEquals("description", res.details().get(1).get("field"));
    assertEquals(400, api.post("/newsletter/tags", Map.of()).status());
    // The contract sets no length on a description.
    assertEquals(
        201,
        api.post("/newsletter/tags", Map.of("name", "long", "description", "d".repeat(5_000)))
            .status());
  }

  @Test
  void subscriberCountFollowsSubscribersAndRenameShowsOnThem() {
    String sub =
        (String)
            api.post(
                    "/newsletter/subscribers",
                    Map.of("email", "a@example.com", "tags", List.of("beta")))
                .data()
                .get("id");
    api.post("/newsletter/subscribers", Map.of("email", "b@example.com", "tags", List.of("BETA")));
    Map<String, Object> tag = api.get("/newsletter/tags").dataList().get(0);
    assertEquals("beta", tag.get("name"));
    assertEquals(2.0, tag.get("subscriberCount"));
    assertEquals(1, emu.storedTags().size(), "BETA resolved to the existing tag");

    api.put("/newsletter/tags/" + tag.get("id"), Map.of("name", "Beta Testers"));
    assertEquals(
        List.of("Beta Testers"), api.get("/newsletter/subscribers/" + sub).data().get("tags"));
    assertEquals(2, api.get("/newsletter/subscribers?tag=beta%20testers").dataList().size());
  }

  @Test
  void deletingATagRemovesItFromSubscribers() {
    String sub =
        (String)
            api.post(
                    "/newsletter/subscribers",
                    Map.of("email", "c@example.com", "tags", List.of("keep", "drop")))
                .data()
                .get("id");
    String drop =
        emu.storedTags().stream().filter(t -> t.name().equals("drop")).findFirst().get().id();
    assertEquals(200, api.delete("/newsletter/tags/" + drop).status());
    assertEquals(List.of("keep"), api.get("/newsletter/subscribers/" + sub).data().get("tags"));
    assertEquals(List.of("keep"), emu.storedSubscribers().get(0).tags());
    assertEquals(0, api.get("/newsletter/subscribers?tag=drop").dataList().size());
  }

  @Test
  void tagListPagesWithCursor() {
    for (int i = 0; i < 5; i++) {
      api.post("/newsletter/tags", Map.of("name", "t" + i));
    }
    Api.Res first = api.get("/newsletter/tags?limit=3");
    assertEquals(3, first.dataList().size());
    assertEquals(5.0, first.meta().get("total"));
    Api.Res second = api.get("/newsletter/tags?limit=3&cursor=" + first.meta().get("nextCursor"));
    assertEquals(List.of("t3", "t4"), second.dataList().stream().map(t -> t.get("name")).toList());
    assertNull(second.meta().get("nextCursor"));
    assertEquals(
        400,
        api.get("/newsletter/subscribers?cursor=" + first.meta().get("nextCursor")).status(),
        "a tag cursor is not a subscriber cursor");
  }
}
