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
  private final @Nullable Integer limit;
  private final @Nullable String cursor;
  private final @Nullable Long offset;

  private SubscriberListParams(Builder b) {
    Checks.argument(
        b.cursor == null || b.offset == null, "cursor", b.cursor, "cannot be combined with offset");
    this.status = b.status;
    this.tag = b.tag == null ? null : Checks.lengthBetween(b.tag, 1, 64, "tag");
    this.query = b.query;
    this.limit = b.limit == null ? null : Checks.limit(b.limit);
    this.cursor = Checks.cursor(b.cursor);
    this.offset = b.offset == null ? null : Checks.offset(b.offset);
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
    b.limit = limit;
    b.cursor = cursor;
    b.offset = offset;
    return b;
  }

  public @Nullable Integer limit() {
    return limit;
  }

  public @Nullable Long offset() {
    return offset;
  }

  public @Nullable String cursor() {
    return cursor;
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
    if (limit != null) {
      q.put("limit", limit.toString());
    }
    if (cursor != null) {
      q.put("cursor", cursor);
    }
    if (offset != null) {
      q.put("offset", offset.toString());
    }
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
