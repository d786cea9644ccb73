package com.getmaito.emulator;

import static com.getmaito.emulator.Store.lower;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/** The tag resource, {@code /newsletter/tags}: its handlers, validation and wire form. */
final class Tags {
  private final Store store;
  private final Pager pager;

  Tags(Store store, Pager pager) {
    this.store = store;
    this.pager = pager;
  }

  Reply list(HttpUrl url) {
    ApiError.Details details = new ApiError.Details();
    int limit = Pager.limit(url, details);
    long offset = Pager.offset(url, details);
    Long after = pager.cursor(url, "tag", details);
    if (!details.isEmpty()) {
      throw ApiError.validation(details);
    }
    return pager.page(store.tagsBySeq, limit, offset, after, "tag", Tags::render);
  }

  Reply retrieve(String id) {
    return Reply.ok(200, render(find(id)), null);
  }

  Reply create(Map<String, Object> body, Instant now) {
    ApiError.Details details = new ApiError.Details();
    if (!body.containsKey("name") || body.get("name") == null) {
      details.add("name", "is required");
    } else {
      String problem = Validation.tagNameProblem(body.get("name"));
      if (problem != null) {
        details.add("name", problem);
      }
    }
    description(body, details);
    if (!details.isEmpty()) {
      throw ApiError.validation(details);
    }
    String name = (String) body.get("name");
    if (store.tagsByName.containsKey(lower(name))) {
      throw ApiError.conflict("A tag with this name already exists.");
    }
    return Reply.ok(201, render(insert(name, (String) body.get("description"), now)), null);
  }

  Reply update(String id, RecordedRequest request, Instant now) {
    TagRow tag = find(id);
    Map<String, Object> body = Bodies.jsonObject(request);
    ApiError.Details details = new ApiError.Details();
    if (body.containsKey("name")) {
      String problem =
          body.get("name") == null
              ? "must not be null"
              : Validation.tagNameProblem(body.get("name"));
      if (problem != null) {
        details.add("name", problem);
      }
    }
    description(body, details);
    if (!details.isEmpty()) {
      throw ApiError.validation(details);
    }
    if (body.containsKey("name")) {
      String name = (String) body.get("name");
      TagRow other = store.tagsByName.get(lower(name));
      if (other != null && other != tag) {
        throw ApiError.conflict("A tag with this name already exists.");
      }
      store.tagsByName.remove(lower(tag.name));
      tag.name = name;
      store.tagsByName.put(lower(name), tag);
    }
    if (body.containsKey("description")) {
      tag.description = (String) body.get("description");
    }
    tag.updatedAt = now;
    return Reply.ok(200, render(tag), null);
  }

  Reply delete(String id) {
    TagRow tag = find(id);
    store.tagsBySeq.remove(tag.seq);
    store.tagsById.remove(tag.id);
    store.tagsByName.remove(lower(tag.name));
    for (SubscriberRow s : tag.members.values()) {
      s.tags.remove(tag);
    }
    tag.members.clear();
    return Reply.ok(200, Reply.deleted(tag.id, "deleted"), null);
  }

  /** Creates a tag; the name is valid and free. */
  TagRow insert(String name, String description, Instant now) {
    TagRow tag = new TagRow(store.nextSeq(), "tag_" + store.hex(24), now);
    tag.name = name;
    tag.description = description;
    store.tagsBySeq.put(tag.seq, tag);
    store.tagsById.put(tag.id, tag);
    store.tagsByName.put(lower(name), tag);
    return tag;
  }

  /** The tag named {@code name} (case-insensitively), created if there is none. */
  TagRow named(String name, Instant now) {
    TagRow tag = store.tagsByName.get(lower(name));
    return tag != null ? tag : insert(name, null, now);
  }

  /** A snapshot of the stored tags, in creation order. */
  List<EmulatedTag> snapshot() {
    synchronized (store.lock) {
      List<EmulatedTag> list = new ArrayList<>(store.tagsBySeq.size());
      for (TagRow t : store.tagsBySeq.values()) {
        list.add(
            new EmulatedTag(
                t.id, t.name, t.description, t.members.size(), t.createdAt, t.updatedAt));
      }
      return List.copyOf(list);
    }
  }

  private TagRow find(String id) {
    TagRow tag = store.tagsById.get(id);
    if (tag == null) {
      throw ApiError.notFound("Tag not found.");
    }
    return tag;
  }

  private static void description(Map<String, Object> body, ApiError.Details details) {
    Object description = body.get("description");
    if (description != null && !(description instanceof String)) {
      details.add("description", "must be a string or null");
    }
  }

  private static Map<String, Object> render(TagRow tag) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", tag.id);
    m.put("name", tag.name);
    m.put("description", tag.description);
    m.put("subscriberCount", tag.members.size());
    m.put("createdAt", tag.createdAt);
    m.put("updatedAt", tag.updatedAt);
    return m;
  }
}
