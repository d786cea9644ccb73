package com.getmaito.client.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Paging for listing tags: {@code limit} (1 to 500), and {@code cursor} or {@code offset}. */
public final class TagListParams {
  private final Paging paging;

  private TagListParams(Builder b) {
    this.paging = new Paging(b.limit, b.cursor, b.offset);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The server's default page size. */
  public static TagListParams ofDefaults() {
    return builder().build();
  }

  public Builder toBuilder() {
    return new Builder().limit(limit()).cursor(cursor()).offset(offset());
  }

  public @Nullable Integer limit() {
    return paging.limit();
  }

  public @Nullable Long offset() {
    return paging.offset();
  }

  public @Nullable String cursor() {
    return paging.cursor();
  }

  /** The same page size, at the page that starts at {@code cursor}. */
  public TagListParams withCursor(String cursor) {
    return toBuilder().offset(null).cursor(cursor).build();
  }

  /** The same page size, at the page that starts at {@code offset}. */
  public TagListParams withOffset(long offset) {
    return toBuilder().cursor(null).offset(offset).build();
  }

  /** The query parameters this sends. */
  public Map<String, String> query() {
    Map<String, String> q = new LinkedHashMap<>();
    paging.addTo(q);
    return Collections.unmodifiableMap(q);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TagListParams && ((TagListParams) o).query().equals(query());
  }

  @Override
  public int hashCode() {
    return query().hashCode();
  }

  @Override
  public String toString() {
    return "TagListParams" + query();
  }

  /** Builds {@link TagListParams}. */
  public static final class Builder {
    private @Nullable Integer limit;
    private @Nullable String cursor;
    private @Nullable Long offset;

    private Builder() {}

    /** Page size, 1 to 500; default 50. */
    public Builder limit(@Nullable Integer limit) {
      this.limit = limit;
      return this;
    }

    public Builder cursor(@Nullable String cursor) {
      this.cursor = cursor;
      return this;
    }

    public Builder offset(@Nullable Long offset) {
      this.offset = offset;
      return this;
    }

    /**
     * Checks and builds the params.
     *
     * @throws IllegalArgumentException when {@code limit} is outside 1 to 500, {@code offset} is
     *     negative, or both {@code cursor} and {@code offset} are set
     */
    public TagListParams build() {
      return new TagListParams(this);
    }
  }
}
