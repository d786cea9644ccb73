package com.getmaito.emulator;

import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;

/** A matched route: its kind, path template, allowed methods and the decoded path id. */
final class Route {
  enum Kind {
    SUBSCRIBERS(false),
    SUBSCRIBER(false),
    BULK(false),
    TAGS(false),
    TAG(false),
    KEYS(true),
    KEY(true);

    final boolean apiKeys;

    Kind(boolean apiKeys) {
      this.apiKeys = apiKeys;
    }
  }

  final Kind kind;
  final String template;
  final List<String> methods;
  final String id;

  private Route(Kind kind, String template, List<String> methods, String id) {
    this.kind = kind;
    this.template = template;
    this.methods = methods;
    this.id = id;
  }

  /** Returns the route of {@code url}, or null if there is none. */
  static Route match(HttpUrl url) {
    List<String> segments = new ArrayList<>(url.pathSegments());
    if (segments.size() > 1 && segments.get(segments.size() - 1).isEmpty()) {
      segments.remove(segments.size() - 1); // A trailing slash.
    }
    if (segments.isEmpty() || !segments.get(0).equals("v1")) {
      return null;
    }
    List<String> rest = segments.subList(1, segments.size());
    if (rest.size() >= 2 && rest.get(0).equals("newsletter")) {
      String collection = rest.get(1);
      boolean subscribers = collection.equals("subscribers");
      if (!subscribers && !collection.equals("tags")) {
        return null;
      }
      String base = "/v1/newsletter/" + collection;
      if (rest.size() == 2) {
        return new Route(
            subscribers ? Kind.SUBSCRIBERS : Kind.TAGS, base, List.of("GET", "POST"), null);
      }
      if (rest.size() == 3) {
        String id = rest.get(2);
        if (subscribers && id.equals("bulk")) {
          return new Route(Kind.BULK, base + "/bulk", List.of("POST"), null);
        }
        if (id.isEmpty()) {
          return null;
        }
        return new Route(
            subscribers ? Kind.SUBSCRIBER : Kind.TAG,
            base + "/{id}",
            List.of("GET", "PUT", "DELETE"),
            id);
      }
      return null;
    }
    if (rest.size() >= 1 && rest.get(0).equals("api-keys")) {
      if (rest.size() == 1) {
        return new Route(Kind.KEYS, "/v1/api-keys", List.of("GET", "POST"), null);
      }
      if (rest.size() == 2 && !rest.get(1).isEmpty()) {
        return new Route(Kind.KEY, "/v1/api-keys/{id}", List.of("DELETE"), rest.get(1));
      }
    }
    return null;
  }
}
