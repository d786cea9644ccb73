package com.getmaito.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getmaito.client.errors.MaitoInvalidResponseException;
import com.getmaito.client.model.Subscriber;
import com.getmaito.client.model.SubscriberListParams;
import com.getmaito.client.model.SubscriberStatus;
import com.getmaito.client.model.Tag;
import com.getmaito.client.model.TagListParams;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link Page}, {@link AutoPager}: cursor paging, compat offset paging, laziness, async. */
class PageTest {
  private static final String PATH = "/v1/newsletter/subscribers";

  @RegisterExtension final SpecValidatingServer server = new SpecValidatingServer();

  private static String sub(String id) {
    return ModelFixtureTest.SUBSCRIBER.replace("sub_1", id);
  }

  private static String items(String... ids) {
    List<String> subs = new ArrayList<>();
    for (String id : ids) {
      subs.add(sub(id));
    }
    return "[" + String.join(",", subs) + "]";
  }

  /** A cursor page: {@code next} null ends the list. */
  private void enqueueCursorPage(String next, String... ids) {
    String cursor = next == null ? "null" : "\"" + next + "\"";
    server.enqueueJson(
        200,
        "{\"ok\":true,\"data\":"
            + items(ids)
            + ",\"meta\":{\"total\":5,\"limit\":2,\"nextCursor\":"
            + cursor
            + "}}");
  }

  /** A compat page: no cursor key at all. */
  private void enqueueOffsetPage(String meta, String... ids) {
    server.enqueueJson(
        200,
        "{\"ok\":true,\"data\":" + items(ids) + (meta == null ? "" : ",\"meta\":" + meta) + "}");
  }

  private static List<String> ids(Iterable<Subscriber> subscribers) {
    List<String> ids = new ArrayList<>();
    subscribers.forEach(s -> ids.add(s.id()));
    return ids;
  }

  // --- cursor paging ----------------------------------------------------------------------------

  @Test
  void cursorPagingFollowsNextCursorUntilNull() throws Exception {
    enqueueCursorPage("c1", "s1", "s2");
    enqueueCursorPage("c2", "s3", "s4");
    enqueueCursorPage(null, "s5");
    SubscriberListParams params =
        SubscriberListParams.builder().status(SubscriberStatus.SUBSCRIBED).limit(2).build();

    Page<Subscriber> first = server.client().subscribers().list(params);

    assertEquals(List.of("s1", "s2", "s3", "s4", "s5"), ids(first.autoPager()));
    assertEquals("status=subscribed&limit=2", server.takeRequest().getUrl().encodedQuery());
    assertEquals(
        "status=subscribed&limit=2&cursor=c1", server.takeRequest().getUrl().encodedQuery());
    assertEquals(
        "status=subscribed&limit=2&cursor=c2", server.takeRequest().getUrl().encodedQuery());
    assertEquals(3, server.requestCount());
  }

  @Test
  void nextPageWalksThePagesAndThenThrows() {
    enqueueCursorPage("c1", "s1", "s2");
    enqueueCursorPage(null, "s3");

    Page<Subscriber> first = server.client().subscribers().list();
    assertTrue(first.hasNextPage());
    Page<Subscriber> last = first.nextPage();

    assertEquals(List.of("s3"), ids(last.data()));
    assertFalse(last.hasNextPage());
    NoSuchElementException e = assertThrows(NoSuchElementException.class, last::nextPage);
    assertEquals("no next page", e.getMessage());
    assertEquals(2, server.requestCount());
  }

  @Test
  void aLastPageReachedByCursorEndsTheListEvenWhenTotalIsLarger() {
    // meta.nextCursor is null on a page fetched by cursor: the list ends, whatever meta.total
    // says (rows deleted meanwhile, or a total the server only estimates).
    enqueueCursorPage("c2", "s1", "s2");
    server.enqueueFixture(200, "subscriber-list-last.json");

    Page<Subscriber> last = server.client().subscribers().list().nextPage();

    assertEquals(5L, last.total());
    assertFalse(last.hasNextPage());
    assertEquals(2, server.requestCount());
  }

