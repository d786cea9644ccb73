package com.getmaito.client.spec;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.StatusType;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRules;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.annotation.Nullable;
import mockwebserver3.RecordedRequest;

/**
 * Checks requests and responses against {@code spec/openapi.yaml}, the OpenAPI description of the
 * wire contract.
 *
 * <p>The spec is read once per JVM from the file named by the {@code maito.spec} system property
 * (set by surefire), or else from the first {@code spec/openapi.yaml} found walking up from the
 * working directory. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * RecordedRequest request = server.takeRequest();
 * OpenApiValidator.instance().assertValidRequest(request);
 * OpenApiValidator.instance()
 *     .assertValidResponse("GET", "/v1/newsletter/tags/tag_1", 200, headers, body);
 * }</pre>
 *
 * <p>Paths may carry the {@code /v1} base path of the server URL or not; it is stripped either way.
 * The security requirement is satisfied by {@code Authorization: Bearer <key>} or by the compat
 * {@code X-API-Key: <key>} header.
 *
 * <p>All the library's rules are on, at level ERROR, plus two more: unexpected query parameters
 * (off by default in the library), and contract rules OpenAPI cannot state (a request body needs a
 * {@code Content-Type}; the key is neither blank nor a {@code pk_} public key). One rule is
 * relaxed: a 5xx response may have an empty body (a proxy's answer, mapped by status alone).
 */
public final class OpenApiValidator {

  /** The system property naming the spec file. */
  public static final String SPEC_PROPERTY = "maito.spec";

  private static final String BASE_PATH = "/v1";

  private final Path specPath;
  private final String specText;
  private final OpenApiInteractionValidator validator;

  private OpenApiValidator(Path specPath) {
    this.specPath = specPath;
    try {
      this.specText = Files.readString(specPath, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the OpenAPI spec " + specPath, e);
    }
    // The loader fails on any parse message, so a spec that builds here parsed cleanly.
    this.validator =
        OpenApiInteractionValidator.createForInlineApiSpecification(specText)
            // Paths are matched without the server's "/v1"; callers' paths are stripped of it.
            .withBasePathOverride("/")
            .withLevelResolver(
                LevelResolver.create()
                    // Off (IGNORE) by default in the library. The contract lists each call's query
                    // parameters; anything else (a typo, `limit` sent to /api-keys) is an SDK bug.
                    .withLevel(
                        "validation.request.parameter.query.unexpected",
                        ValidationReport.Level.ERROR)
                    .build())
            .withWhitelist(
                ValidationErrorsWhitelist.create()
                    .withRule(
                        // The one rule relaxed: the contract says a 5xx may come from a proxy or
                        // gateway with an empty body (mapped by status alone), which OpenAPI 3.0
                        // cannot express. Only 5xx; a 2xx/4xx without its body still fails.
                        "5xx responses may have an empty body",
                        WhitelistRules.allOf(
                            WhitelistRules.isResponse(),
                            WhitelistRules.responseStatusTypeIs(StatusType.SERVER_ERROR),
                            WhitelistRules.messageHasKey("validation.response.body.missing"))))
            .withCustomRequestValidation(OpenApiValidator::checkContractRules)
            .build();
  }

  /** The shared validator, loading the spec on first use. */
  public static OpenApiValidator instance() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final OpenApiValidator INSTANCE = new OpenApiValidator(locateSpec());
  }

  /** The spec file in use. */
  public Path specPath() {
    return specPath;
  }

  /**
   * Every message (error or warning) the OpenAPI parser reports for the spec, with references
   * resolved; empty for a clean spec.
   */
  public List<String> parseMessages() {
    SwaggerParseResult result = parse();
    List<String> messages = new ArrayList<>();
    if (result.getMessages() != null) {
      messages.addAll(result.getMessages());
    }
    if (result.getOpenAPI() == null) {
      messages.add("the parser produced no model");
    }
    return messages;
  }

