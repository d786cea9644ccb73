package com.getmaito.client.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters and paging for listing subscribers. Every field is optional; {@code cursor} and {@code
 * offset} exclude each other. The server's default page size is 50.
 */
public final class SubscriberListParams {
  private final @Nullable SubscriberStatus status;
  private final @Nullable String tag;
  private final @Nullable String query;
  private final Paging paging;

  private SubscriberListParams(Builder b) {
    this.paging = new Paging(b.limit, b.cursor, b.offset);
    this.status = b.status;
    this.tag = b.tag == null ? null : Checks.lengthBetween(b.tag, 1, 64, "tag");
    this.query = b.query;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return params with no filters and the server's default page size} */
  public static SubscriberListParams ofDefaults() {
    return builder().build();
  }

  /** {@return a builder holding these params, to derive others from} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.status = status;
    b.tag = tag;
    b.query = query;
    b.limit = paging.limit();
    b.cursor = paging.cursor();
    b.offset = paging.offset();
    return b;
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
   * Returns the same filters, at the page that starts at {@code cursor}.
   *
   * @param cursor a {@link com.getmaito.client.Page#nextCursor()}
   * @return new params; these are unchanged
   */
  public SubscriberListParams withCursor(String cursor) {
    return toBuilder().offset(null).cursor(cursor).build();
  }

  /**
   * Returns the same filters, at the page that starts at {@code offset}.
   *
   * @param offset the row to start at, 0 or more
   * @return new params; these are unchanged
   */
  public SubscriberListParams withOffset(long offset) {
    return toBuilder().cursor(null).offset(offset).build();
  }

  /** {@return the query parameters this sends: only those that were set} */
  public Map<String, String> query() {
    Map<String, String> q = new LinkedHashMap<>();
    if (status != null) {
      q.put("status", status.asString());
    }
    if (tag != null) {
      q.put("tag", tag);
    }
    if (query != null) {
      q.put("query", query);
    }
    paging.addTo(q);
    return Collections.unmodifiableMap(q);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubscriberListParams && ((SubscriberListParams) o).query().equals(query());
  }

  @Override
  public int hashCode() {
    return query().hashCode();
  }

  @Override
  public String toString() {
    return "SubscriberListParams" + query();
  }

  /** Builds {@link SubscriberListParams}. */
  public static final class Builder {
    private @Nullable SubscriberStatus status;
    private @Nullable String tag;
    private @Nullable String query;
    private @Nullable Integer limit;
    private @Nullable String cursor;
    private @Nullable Long offset;

    private Builder() {}

    /**
     * Lists only subscribers with this status; default any.
     *
     * @param status the status, or null for any
     * @return this builder
     */
    public Builder status(@Nullable SubscriberStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Lists only subscribers carrying this tag; default any.
     *
     * @param tag a tag name, 1 to 64 characters, or null for any
     * @return this builder
     */
    public Builder tag(@Nullable String tag) {
      this.tag = tag;
      return this;
    }

    /**
     * Lists only subscribers matching this search text (email and names); default all.
     *
     * @param query the search text, or null for all
     * @return this builder
     */
    public Builder query(@Nullable String query) {
      this.query = query;
      return this;
    }

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
     * @param cursor a non-empty cursor, or null to start at the first page
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
     *     negative, both {@code cursor} and {@code offset} are set, {@code cursor} is empty, or
     *     {@code tag} is not 1 to 64 characters
     */
    public SubscriberListParams build() {
      return new SubscriberListParams(this);
    }
  }
}