  @Test
  void aFirstPageWithANullCursorAndALargerTotalIsPagedByOffset() throws InterruptedException {
    // compat: a server that pages by offset only may still send "nextCursor": null.
    enqueueOffsetPage("{\"total\":3,\"limit\":2,\"nextCursor\":null}", "s1", "s2");
    enqueueOffsetPage("{\"total\":3,\"limit\":2,\"nextCursor\":null}", "s3");

    Page<Subscriber> first = server.client().subscribers().list();

    assertEquals(List.of("s1", "s2", "s3"), ids(first.autoPager()));
    server.takeRequest();
    assertEquals("2", server.takeRequest().getUrl().queryParameter("offset"));
  }

  @Test
  void aFirstPageWithANullCursorAndNoTotalEndsTheList() {
    enqueueOffsetPage("{\"limit\":2,\"nextCursor\":null}", "s1", "s2");

    Page<Subscriber> first = server.client().subscribers().list();

    assertFalse(first.hasNextPage());
    assertEquals(1, server.requestCount());
  }

  @Test
  void anEmptyNextCursorIsNeverSentBackAndWithoutATotalEndsTheList() {
    enqueueOffsetPage("{\"limit\":2,\"nextCursor\":\"\"}", "s1", "s2");

    Page<Subscriber> page = server.client().subscribers().list();

    assertNull(page.nextCursor());
    assertFalse(page.hasNextPage());
    assertEquals(List.of("s1", "s2"), ids(page.autoPager()));
  }

  @Test
  void autoPagerIsLazy() {
    enqueueCursorPage("c1", "s1", "s2");
    enqueueCursorPage(null, "s3");

    Page<Subscriber> first = server.client().subscribers().list();
    Iterator<Subscriber> it = first.autoPager().iterator();

    assertEquals(1, server.requestCount(), "list() fetches the first page only");
    assertEquals("s1", it.next().id());
    assertEquals("s2", it.next().id());
    assertEquals(1, server.requestCount(), "page 2 is not fetched until iteration needs it");
    assertTrue(it.hasNext());
    assertEquals(2, server.requestCount());
    assertEquals("s3", it.next().id());
    assertFalse(it.hasNext());
    assertThrows(NoSuchElementException.class, it::next);
    assertEquals(2, server.requestCount());
  }

  @Test
  void autoPagerResendsTheOriginalRequestOptionsOnLaterPages() throws Exception {
    enqueueCursorPage("c1", "s1");
    enqueueCursorPage("c2", "s2");
    enqueueCursorPage(null, "s3");
    RequestOptions options =
        RequestOptions.builder().header("X-Trace-Id", "export-9").header("X-Tenant", "t1").build();

    List<String> all =
        ids(
            server
                .client()
                .subscribers()
                .list(SubscriberListParams.builder().tag("vip").build(), options)
                .autoPager());

    assertEquals(List.of("s1", "s2", "s3"), all);
    for (int i = 0; i < 3; i++) {
      RecordedRequest r = server.takeRequest();
      assertEquals("export-9", r.getHeaders().get("X-Trace-Id"), "page " + (i + 1));
      assertEquals("t1", r.getHeaders().get("X-Tenant"), "page " + (i + 1));
      assertEquals("vip", r.getUrl().queryParameter("tag"), "filters kept on page " + (i + 1));
    }
  }

  @Test
  void streamIsLazyAndOrdered() {
    enqueueCursorPage("c1", "s1", "s2");
    enqueueCursorPage("c2", "s3", "s4");
    enqueueCursorPage(null, "s5");

    List<String> firstThree =
        server.client().subscribers().list().autoPager().stream()
            .map(Subscriber::id)
            .limit(3)
            .toList();

    assertEquals(List.of("s1", "s2", "s3"), firstThree);
    assertEquals(2, server.requestCount(), "the third page is never fetched");
  }

  @Test
  void eachIterationStartsAgainFromTheFirstPage() {
    enqueueCursorPage("c1", "s1");
    enqueueCursorPage(null, "s2");
    enqueueCursorPage(null, "s2");

    AutoPager<Subscriber> pager = server.client().subscribers().list().autoPager();

    assertEquals(List.of("s1", "s2"), ids(pager));
    assertEquals(List.of("s1", "s2"), ids(pager));
    assertEquals(3, server.requestCount(), "page 1 is kept, page 2 fetched again");
  }

