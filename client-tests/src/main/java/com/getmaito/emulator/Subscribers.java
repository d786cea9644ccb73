package com.getmaito.emulator;

import static com.getmaito.emulator.Store.lower;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Predicate;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * The subscriber resource, {@code /newsletter/subscribers} and its bulk create: handlers and wire
 * form (validation is {@link SubscriberInput}). Called under the store's lock.
 */
final class Subscribers {
  private static final int MAX_BULK = 100;

  private final Store store;
  private final Pager pager;
  private final Tags tags;

  Subscribers(Store store, Pager pager, Tags tags) {
    this.store = store;
    this.pager = pager;
    this.tags = tags;
  }

  Reply list(HttpUrl url) {
    ApiError.Details details = new ApiError.Details();
    int limit = Pager.limit(url, details);
    long offset = Pager.offset(url, details);
    Long after = pager.cursor(url, "sub", details);
    String status = url.queryParameter("status");
    if (status != null && !SubscriberInput.STATUSES.contains(status)) {
      details.add("status", "must be one of " + String.join(", ", SubscriberInput.STATUSES));
    }
    if (!details.isEmpty()) {
      throw ApiError.validation(details);
    }
    String tagName = url.queryParameter("tag");
    String query = url.queryParameter("query");
    String needle = query == null || query.isEmpty() ? null : lower(query);
    if (tagName == null && status == null && needle == null) {
      return pager.page(store.subsBySeq, limit, offset, after, "sub", this::render);
    }
    NavigableMap<Long, SubscriberRow> candidates;
    if (tagName == null) {
      candidates = store.subsBySeq.from(Long.MIN_VALUE);
    } else {
      TagRow tag = store.tagsByName.get(lower(tagName));
      candidates = tag == null ? Collections.emptyNavigableMap() : tag.members;
    }
    Predicate<SubscriberRow> filter = null;
    if (status != null) {
      filter = s -> s.status.equals(status);
    }
    if (needle != null) {
      Predicate<SubscriberRow> matches = s -> matches(s, needle);
      filter = filter == null ? matches : filter.and(matches);
    }
    long total = -1; // Unknown: the pager counts the matches.
    if (needle == null && (tagName == null || status == null)) {
      total = tagName != null ? candidates.size() : store.subsByStatus.getOrDefault(status, 0L);
    }
    return pager.page(candidates, filter, total, limit, offset, after, "sub", this::render);
  }

  private static boolean matches(SubscriberRow s, String needle) {
    return s.emailNormalized.contains(needle)
        || lower(s.email).contains(needle)
        || (s.firstName != null && lower(s.firstName).contains(needle))
        || (s.lastName != null && lower(s.lastName).contains(needle));
  }

  Reply retrieve(String id) {
    return Reply.ok(200, render(find(id)), null);
  }

  Reply create(Map<String, Object> body, Instant now) {
    ApiError.Details details = new ApiError.Details();
    Map<String, Object> input = SubscriberInput.validate(body, false, details);
    if (!details.isEmpty()) {
      throw ApiError.validation(details);
    }
    return Reply.ok(201, render(insert(input, now)), null);
  }

  Reply update(String id, RecordedRequest request, Instant now) {
    SubscriberRow s = find(id);
    Map<String, Object> body = Bodies.jsonObject(request);
    ApiError.Details details = new ApiError.Details();
    Map<String, Object> input = SubscriberInput.validate(body, true, details);
    if (!details.isEmpty()) {
      throw ApiError.validation(details);
    }
    if (input.containsKey("email")) {
      SubscriberRow other = store.subsByEmail.get(lower(((String) input.get("email")).trim()));
      if (other != null && other != s) {
        throw ApiError.conflict("A subscriber with this email already exists.");
      }
    }
    apply(s, input, now);
    return Reply.ok(200, render(s), null);
  }

  Reply delete(String id) {
    SubscriberRow s = find(id);
    store.subsBySeq.remove(s.seq);
    store.subsById.remove(s.id);
    store.subsByEmail.remove(s.emailNormalized);
    for (TagRow tag : s.tags) {
      tag.members.remove(s.seq);
    }
    store.countStatus(s.status, -1);
    return Reply.ok(200, Reply.deleted(s.id, "deleted"), null);
  }

