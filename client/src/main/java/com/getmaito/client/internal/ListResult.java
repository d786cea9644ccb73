package com.getmaito.client.internal;

import java.util.List;
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

  @SuppressWarnings("unchecked")
  public static <T> ListResult<T> of(Decoded<Object> d) {
    String cursor = d.metaString("nextCursor");
    return new ListResult<>(
        List.copyOf((List<T>) d.data()),
        d.metaLong("total"),
        d.metaLong("limit"),
        // An empty cursor names no page (the spec's cursor has minLength 1): it ends the list.
        cursor == null || cursor.isEmpty() ? null : cursor,
        d.metaHas("nextCursor"));
  }
}