  /** A freshly parsed model of the spec (references not inlined), for structural checks. */
  public OpenAPI model() {
    OpenAPI model = parse().getOpenAPI();
    if (model == null) {
      throw new AssertionError("spec/openapi.yaml does not parse: " + parseMessages());
    }
    return model;
  }

  private SwaggerParseResult parse() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIParser().readContents(specText, null, options);
  }

  /**
   * Asserts that a request conforms to the spec.
   *
   * @param method the HTTP method, e.g. {@code "POST"}
   * @param pathWithQuery the path and query, with or without the {@code /v1} base path, e.g. {@code
   *     "/v1/newsletter/subscribers?limit=10"}; the query is percent-decoded
   * @param headers request headers (names case-insensitive)
   * @param body the request body, or null for none
   * @return this, for chaining
   * @throws AssertionError listing every validation message when the request is invalid
   */
  public OpenApiValidator assertValidRequest(
      String method,
      String pathWithQuery,
      Map<String, List<String>> headers,
      @Nullable String body) {
    assertValid(
        "Request " + method + " " + pathWithQuery,
        validateRequest(method, pathWithQuery, headers, body));
    return this;
  }

  /**
   * Asserts that a request recorded by MockWebServer conforms to the spec.
   *
   * @throws AssertionError listing every validation message when the request is invalid
   */
  public OpenApiValidator assertValidRequest(RecordedRequest request) {
    Objects.requireNonNull(request, "request == null");
    String target = request.getUrl().encodedPath();
    String query = request.getUrl().encodedQuery();
    if (query != null) {
      target += "?" + query;
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : request.getHeaders().names()) {
      headers.put(name, request.getHeaders().values(name));
    }
    String body = request.getBodySize() > 0 ? request.getBody().utf8() : null;
    return assertValidRequest(request.getMethod(), target, headers, body);
  }

  /**
   * Validates a request without asserting.
   *
   * @return the library's report; {@link ValidationReport#hasErrors()} says whether it failed
   */
  public ValidationReport validateRequest(
      String method,
      String pathWithQuery,
      Map<String, List<String>> headers,
      @Nullable String body) {
    Objects.requireNonNull(pathWithQuery, "pathWithQuery == null");
    Objects.requireNonNull(headers, "headers == null");
    int q = pathWithQuery.indexOf('?');
    String path = q < 0 ? pathWithQuery : pathWithQuery.substring(0, q);
    SimpleRequest.Builder builder = new SimpleRequest.Builder(method(method), stripBase(path));
    if (q >= 0) {
      parseQuery(pathWithQuery.substring(q + 1)).forEach(builder::withQueryParam);
    }
    headers.forEach(builder::withHeader);
    if (body != null) {
      builder.withBody(body);
    }
    return validator.validateRequest(builder.build());
  }

  /**
   * Asserts that a response conforms to the spec for the operation at {@code method} and {@code
   * path}.
   *
   * @param method the request's HTTP method
   * @param path the request's path, with or without {@code /v1} (a query is ignored)
   * @param status the response's HTTP status
   * @param headers response headers (names case-insensitive)
   * @param body the response body, or null for none
   * @return this, for chaining
   * @throws AssertionError listing every validation message when the response is invalid
   */
  public OpenApiValidator assertValidResponse(
      String method,
      String path,
      int status,
      Map<String, List<String>> headers,
      @Nullable String body) {
    assertValid(
        "Response " + status + " to " + method + " " + path,
        validateResponse(method, path, status, headers, body));
    return this;
  }

  /**
   * Validates a response without asserting.
   *
   * @return the library's report; {@link ValidationReport#hasErrors()} says whether it failed
   */
  public ValidationReport validateResponse(
      String method,
      String path,
      int status,
      Map<String, List<String>> headers,
      @Nullable String body) {
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(headers, "headers == null");
    int q = path.indexOf('?');
    String bare = stripBase(q < 0 ? path : path.substring(0, q));
    SimpleResponse.Builder builder = new SimpleResponse.Builder(status);
    headers.forEach(builder::withHeader);
    if (body != null) {
      builder.withBody(body);
    }
    return validator.validateResponse(bare, method(method), builder.build());
  }

  /** Formats a report as one line per message, keys included, for assertion messages. */
  public static String describe(ValidationReport report) {
    StringBuilder out = new StringBuilder();
    for (ValidationReport.Message message : report.getMessages()) {
      appendMessage(out, message, "  ");
    }
    return out.toString();
  }

  private static void appendMessage(
      StringBuilder out, ValidationReport.Message message, String in) {
    out.append(in)
        .append('[')
        .append(message.getLevel())
        .append("] ")
        .append(message.getKey())
        .append(": ")
        .append(message.getMessage());
    message
        .getContext()
        .flatMap(ValidationReport.MessageContext::getParameter)
        .ifPresent(
            p -> out.append(" (").append(p.getIn()).append(" '").append(p.getName()).append("')"));
    message
        .getContext()
        .flatMap(ValidationReport.MessageContext::getPointers)
        .map(ValidationReport.MessageContext.Pointers::getInstance)
        .filter(pointer -> !pointer.isEmpty() && !pointer.equals("/"))
        .ifPresent(pointer -> out.append(" at ").append(pointer));
    out.append('\n');
    for (String info : message.getAdditionalInfo()) {
      out.append(in).append("    ").append(info).append('\n');
    }
    for (ValidationReport.Message nested : message.getNestedMessages()) {
      appendMessage(out, nested, in + "    ");
    }
  }

  /** Request rules of the contract that OpenAPI cannot state. */
  private static ValidationReport checkContractRules(Request request, ApiOperation operation) {
    List<ValidationReport.Message> messages = new ArrayList<>();
    if (request.getRequestBody().isPresent() && request.getContentType().isEmpty()) {
      messages.add(
          ValidationReport.Message.create(
                  "maito.request.contentType.missing",
                  "A request with a body must send Content-Type: application/json.")
              .build());
    }
    List<String> keys = new ArrayList<>(request.getHeaderValues("X-API-Key"));
    request.getHeaderValues("Authorization").stream()
        .filter(v -> v.startsWith("Bearer "))
        .map(v -> v.substring("Bearer ".length()))
        .forEach(keys::add);
    for (String key : keys) {
      if (key.isBlank()) {
        messages.add(
            ValidationReport.Message.create("maito.request.key.blank", "The API key is blank.")
                .build());
      } else if (key.trim().startsWith("pk_")) {
        messages.add(
            ValidationReport.Message.create(
                    "maito.request.key.public",
                    "A pk_ public key is never valid for the API; the SDK must reject it"
                        + " client-side.")
                .build());
      }
    }
    return ValidationReport.from(messages);
  }

  private static void assertValid(String what, ValidationReport report) {
    if (report.hasErrors()) {
      throw new AssertionError(
          what + " does not conform to spec/openapi.yaml:\n" + describe(report));
    }
  }

  private static Request.Method method(String method) {
    Objects.requireNonNull(method, "method == null");
    return Request.Method.valueOf(method.toUpperCase(Locale.ROOT));
  }

  private static String stripBase(String path) {
    if (path.equals(BASE_PATH)) {
      return "/";
    }
    return path.startsWith(BASE_PATH + "/") ? path.substring(BASE_PATH.length()) : path;
  }

  private static Map<String, List<String>> parseQuery(String query) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (query.isEmpty()) {
      return params;
    }
    for (String pair : query.split("&", -1)) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return params;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static Path locateSpec() {
    String configured = System.getProperty(SPEC_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      Path path = Paths.get(configured);
      if (!Files.isRegularFile(path)) {
        throw new IllegalStateException(
            "System property " + SPEC_PROPERTY + " names no file: " + path.toAbsolutePath());
      }
      return path;
    }
    Path start = Paths.get("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("spec").resolve("openapi.yaml");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "No spec/openapi.yaml above "
            + start
            + "; set the system property "
            + SPEC_PROPERTY
            + " to its path");
  }
}
