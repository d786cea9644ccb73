package com.getmaito.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaginationTest {
  static MaitoEmulator start(Paging paging) {
    return MaitoEmulator.builder()
        .paging(paging)
        .rateLimit(1_000_000, Duration.ofSeconds(60))
        .start();
  }

  /** Inserts {@code count} subscribers with bulk requests; returns their emails in order. */
  static List<String> insert(Api api, String prefix, int count) {
    List<String> emails = new ArrayList<>();
    for (int start = 0; start < count; start += 100) {
      List<Object> rows = new ArrayList<>();
      for (int i = start; i < Math.min(count, start + 100); i++) {
        String email = prefix + i + "@example.com";
        emails.add(email);
        rows.add(Map.of("email", email));
      }
      Api.Res res = api.post("/newsletter/subscribers/bulk", Map.of("subscribers", rows));
      assertEquals(200, res.status(), res::toString);
      assertEquals(List.of(), res.data().get("failed"));
    }
    return emails;
  }

  @Test
  void cursorPagesNeitherRepeatNorSkipUnderConcurrentInserts() {
    try (MaitoEmulator emu = start(Paging.CURSOR)) {
      Api api = new Api(emu);
      List<String> originals = insert(api, "orig", 1_234);
      List<String> seen = new ArrayList<>();
      String cursor = null;
      int pages = 0;
      do {
        Api.Res page =
            api.get(
                "/newsletter/subscribers?limit=100" + (cursor == null ? "" : "&cursor=" + cursor));
        assertEquals(200, page.status(), page::toString);
        for (Map<String, Object> sub : page.dataList()) {
          seen.add((String) sub.get("email"));
        }
        assertEquals(100.0, page.meta().get("limit"));
        assertTrue(page.body().contains("\"limit\":100"), "integer, not 100.0");
        cursor = (String) page.meta().get("nextCursor");
        insert(api, "during" + pages + "-", 7); // New rows land after the originals.
        pages++;
      } while (cursor != null);

      Set<String> unique = new HashSet<>(seen);
      assertEquals(seen.size(), unique.size(), "no subscriber twice");
      assertEquals(originals, seen.subList(0, originals.size()), "originals in creation order");
      assertTrue(pages >= 13);
    }
  }

  @Test
  void lastPageHasNullCursorAndTotalCountsMatches() {
    try (MaitoEmulator emu = start(Paging.CURSOR)) {
      Api api = new Api(emu);
      insert(api, "t", 120);
      Api.Res first = api.get("/newsletter/subscribers?limit=100");
      assertEquals(120.0, first.meta().get("total"));
      assertNotNull(first.meta().get("nextCursor"));
      Api.Res last =
          api.get("/newsletter/subscribers?limit=100&cursor=" + first.meta().get("nextCursor"));
      assertEquals(20, last.dataList().size());
      assertTrue(last.meta().containsKey("nextCursor"));
      assertNull(last.meta().get("nextCursor"));
      Api.Res exact = api.get("/newsletter/subscribers?limit=120");
      assertNull(exact.meta().get("nextCursor"));
      assertEquals(50, api.get("/newsletter/subscribers").dataList().size(), "default limit 50");
    }
  }

  @Test
  void offsetPagingWorksInCursorMode() {
    try (MaitoEmulator emu = start(Paging.CURSOR)) {
      Api api = new Api(emu);
      List<String> emails = insert(api, "o", 30);
      Api.Res page = api.get("/newsletter/subscribers?limit=10&offset=25");
      assertEquals(5, page.dataList().size());
      assertEquals(emails.get(25), page.dataList().get(0).get("email"));
    }
  }

  @Test
  void offsetOnlyModeNeverReturnsACursorAndPagesByOffset() {
    try (MaitoEmulator emu = start(Paging.OFFSET_ONLY)) {
      Api api = new Api(emu);
      List<String> emails = insert(api, "p", 250);
      List<String> seen = new ArrayList<>();
      int offset = 0;
      while (true) {
        Api.Res page = api.get("/newsletter/subscribers?limit=100&offset=" + offset);
        assertTrue(page.meta().containsKey("nextCursor"));
        assertNull(page.meta().get("nextCursor"));
        page.dataList().forEach(s -> seen.add((String) s.get("email")));
        if (page.dataList().size() < 100) {
          break;
        }
        offset += 100;
      }
      assertEquals(emails, seen);
    }
  }

  /** Rows visited by one GET of {@code path}, with its status checked. */
  private static long visits(MaitoEmulator emu, Api api, String path) {
    long before = emu.rowsVisited();
    Api.Res res = api.get(path);
    assertEquals(200, res.status(), res::toString);
    return emu.rowsVisited() - before;
  }

  /** The visits of a first page, a cursor page, an offset page and a tags page. */
  private static List<Long> pageCosts(MaitoEmulator emu, Api api, int size) {
    Api.Res first = api.get("/newsletter/subscribers?limit=10");
    assertEquals((double) size, first.meta().get("total"));
    String cursor = (String) first.meta().get("nextCursor");
    return List.of(
        visits(emu, api, "/newsletter/subscribers?limit=10"),
        visits(emu, api, "/newsletter/subscribers?limit=10&cursor=" + cursor),
        visits(emu, api, "/newsletter/subscribers?limit=10&offset=" + (size - 15)),
        visits(emu, api, "/newsletter/subscribers?limit=10&cursor=" + cursor + "&offset=5"),
        visits(emu, api, "/newsletter/tags?limit=10"));
  }

  @Test
  void unfilteredPagesVisitOnlyTheirOwnRowsHoweverLargeTheStore() {
    try (MaitoEmulator emu = start(Paging.CURSOR)) {
      Api api = new Api(emu);
      List<String> emails = insert(api, "small", 40);
      List<Long> small = pageCosts(emu, api, 40);
      insert(api, "large", 5_000);
      List<Long> large = pageCosts(emu, api, 5_040);
      assertEquals(small, large, "the same cost at 40 and 5,040 rows");
      for (long cost : large) {
        assertTrue(cost <= 11, "at most limit + 1 rows per page: " + large);
      }
      Api.Res offsetPage = api.get("/newsletter/subscribers?limit=10&offset=30");
      assertEquals(emails.get(30), offsetPage.dataList().get(0).get("email"));
      assertEquals(5_040.0, offsetPage.meta().get("total"));
    }
  }

  @Test
  void filteredPagesStopAfterThePageWhenTheTotalIsKnown() {
    try (MaitoEmulator emu = start(Paging.CURSOR)) {
      Api api = new Api(emu);
      for (int start = 0; start < 3_000; start += 100) {
        List<Object> rows = new ArrayList<>();
        for (int i = start; i < start + 100; i++) {
          rows.add(
              Map.of(
                  "email", "f" + i + "@example.com", "tags", List.of(i % 2 == 0 ? "even" : "odd")));
        }
        assertEquals(
            200, api.post("/newsletter/subscribers/bulk", Map.of("subscribers", rows)).status());
      }
      long before = emu.rowsVisited();
      Api.Res byStatus = api.get("/newsletter/subscribers?limit=10&status=subscribed");
      assertEquals(3_000.0, byStatus.meta().get("total"));
      assertEquals(10, byStatus.dataList().size());
      assertTrue(
          emu.rowsVisited() - before <= 11, "status filter: " + (emu.rowsVisited() - before));
      before = emu.rowsVisited();
      Api.Res byTag =
          api.get(
              "/newsletter/subscribers?limit=10&tag=odd&cursor="
                  + byStatus.meta().get("nextCursor"));
      assertEquals(1_500.0, byTag.meta().get("total"));
      assertEquals("f11@example.com", byTag.dataList().get(0).get("email"));
      assertTrue(emu.rowsVisited() - before <= 11, "tag filter: " + (emu.rowsVisited() - before));
      Api.Res bounced = api.get("/newsletter/subscribers?limit=10&status=bounced&tag=odd");
      assertEquals(0.0, bounced.meta().get("total"));
      assertNull(bounced.meta().get("nextCursor"));
    }
  }
}