  @Test
  void tagsPageByCursorToo() throws Exception {
    String tag =
        "{\"id\":\"%s\",\"name\":\"%s\",\"description\":null,\"subscriberCount\":0,"
            + "\"createdAt\":\"2026-11-22T10:30:00.000Z\",\"updatedAt\":\"2026-11-22T10:30:00.000Z\"}";
    server.enqueueJson(
        200,
        "{\"ok\":true,\"data\":["
            + String.format(tag, "tag_1", "a")
            + "],\"meta\":{\"nextCursor\":\"t1\"}}");
    server.enqueueJson(
        200,
        "{\"ok\":true,\"data\":["
            + String.format(tag, "tag_2", "b")
            + "],\"meta\":{\"nextCursor\":null}}");

    List<String> names =
        server.client().tags().list(TagListParams.builder().limit(1).build()).autoPager().stream()
            .map(Tag::name)
            .toList();

    assertEquals(List.of("a", "b"), names);
    assertEquals("limit=1", server.takeRequest().getUrl().encodedQuery());
    assertEquals("limit=1&cursor=t1", server.takeRequest().getUrl().encodedQuery());
  }

  @Test
  void resumingFromASavedCursorFollowsCursorsOnlyAndReturnsNoDuplicates() throws Exception {
    // 120 subscribers, limit 100: the resumed page is the last one (null cursor, total 120). It
    // was taken for a first page without a cursor, and meta.total sent the pager on by offset
    // from 0, returning 20 items twice.
    enqueueCursorPage(null, "s5");
    enqueueOffsetPage("{\"total\":5,\"limit\":2}", "s2", "s3"); // what offset paging would get
    SubscriberListParams saved = SubscriberListParams.builder().limit(2).build().withCursor("c2");

    Page<Subscriber> resumed = server.client().subscribers().list(saved);

    assertFalse(resumed.hasNextPage());
    assertEquals(List.of("s5"), ids(resumed.autoPager()));
    assertEquals("limit=2&cursor=c2", server.takeRequest().getUrl().encodedQuery());
    assertEquals(1, server.requestCount());
  }

  @Test
  void resumingFromASavedCursorPagesOnByCursor() throws Exception {
    enqueueCursorPage("c2", "s3", "s4");
    enqueueCursorPage(null, "s5");
    SubscriberListParams saved = SubscriberListParams.builder().limit(2).build().withCursor("c1");

    assertEquals(
        List.of("s3", "s4", "s5"), ids(server.client().subscribers().list(saved).autoPager()));
    assertEquals("limit=2&cursor=c1", server.takeRequest().getUrl().encodedQuery());
    assertEquals("limit=2&cursor=c2", server.takeRequest().getUrl().encodedQuery());
  }

  @Test
  void aPageThatRepeatsTheCursorItWasSentFailsInsteadOfPagingForever() {
    enqueueCursorPage("c1", "s1", "s2");
    enqueueCursorPage("c1", "s3", "s4");
    enqueueCursorPage("c1", "s3", "s4");

    Iterator<Subscriber> it = server.client().subscribers().list().autoPager().iterator();
    it.next();
    it.next();
    MaitoInvalidResponseException e =
        assertThrows(MaitoInvalidResponseException.class, it::hasNext);

    assertTrue(e.getMessage().contains("paging makes no progress"), e.getMessage());
    assertEquals(2, server.requestCount());
  }

  @Test
  void aResumedPageThatRepeatsItsCursorFails() {
    enqueueCursorPage("c1", "s3", "s4");
    SubscriberListParams saved = SubscriberListParams.builder().build().withCursor("c1");

    assertThrows(
        MaitoInvalidResponseException.class, () -> server.client().subscribers().list(saved));
  }

  @Test
  void anEmptyPageThatStillCarriesACursorFails() throws Exception {
    enqueueCursorPage("c1", "s1");
    enqueueCursorPage("c2");
    enqueueCursorPage("c3");

    AutoPager<Subscriber> pager = server.client().subscribers().list().autoPager();
    MaitoInvalidResponseException e =
        assertThrows(MaitoInvalidResponseException.class, () -> ids(pager));

    assertTrue(e.getMessage().contains("an empty page carries a meta.nextCursor"), e.getMessage());
    assertEquals(2, server.requestCount());
  }

