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

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return params with the server's default page size, from the first page} */
  public static TagListParams ofDefaults() {
    return builder().build();
  }

  /** {@return a builder holding these params, to derive others from} */
  public Builder toBuilder() {
    return new Builder().limit(limit()).cursor(cursor()).offset(offset());
  }

  /** {@return the page size, or null for the server's default (50)} */
  public @Nullable Integer limit() {
    return paging.limit();
  }

  /** {@return the row to start at, or null when not set} */
  public @Nullable Long offset() {
    return paging.offset();
  }

  /** {@return the cursor to start at, or null when not set} */
  public @Nullable String cursor() {
    return paging.cursor();
  }

  /**
   * Returns the same page size, at the page that starts at {@code cursor}.
   *
   * @param cursor a {@link com.getmaito.client.Page#nextCursor()}
   * @return new params; these are unchanged
   */
  public TagListParams withCursor(String cursor) {
    return toBuilder().offset(null).cursor(cursor).build();
  }

  /**
   * Returns the same page size, at the page that starts at {@code offset}.
   *
   * @param offset the row to start at, 0 or more
   * @return new params; these are unchanged
   */
  public TagListParams withOffset(long offset) {
    return toBuilder().cursor(null).offset(offset).build();
  }

  /** {@return the query parameters this sends: only those that were set} */
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

    /**
     * Sets the page size; default 50.
     *
     * @param limit 1 to 500, or null for the default
     * @return this builder
     */
    public Builder limit(@Nullable Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * Starts at the page a previous page's {@code nextCursor} named; excludes {@code offset}.
     *
     * @param cursor a cursor, or null to start at the first page
     * @return this builder
     */
    public Builder cursor(@Nullable String cursor) {
      this.cursor = cursor;
      return this;
    }

    /**
     * Starts at this row (compat paging); excludes {@code cursor}.
     *
     * @param offset 0 or more, or null to start at the first row
     * @return this builder
     */
    public Builder offset(@Nullable Long offset) {
      this.offset = offset;
      return this;
    }

    /**
     * Checks and builds the params.
     *
     * @return the params
     * @throws IllegalArgumentException when {@code limit} is outside 1 to 500, {@code offset} is
     *     negative, or both {@code cursor} and {@code offset} are set
     */
    public TagListParams build() {
      return new TagListParams(this);
    }
  }
}
