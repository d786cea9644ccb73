package com.getmaito.client.internal;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Route templates of the contract's calls, such as {@code /newsletter/subscribers/{id}}: what
 * metrics are keyed by (never a raw id), and how a 404 tells a missing resource from a missing
 * route.
 */
final class Routes {
  private static final Set<String> LITERALS =
      Set.of("newsletter", "subscribers", "tags", "api-keys", "bulk");
  private static final Pattern VERSION = Pattern.compile("v\\d+");

  private Routes() {}

  /**
   * {@code /newsletter/subscribers/{id}} for {@code GET [newsletter, subscribers, sub_1]}. The
   * segment after the collection ({@code subscribers}, {@code tags}, {@code api-keys}) is an id,
   * except {@code bulk} on a POST.
   */
  static String template(String method, List<String> path) {
    int collection = !path.isEmpty() && path.get(0).equals("newsletter") ? 1 : 0;
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < path.size(); i++) {
      String segment = path.get(i);
      boolean literal =
          i <= collection
              ? true
              : i == collection + 1
                  ? segment.equals("bulk") && method.equals("POST")
                  : LITERALS.contains(segment);
      b.append('/').append(literal ? segment : "{id}");
    }
    return b.length() == 0 ? "/" : b.toString();
  }

  /** Whether a route names a collection (list, create, bulk): one that always exists. */
  static boolean isCollection(String template) {
    return !template.contains("{id}");
  }

  /** Whether the base URL's path ends in a version segment, like {@code /v1}. */
  static boolean endsInVersion(HttpUrl baseUrl) {
    List<String> segments = baseUrl.pathSegments();
    for (int i = segments.size() - 1; i >= 0; i--) {
      if (!segments.get(i).isEmpty()) {
        return VERSION.matcher(segments.get(i)).matches();
      }
    }
    return false;
  }
}
