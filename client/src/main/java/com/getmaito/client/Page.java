package com.getmaito.client;

import com.getmaito.client.internal.ListResult;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list call. {@link #nextPage()} fetches the next one with the same filters and
 * request options; {@link #autoPager()} walks every item of every page lazily.
 *
 * <p>Paging follows {@code meta.nextCursor} while the server sends one, also when the list was
 * resumed from a saved cursor; a page that makes no progress (it repeats the cursor it was asked
 * with, or is empty and still carries one) fails with {@link
 * com.getmaito.client.errors.MaitoInvalidResponseException}. A server that sends no cursor (compat)
 * is paged by {@code offset} until {@code meta.total} items have been seen or a page comes back
 * shorter than a full one: {@code meta.limit} when the server reports it, else the limit asked for,
 * or the first page's size when the server capped it below that.
 *
 * <pre>{@code
 * for (Subscriber s : client.subscribers().list(params).autoPager()) { ... }
 * }</pre>
 */
public final class Page<T> {
  static final int DEFAULT_LIMIT = 50;

  private final List<T> data;
  private final @Nullable Long total;
  private final @Nullable String nextCursor;
  private final boolean cursorKeyPresent;
  private final boolean byCursor;
  private final long start;
  private final int pageSize;
  private final Pager<T, ?> pager;

  Page(ListResult<T> result, boolean byCursor, long start, int pageSize, Pager<T, ?> pager) {
    this.data = result.data();
    this.total = result.total();
    this.nextCursor = result.nextCursor();
    this.cursorKeyPresent = result.cursorKeyPresent();
    this.byCursor = byCursor;
    this.start = start;
    this.pageSize = pageSize;
    this.pager = pager;
  }

  /** {@return the items on this page} */
  public List<T> data() {
    return data;
  }

  /**
   * {@return how many items match in all ({@code meta.total}), or null when the server did not say}
   */
  public @Nullable Long total() {
    return total;
  }

  /** {@return the cursor of the next page, or null when the server sent none} */
  public @Nullable String nextCursor() {
    return nextCursor;
  }

  /** {@return whether there is a page after this one} */
  public boolean hasNextPage() {
    if (nextCursor != null) {
      return true;
    }
    // A page reached by cursor whose next cursor is null is the end, whatever meta.total says.
    if (data.isEmpty() || byCursor) {
      return false;
    }
    // A first (or offset) page without a cursor: a server that pages by offset only (compat) may
    // send "nextCursor": null on every page, so meta.total decides when it is there; without it, a
    // null cursor ends the list and an absent one pages on until a short page.
    if (total != null) {
      return start + data.size() < total;
    }
    if (cursorKeyPresent) {
      return false;
    }
    return data.size() >= pageSize;
  }

  /**
   * Fetches the next page.
   *
   * @return the next page, fetched with the same filters and request options
   * @throws NoSuchElementException when {@link #hasNextPage()} is false
   */
  public Page<T> nextPage() {
    requireNext();
    return pager.fetch(nextCursor, start + data.size(), pageSize);
  }

  /**
   * Fetches the next page without blocking.
   *
   * @return a future of the next page; it fails with {@link NoSuchElementException} when {@link
   *     #hasNextPage()} is false
   */
  public CompletableFuture<Page<T>> nextPageAsync() {
    if (!hasNextPage()) {
      return CompletableFuture.failedFuture(new NoSuchElementException("no next page"));
    }
    return pager.fetchAsync(nextCursor, start + data.size(), pageSize);
  }

  /** {@return every item from this page on, fetching further pages only as they are reached} */
  public AutoPager<T> autoPager() {
    return new AutoPager<>(this);
  }

  private void requireNext() {
    if (!hasNextPage()) {
      throw new NoSuchElementException("no next page");
    }
  }

  @Override
  public String toString() {
    return "Page[items="
        + data.size()
        + ", total="
        + total
        + ", hasNextPage="
        + hasNextPage()
        + "]";
  }
}