  @Test
  void aNullItemFailsNamingIt() {
    server.enqueueJson(200, "{\"ok\":true,\"data\":[" + sub("s1") + ",null]}");

    MaitoInvalidResponseException e =
        assertThrows(
            MaitoInvalidResponseException.class, () -> server.client().subscribers().list());

    assertTrue(e.getMessage().contains(": data[1] is null"), e.getMessage());
  }

  // --- compat offset paging ---------------------------------------------------------------------

  @Test
  void aServerThatCapsThePageBelowTheLimitIsPagedOnByItsPageSize() throws Exception {
    // Asked for 100, the server sends at most 2, with no total, cursor or meta.limit.
    enqueueOffsetPage(null, "s1", "s2");
    enqueueOffsetPage(null, "s3", "s4");
    enqueueOffsetPage(null, "s5");
    SubscriberListParams params = SubscriberListParams.builder().limit(100).build();

    assertEquals(
        List.of("s1", "s2", "s3", "s4", "s5"),
        ids(server.client().subscribers().list(params).autoPager()));
    assertEquals("limit=100", server.takeRequest().getUrl().encodedQuery());
    assertEquals("limit=100&offset=2", server.takeRequest().getUrl().encodedQuery());
    assertEquals("limit=100&offset=4", server.takeRequest().getUrl().encodedQuery());
    assertEquals(3, server.requestCount());
  }

  @Test
  void aCappedPageSizeTheServerReportsIsUsed() throws Exception {
    enqueueOffsetPage("{\"limit\":2}", "s1", "s2");
    enqueueOffsetPage("{\"limit\":2}", "s3", "s4");
    enqueueOffsetPage("{\"limit\":2}", "s5");
    SubscriberListParams params = SubscriberListParams.builder().limit(100).build();

    assertEquals(
        List.of("s1", "s2", "s3", "s4", "s5"),
        ids(server.client().subscribers().list(params).autoPager()));
    assertEquals(3, server.requestCount());
  }

  @Test
  void aShortFirstPageWithoutAPageSizeEndsWithTheNextEmptyPage() throws Exception {
    enqueueOffsetPage(null, "s1", "s2");
    enqueueOffsetPage(null);
    SubscriberListParams params = SubscriberListParams.builder().limit(100).build();

    assertEquals(List.of("s1", "s2"), ids(server.client().subscribers().list(params).autoPager()));
    server.takeRequest();
    assertEquals("limit=100&offset=2", server.takeRequest().getUrl().encodedQuery());
    assertEquals(2, server.requestCount());
  }

  @Test
  void withoutACursorKeyPagesByOffsetUntilAShortPage() throws Exception {
    enqueueOffsetPage(null, "s1", "s2");
    enqueueOffsetPage(null, "s3", "s4");
    enqueueOffsetPage(null, "s5");

    List<String> all =
        ids(
            server
                .client()
                .subscribers()
                .list(SubscriberListParams.builder().limit(2).build())
                .autoPager());

    assertEquals(List.of("s1", "s2", "s3", "s4", "s5"), all);
    assertEquals("limit=2", server.takeRequest().getUrl().encodedQuery());
    assertEquals("limit=2&offset=2", server.takeRequest().getUrl().encodedQuery());
    assertEquals("limit=2&offset=4", server.takeRequest().getUrl().encodedQuery());
    assertEquals(3, server.requestCount());
  }

  @Test
  void bareArrayListsPageByOffset() throws Exception {
    server.enqueueJson(200, items("s1", "s2"));
    server.enqueueJson(200, items());

    List<String> all =
        ids(
            server
                .client()
                .subscribers()
                .list(SubscriberListParams.builder().limit(2).build())
                .autoPager());

    assertEquals(List.of("s1", "s2"), all);
    server.takeRequest();
    assertEquals("limit=2&offset=2", server.takeRequest().getUrl().encodedQuery());
  }

  @Test
  void offsetPagingStopsAtMetaTotal() throws Exception {
    enqueueOffsetPage("{\"total\":4,\"limit\":2}", "s1", "s2");
    enqueueOffsetPage("{\"total\":4,\"limit\":2}", "s3", "s4");

    List<String> all = ids(server.client().subscribers().list().autoPager());

    assertEquals(List.of("s1", "s2", "s3", "s4"), all);
    assertNull(server.takeRequest().getUrl().encodedQuery());
    assertEquals("offset=2", server.takeRequest().getUrl().encodedQuery());
    assertEquals(2, server.requestCount(), "no request past meta.total");
  }