  Reply bulkCreate(Map<String, Object> body, Instant now) {
    Object rows = body.get("subscribers");
    if (!(rows instanceof List)) {
      throw ApiError.validation("subscribers", "is required: an array of 1 to 100 subscribers");
    }
    List<?> list = (List<?>) rows;
    if (list.size() > MAX_BULK) {
      throw new ApiError(
          413,
          "PAYLOAD_TOO_LARGE",
          "A bulk request holds at most " + MAX_BULK + " subscribers; got " + list.size() + ".");
    }
    ApiError.Details top = new ApiError.Details();
    if (list.isEmpty()) {
      top.add("subscribers", "must hold 1 to 100 subscribers");
    }
    Validation.optIn(body, top);
    if (!top.isEmpty()) {
      throw ApiError.validation(top);
    }
    List<Object> created = new ArrayList<>();
    List<Object> failed = new ArrayList<>();
    Map<String, Integer> batch = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      Object row = list.get(i);
      if (!(row instanceof Map)) {
        failed.add(failure(i, null, "VALIDATION_FAILED", "must be a JSON object"));
        continue;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> rowBody = (Map<String, Object>) row;
      Object email = rowBody.get("email");
      String rowEmail = email instanceof String ? (String) email : null;
      ApiError.Details details = new ApiError.Details();
      Map<String, Object> input = SubscriberInput.validate(rowBody, false, details);
      if (!details.isEmpty()) {
        failed.add(failure(i, rowEmail, "VALIDATION_FAILED", details.summary()));
        continue;
      }
      String normalized = lower(rowEmail.trim());
      Integer earlier = batch.get(normalized);
      if (earlier != null) {
        failed.add(
            failure(i, rowEmail, "DUPLICATE", "Duplicates row " + earlier + " of this batch."));
        continue;
      }
      if (store.subsByEmail.containsKey(normalized)) {
        failed.add(
            failure(i, rowEmail, "DUPLICATE", "A subscriber with this email already exists."));
        continue;
      }
      created.add(render(insert(input, now)));
      batch.put(normalized, i);
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("created", created);
    data.put("failed", failed);
    return Reply.ok(200, data, null);
  }

  /** A snapshot of the stored subscribers, in creation order. */
  List<EmulatedSubscriber> snapshot() {
    synchronized (store.lock) {
      List<EmulatedSubscriber> list = new ArrayList<>(store.subsBySeq.size());
      for (SubscriberRow s : store.subsBySeq.values()) {
        list.add(
            new EmulatedSubscriber(
                s.id,
                s.email,
                s.emailNormalized,
                s.firstName,
                s.lastName,
                s.status,
                s.confirmed,
                s.tagNames(),
                snapshotFields(s.customFields),
                s.source,
                s.subscribedAt,
                s.unsubscribedAt,
                s.createdAt,
                s.updatedAt));
      }
      return List.copyOf(list);
    }
  }

  /**
   * Custom fields with numbers as the SDK reads them from this emulator's JSON: {@code Long} for a
   * number written without a fraction or exponent that fits, {@code Double} for any other.
   */
  private static Map<String, Object> snapshotFields(Map<String, Object> fields) {
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      Object value = field.getValue();
      if (value instanceof BigDecimal) {
        BigDecimal number = (BigDecimal) value;
        value =
            number.scale() == 0 && number.unscaledValue().bitLength() < 64
                ? (Object) number.longValue()
                : (Object) number.doubleValue();
      }
      copy.put(field.getKey(), value);
    }
    return copy;
  }

  private SubscriberRow insert(Map<String, Object> input, Instant now) {
    String email = (String) input.get("email");
    String normalized = lower(email.trim());
    if (store.subsByEmail.containsKey(normalized)) {
      throw ApiError.conflict("A subscriber with this email already exists.");
    }
    SubscriberRow s = new SubscriberRow(store.nextSeq(), "sub_" + store.hex(24), now);
    s.email = email;
    s.emailNormalized = normalized;
    apply(s, input, now);
    store.subsBySeq.put(s.seq, s);
    store.countStatus(s.status, 1);
    store.subsById.put(s.id, s);
    store.subsByEmail.put(normalized, s);
    return s;
  }

  /** Applies validated input (present keys only) to a subscriber. */
  @SuppressWarnings("unchecked")
  private void apply(SubscriberRow s, Map<String, Object> input, Instant now) {
    if (input.containsKey("email")) {
      String email = (String) input.get("email");
      String normalized = lower(email.trim());
      store.subsByEmail.remove(s.emailNormalized);
      s.email = email;
      s.emailNormalized = normalized;
      store.subsByEmail.put(normalized, s);
    }
    if (input.containsKey("firstName")) {
      s.firstName = (String) input.get("firstName");
    }
    if (input.containsKey("lastName")) {
      s.lastName = (String) input.get("lastName");
    }
    if (input.containsKey("source")) {
      s.source = (String) input.get("source");
    }
    if (input.containsKey("confirmed")) {
      s.confirmed = (Boolean) input.get("confirmed");
    }
    if (input.containsKey("customFields")) {
      s.customFields = new LinkedHashMap<>((Map<String, Object>) input.get("customFields"));
    }
    if (input.containsKey("tags")) {
      List<TagRow> named = new ArrayList<>();
      for (String name : (List<String>) input.get("tags")) {
        named.add(tags.named(name, now));
      }
      for (TagRow old : s.tags) {
        old.members.remove(s.seq);
      }
      s.tags.clear();
      s.tags.addAll(named);
      for (TagRow tag : named) {
        tag.members.put(s.seq, s);
      }
    }
    boolean isNew = s.updatedAt == null;
    String status = (String) input.get("status");
    if (isNew || (status != null && !status.equals(s.status))) {
      if (!isNew) {
        store.countStatus(s.status, -1);
        store.countStatus(status, 1);
      }
      s.status = status != null ? status : "subscribed";
      if (s.status.equals("subscribed")) {
        s.subscribedAt = now;
      } else if (s.status.equals("unsubscribed")) {
        s.unsubscribedAt = now;
      }
    }
    s.updatedAt = now;
  }

  private SubscriberRow find(String id) {
    SubscriberRow s = store.subsById.get(id);
    if (s == null) {
      throw ApiError.notFound("Subscriber not found.");
    }
    return s;
  }

  private static Map<String, Object> failure(int index, String email, String code, String msg) {
    Map<String, Object> failure = new LinkedHashMap<>();
    failure.put("index", index);
    failure.put("email", email);
    failure.put("code", code);
    failure.put("message", msg);
    return failure;
  }

  private Map<String, Object> render(SubscriberRow s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id);
    m.put("email", s.email);
    m.put("emailNormalized", s.emailNormalized);
    m.put("firstName", s.firstName);
    m.put("lastName", s.lastName);
    m.put("status", s.status);
    m.put("confirmed", s.confirmed);
    m.put("tags", s.tagNames());
    m.put("customFields", s.customFields);
    m.put("source", s.source);
    m.put("subscribedAt", s.subscribedAt);
    m.put("unsubscribedAt", s.unsubscribedAt);
    m.put("createdAt", s.createdAt);
    m.put("updatedAt", s.updatedAt);
    return m;
  }
}
