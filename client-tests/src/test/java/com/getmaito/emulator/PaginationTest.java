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
}