  @Test
  void offsetPagingUsesTheServersLimitWhenTheCallerSetNone() {
    enqueueOffsetPage("{\"limit\":2}", "s1", "s2");
    enqueueOffsetPage("{\"limit\":2}", "s3");

    assertEquals(List.of("s1", "s2", "s3"), ids(server.client().subscribers().list().autoPager()));
    assertEquals(2, server.requestCount());
  }

  @Test
  void offsetPagingAssumesTheDefaultLimitOf50WhenNobodySaid() {
    enqueueOffsetPage(null, "s1", "s2");

    Page<Subscriber> page = server.client().subscribers().list();

    assertFalse(page.hasNextPage(), "2 items is a short page of 50");
  }

  @Test
  void offsetPagingContinuesFromTheCallersStartingOffset() throws Exception {
    enqueueOffsetPage(null, "s11", "s12");

    Page<Subscriber> page =
        server
            .client()
            .subscribers()
            .list(SubscriberListParams.builder().limit(2).offset(10L).build());
    enqueueOffsetPage(null, "s13");
    Page<Subscriber> next = page.nextPage();

    assertEquals(List.of("s13"), ids(next.data()));
    assertEquals("limit=2&offset=10", server.takeRequest().getUrl().encodedQuery());
    assertEquals("limit=2&offset=12", server.takeRequest().getUrl().encodedQuery());
  }

  @Test
  void anEmptyPageHasNoNextPage() {
    enqueueOffsetPage(null);

    Page<Subscriber> page =
        server.client().subscribers().list(SubscriberListParams.builder().limit(2).build());

    assertEquals(List.of(), page.data());
    assertFalse(page.hasNextPage());
    assertFalse(page.autoPager().iterator().hasNext());
  }

  // --- async ------------------------------------------------------------------------------------

  @Test
  void asyncListAndNextPageAsyncFollowTheCursor() throws Exception {
    enqueueCursorPage("c1", "s1", "s2");
    enqueueCursorPage(null, "s3");
    RequestOptions options = RequestOptions.builder().header("X-Trace-Id", "a1").build();

    Page<Subscriber> first =
        server
            .client()
            .async()
            .subscribers()
            .list(SubscriberListParams.builder().limit(2).build(), options)
            .get(5, TimeUnit.SECONDS);
    Page<Subscriber> last = first.nextPageAsync().get(5, TimeUnit.SECONDS);

    assertEquals(List.of("s1", "s2"), ids(first.data()));
    assertEquals(List.of("s3"), ids(last.data()));
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> last.nextPageAsync().get(5, TimeUnit.SECONDS));
    assertInstanceOf(NoSuchElementException.class, e.getCause());
    server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertEquals("limit=2&cursor=c1", second.getUrl().encodedQuery());
    assertEquals("a1", second.getHeaders().get("X-Trace-Id"));
  }

  @Test
  void asyncTagListAndNextPageAsyncPageByOffset() throws Exception {
    String tag =
        "{\"id\":\"%s\",\"name\":\"%s\",\"description\":null,\"subscriberCount\":0,"
            + "\"createdAt\":\"2026-11-22T10:30:00.000Z\",\"updatedAt\":\"2026-11-22T10:30:00.000Z\"}";
    server.enqueueJson(200, "[" + String.format(tag, "tag_1", "a") + "]");
    server.enqueueJson(200, "[]");

    Page<Tag> first =
        server
            .client()
            .async()
            .tags()
            .list(TagListParams.builder().limit(1).build())
            .get(5, TimeUnit.SECONDS);
    Page<Tag> second = first.nextPageAsync().get(5, TimeUnit.SECONDS);

    assertEquals(List.of(), second.data());
    assertFalse(second.hasNextPage());
    server.takeRequest();
    assertEquals("limit=1&offset=1", server.takeRequest().getUrl().encodedQuery());
  }

  @Test
  void toStringSummarisesThePage() {
    enqueueCursorPage("c1", "s1", "s2");

    assertEquals(
        "Page[items=2, total=5, hasNextPage=true]",
        server.client().subscribers().list().toString());
  }
}
