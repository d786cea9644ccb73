package com.getmaito.client.internal;

import com.squareup.moshi.JsonDataException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list call as decoded.
 *
 * @param data the items
 * @param total {@code meta.total}, when sent
 * @param limit {@code meta.limit}, when sent
 * @param nextCursor {@code meta.nextCursor}, when sent and not null
 * @param cursorKeyPresent whether {@code meta} had a {@code nextCursor} key at all
 */
public record ListResult<T>(
    List<T> data,
    @Nullable Long total,
    @Nullable Long limit,
    @Nullable String nextCursor,
    boolean cursorKeyPresent) {

  public static <T> ListResult<T> of(Decoded<Object> d) {
    String cursor = d.metaString("nextCursor");
    return new ListResult<>(
        items(d.data()),
        d.metaLong("total"),
        d.metaLong("limit"),
        // An empty cursor names no page (the spec's cursor has minLength 1): it ends the list.
        cursor == null || cursor.isEmpty() ? null : cursor,
        d.metaHas("nextCursor"));
  }

  /**
   * The decoded {@code data} array as an unmodifiable list; a null item fails naming it ({@code
   * data[3] is null}), which the pipeline reports as an invalid response.
   */
  @SuppressWarnings("unchecked")
  public static <T> List<T> items(@Nullable Object data) {
    if (!(data instanceof List)) {
      throw new JsonDataException("data is not an array");
    }
    List<T> items = (List<T>) data;
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) == null) {
        throw new JsonDataException("data[" + i + "] is null");
      }
    }
    return List.copyOf(items);
  }

  /**
   * This page, checked to make progress after a request sent with {@code sentCursor}: a server that
   * answers with the cursor it was sent, or with an empty page that still carries a cursor, would
   * have an auto-pager ask forever.
   *
   * @throws JsonDataException when the page makes no progress
   */
  public ListResult<T> requireProgress(@Nullable String sentCursor) {
    if (nextCursor != null && Objects.equals(nextCursor, sentCursor)) {
      throw new JsonDataException(
          "the page's meta.nextCursor is the cursor it was requested with: paging makes no"
              + " progress");
    }
    if (nextCursor != null && data.isEmpty()) {
      throw new JsonDataException(
          "an empty page carries a meta.nextCursor: paging makes no progress");
    }
    return this;
  }
}
