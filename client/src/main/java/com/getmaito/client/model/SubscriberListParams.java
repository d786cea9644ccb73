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

  public static Builder builder() {
    return new Builder();
  }

  /** No filters, the server's default page size. */
  public static SubscriberListParams ofDefaults() {
    return builder().build();
  }

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

  public @Nullable Integer limit() {
    return paging.limit();
  }

  public @Nullable Long offset() {
    return paging.offset();
  }

  public @Nullable String cursor() {
    return paging.cursor();
  }

  /** The same filters, at the page that starts at {@code cursor}. */
  public SubscriberListParams withCursor(String cursor) {
    return toBuilder().offset(null).cursor(cursor).build();
  }

  /** The same filters, at the page that starts at {@code offset}. */
  public SubscriberListParams withOffset(long offset) {
    return toBuilder().cursor(null).offset(offset).build();
  }

  /** The query parameters this sends. */
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

    public Builder status(@Nullable SubscriberStatus status) {
      this.status = status;
      return this;
    }

    /** Only subscribers carrying this tag name. */
    public Builder tag(@Nullable String tag) {
      this.tag = tag;
      return this;
    }

    /** Search text matched against email and names. */
    public Builder query(@Nullable String query) {
      this.query = query;
      return this;
    }

    /** Page size, 1 to 500; default 50. */
    public Builder limit(@Nullable Integer limit) {
      this.limit = limit;
      return this;
    }

    /** Start at the page a previous page's {@code nextCursor} named. */
    public Builder cursor(@Nullable String cursor) {
      this.cursor = cursor;
      return this;
    }

    /** Start at this row (compat paging), 0 or more. */
    public Builder offset(@Nullable Long offset) {
      this.offset = offset;
      return this;
    }

    /**
     * Checks and builds the params.
     *
     * @throws IllegalArgumentException when {@code limit} is outside 1 to 500, {@code offset} is
     *     negative, both {@code cursor} and {@code offset} are set, {@code cursor} is empty, or
     *     {@code tag} is not 1 to 64 characters
     */
    public SubscriberListParams build() {
      return new SubscriberListParams(this);
    }
  }
}
