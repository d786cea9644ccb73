package com.getmaito.client.errors;

import java.util.Objects;

/**
 * 404 for a route the API does not have: the client's base URL is probably wrong (it must be the
 * API's root, ending in its version, like {@code https://api.getmaito.com/v1}). Thrown instead of a
 * plain {@link NotFoundException} when the 404 cannot mean a missing resource: it answered a
 * collection route (list, create, bulk), its body is not the API's error envelope, or the base URL
 * does not end in a version segment. It is still a {@code NotFoundException}, so code that handles
 * 404s keeps working; catch it first to tell a misconfigured client from an absent resource.
 */
public class RouteNotFoundException extends NotFoundException {
  private final String baseUrl;
  private final String route;

  /**
   * Creates the exception for a 404 that names no resource; the SDK throws these, tests may create
   * them.
   *
   * @param error what the SDK read from the response
   * @param attempts how many HTTP attempts the call made
   * @param baseUrl the client's base URL
   * @param route the call's method and route template, like {@code GET /newsletter/subscribers}
   */
  public RouteNotFoundException(ErrorResponse error, int attempts, String baseUrl, String route) {
    super(error, attempts);
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
    this.route = Objects.requireNonNull(route, "route == null");
  }

  /** {@return the client's base URL, which is probably wrong} */
  public String baseUrl() {
    return baseUrl;
  }

  /** {@return the call's method and route template, like {@code GET /newsletter/subscribers}} */
  public String route() {
    return route;
  }

  /** {@return the server's answer, then what is probably wrong and how to fix it} */
  @Override
  public String getMessage() {
    return super.getMessage()
        + ". The API has no route "
        + route
        + " under the base URL "
        + baseUrl
        + ", which is probably wrong: it should be the API's root, ending in its version, like"
        + " https://api.getmaito.com/v1";
  }
}
