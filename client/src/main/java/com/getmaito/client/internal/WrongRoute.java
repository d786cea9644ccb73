package com.getmaito.client.internal;

import com.getmaito.client.errors.MaitoApiException;
import com.getmaito.client.errors.NotFoundException;
import com.getmaito.client.errors.RouteNotFoundException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;

/**
 * Tells a 404 for a route the API does not have (a wrong base URL, such as one without {@code /v1})
 * from a 404 for a missing resource. A 404 means the route is wrong when it answers a collection
 * route (list, create, bulk always exist), when its body is not the API's {@code NOT_FOUND}
 * envelope (a web server's or gateway's page), or when the base URL does not end in a version
 * segment like {@code /v1}. Such a 404 becomes a {@link RouteNotFoundException}, still a {@link
 * NotFoundException}, whose message says the base URL is probably wrong; the first one per base URL
 * is also logged as a warning.
 */
final class WrongRoute {
  private static final int MAX_WARNED = 64;
  private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

  private WrongRoute() {}

  static MaitoApiException check(MaitoApiException e, Exchange<?> x, HttpUrl baseUrl) {
    if (!(e instanceof NotFoundException) || e.statusCode() != 404) {
      return e;
    }
    String route = Routes.template(x.request().method(), x.call().path());
    boolean wrong =
        Routes.isCollection(route)
            || !"NOT_FOUND".equals(e.errorCode())
            || !Routes.endsInVersion(baseUrl);
    if (!wrong) {
      return e;
    }
    String url = baseUrl.newBuilder().username("").password("").build().toString();
    RouteNotFoundException routeError =
        new RouteNotFoundException(
            e.error(), e.attempts(), url, x.request().method() + " " + route);
    if (WARNED.size() < MAX_WARNED && WARNED.add(url)) {
      HttpLog.LOG.warn("{}", routeError.getMessage());
    }
    return routeError;
  }
}
