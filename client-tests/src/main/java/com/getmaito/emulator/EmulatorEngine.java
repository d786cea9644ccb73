package com.getmaito.emulator;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okio.Buffer;
import okio.ByteString;

/**
 * The emulator's state and request handling. Every request that reaches the API (after fault
 * injection) is processed under one lock, which also makes idempotency keys race-free.
 */
final class EmulatorEngine extends Dispatcher {
  static final List<String> STATUSES =
      List.of("subscribed", "unsubscribed", "bounced", "complained", "blocked");
  private static final String JSON_TYPE = "application/json; charset=utf-8";
  private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
  private static final Duration IDEMPOTENCY_TTL = Duration.ofHours(24);
  private static final int IDEMPOTENCY_MAX_RECORDS = 100_000;
  private static final int DEFAULT_LIMIT = 50;
  private static final int MAX_LIMIT = 500;
  private static final int MAX_BULK = 100;

  private final Clock clock;
  private final int rateLimit;
  private final Duration rateWindow;
  private final Paging paging;
  private final Faults faults;
  private final long seed;
  private final AtomicLong requestCounter = new AtomicLong();
  private volatile MockWebServer server;

  private final ConcurrentHashMap<String, LongAdder> countsByRoute = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Integer, LongAdder> countsByStatus = new ConcurrentHashMap<>();
  private final LongAdder total = new LongAdder();

  private final Object lock = new Object();
  // Everything below is guarded by lock.
  private final Random random;
  private long nextSeq = 1;
  private final NavigableMap<Long, Sub> subsBySeq = new TreeMap<>();
  private final Map<String, Sub> subsById = new HashMap<>();
  private final Map<String, Sub> subsByEmail = new HashMap<>();
  private final NavigableMap<Long, Tag> tagsBySeq = new TreeMap<>();
  private final Map<String, Tag> tagsById = new HashMap<>();
  private final Map<String, Tag> tagsByName = new HashMap<>();
  private final Map<String, Key> keysById = new LinkedHashMap<>();
  private final Map<String, Key> keysBySecret = new HashMap<>();
  private final LinkedHashMap<String, IdempotencyRecord> idempotency = new LinkedHashMap<>();
  private final Key bootstrap;

  EmulatorEngine(Clock clock, int rateLimit, Duration rateWindow, Paging paging, long seed) {
    this.clock = clock;
    this.rateLimit = rateLimit;
    this.rateWindow = rateWindow;
    this.paging = paging;
    this.seed = seed;
    this.random = new Random(seed);
    this.faults = new Faults(seed);
    synchronized (lock) {
      this.bootstrap = newKey("Bootstrap", "full", null, "sk_emu_" + hex(32), now());
    }
  }

  void attach(MockWebServer server) {
    this.server = server;
  }

  Faults faults() {
    return faults;
  }

  String bootstrapKey() {
    return bootstrap.secret;
  }

  // ---------------------------------------------------------------------------------------------
  // Dispatch: faults, statistics, headers.

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    MockWebServer server = this.server;
    if (server != null) {
      server.takeRequest(0, TimeUnit.NANOSECONDS); // MockWebServer records every request: drop it.
    }
    String method = request.getMethod();
    HttpUrl url = request.getUrl();
    Route route = Route.match(url);
    String template = route != null ? route.template : url.encodedPath();
    String requestId = nextRequestId();

    FaultAction fault = faults.next();
    MockResponse response;
    int status;
    if (fault == null || fault.kind == FaultAction.Kind.DELAY) {
      Reply reply = process(request, route);
      response = toResponse(reply, requestId);
      if (fault != null) {
        response =
            response
                .newBuilder()
                .headersDelay(fault.duration.toNanos(), TimeUnit.NANOSECONDS)
                .build();
      }
      status = reply.status;
    } else {
      switch (fault.kind) {
        case STATUS:
          {
            Reply reply = faultReply(request, fault);
            response = toResponse(reply, requestId);
            status = reply.status;
            break;
          }
        case RAW:
          {
            Reply reply =
                new Reply(
                    fault.status,
                    fault.contentType,
                    fault.body.getBytes(StandardCharsets.UTF_8),
                    rateHeaders(peekKey(request.getHeaders()), now()));
            response = toResponse(reply, requestId);
            status = reply.status;
            break;
          }
        case DISCONNECT_AFTER:
          process(request, route);
          response = disconnect();
          status = 0;
          break;
        case DISCONNECT_BEFORE:
        default:
          response = disconnect();
          status = 0;
          break;
      }
    }
    countsByRoute.computeIfAbsent(method + " " + template, k -> new LongAdder()).increment();
    countsByStatus.computeIfAbsent(status, k -> new LongAdder()).increment();
    total.increment();
    return response;
  }

  private static MockResponse disconnect() {
    return new MockResponse.Builder()
        .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
        .build();
  }

  private MockResponse toResponse(Reply reply, String requestId) {
    MockResponse.Builder builder =
        new MockResponse.Builder().status("HTTP/1.1 " + reply.status + " " + reason(reply.status));
    if (reply.contentType != null) {
      builder.setHeader("Content-Type", reply.contentType);
    }
    builder.setHeader("X-Request-Id", requestId);
    for (Map.Entry<String, String> header : reply.headers.entrySet()) {
      builder.setHeader(header.getKey(), header.getValue());
    }
    return builder.body(new Buffer().write(reply.body)).build();
  }

  private Reply faultReply(RecordedRequest request, FaultAction fault) {
    int status = fault.status;
    String code;
    String message;
    if (status == 429) {
      code = "RATE_LIMITED";
      message = "Too many requests (emulated fault).";
    } else if (status == 500) {
      code = "INTERNAL";
      message = "Internal server error (emulated fault).";
    } else if (status >= 500) {
      code = "UNAVAILABLE";
      message = "Service unavailable (emulated fault).";
    } else {
      code = codeFor(status);
      message = "Emulated fault.";
    }
    ApiError error = new ApiError(status, code, message);
    if (status == 429) {
      Duration retryAfter = fault.duration != null ? fault.duration : Duration.ofSeconds(1);
      error.header("Retry-After", String.valueOf(Math.max(1, ceilSeconds(retryAfter))));
    }
    return errorReply(error, peekKey(request.getHeaders()), now());
  }

  private static String reason(int status) {
    switch (status) {
      case 200:
        return "OK";
      case 201:
        return "Created";
      case 400:
        return "Bad Request";
      case 401:
        return "Unauthorized";
      case 403:
        return "Forbidden";
      case 404:
        return "Not Found";
      case 405:
        return "Method Not Allowed";
      case 409:
        return "Conflict";
      case 413:
        return "Payload Too Large";
      case 422:
        return "Unprocessable Entity";
      case 429:
        return "Too Many Requests";
      case 500:
        return "Internal Server Error";
      case 502:
        return "Bad Gateway";
      case 503:
        return "Service Unavailable";
      case 504:
        return "Gateway Timeout";
      default:
        return status < 400 ? "OK" : status < 500 ? "Client Error" : "Server Error";
    }
  }

  private static String codeFor(int status) {
    switch (status) {
      case 400:
        return "VALIDATION_FAILED";
      case 401:
        return "UNAUTHORIZED";
      case 403:
        return "FORBIDDEN";
      case 404:
        return "NOT_FOUND";
      case 405:
        return "METHOD_NOT_ALLOWED";
      case 409:
        return "CONFLICT";
      case 413:
        return "PAYLOAD_TOO_LARGE";
      case 422:
        return "IDEMPOTENCY_KEY_REUSED";
      default:
        return "ERROR";
    }
  }

  private String nextRequestId() {
    long n = requestCounter.incrementAndGet();
    return "req_" + String.format(Locale.ROOT, "%016x", mix(seed * 31 + n));
  }

  /** SplitMix64's finalizer: a cheap, well-spread, deterministic id. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  // ---------------------------------------------------------------------------------------------
  // Statistics.

  long requestCount(String method, String pathTemplate) {
    LongAdder adder = countsByRoute.get(method.toUpperCase(Locale.ROOT) + " " + pathTemplate);
    return adder == null ? 0 : adder.sum();
  }

  long requestCountByStatus(int status) {
    LongAdder adder = countsByStatus.get(status);
    return adder == null ? 0 : adder.sum();
  }

  long totalRequests() {
    return total.sum();
  }

  // ---------------------------------------------------------------------------------------------
  // The request pipeline: route, auth, rate limit, scope, idempotency, handler.

  private Reply process(RecordedRequest request, Route route) {
    String method = request.getMethod();
    Headers headers = request.getHeaders();
    String idempotencyKey = method.equals("POST") ? headers.get("Idempotency-Key") : null;
    // A pure function of the request (it parses the body): computed before taking the lock.
    byte[] fingerprint = idempotencyKey == null ? null : fingerprint(request);
    synchronized (lock) {
      Instant now = now();
      Key key = null;
      try {
        if (route == null) {
          throw ApiError.notFound("No route for " + method + " " + request.getUrl().encodedPath());
        }
        if (!route.methods.contains(method)) {
          throw new ApiError(
                  405, "METHOD_NOT_ALLOWED", method + " is not allowed on " + route.template + ".")
              .header("Allow", String.join(", ", route.methods));
        }
        key = authenticate(headers, now);
        key.lastUsedAt = now;
        if (!spend(key, now)) {
          Duration wait = Duration.between(now, key.windowStart.plus(rateWindow));
          throw new ApiError(429, "RATE_LIMITED", "Rate limit exceeded; retry later.")
              .header("Retry-After", String.valueOf(Math.max(1, ceilSeconds(wait))));
        }
        if (route.kind.apiKeys && key.scope.equals("restricted")) {
          throw new ApiError(403, "FORBIDDEN", "A restricted API key cannot manage API keys.");
        }
        if (idempotencyKey == null) {
          return handleOrError(request, route, key, now);
        }
        return idempotent(request, route, key, now, idempotencyKey, fingerprint);
      } catch (ApiError e) {
        return errorReply(e, key != null ? key : peekKey(headers), now);
      } catch (RuntimeException e) {
        // A bug in the emulator: answer it rather than drop the connection.
        ApiError error = new ApiError(500, "INTERNAL", "Emulator error: " + e);
        return errorReply(error, key != null ? key : peekKey(headers), now);
      }
    }
  }

  private Reply handleOrError(RecordedRequest request, Route route, Key key, Instant now) {
    try {
      return handle(request, route, now).withHeaders(rateHeaders(key, now));
    } catch (ApiError e) {
      return errorReply(e, key, now);
    }
  }

  private Reply errorReply(ApiError error, Key key, Instant now) {
    Map<String, String> headers = rateHeaders(key, now);
    headers.putAll(error.headers);
    return new Reply(error.status, JSON_TYPE, Json.write(error.envelope()), headers);
  }

  private Reply idempotent(
      RecordedRequest request,
      Route route,
      Key key,
      Instant now,
      String idempotencyKey,
      byte[] fingerprint) {
    if (idempotencyKey.isEmpty() || idempotencyKey.length() > 255) {
      throw ApiError.validation("Idempotency-Key", "must be 1 to 255 characters");
    }
    expireIdempotency(now);
    String recordKey = key.id + '\u0000' + idempotencyKey;
    IdempotencyRecord record = idempotency.get(recordKey);
    if (record != null && now.isBefore(record.createdAt.plus(IDEMPOTENCY_TTL))) {
      if (!Arrays.equals(record.fingerprint, fingerprint)) {
        throw new ApiError(
            422,
            "IDEMPOTENCY_KEY_REUSED",
            "This Idempotency-Key was already used with a different request.");
      }
      Map<String, String> headers = rateHeaders(key, now);
      headers.put("Idempotent-Replayed", "true");
      return new Reply(record.status, JSON_TYPE, record.body, headers);
    }
    Reply reply = handleOrError(request, route, key, now);
    if (reply.status < 500) {
      idempotency.remove(recordKey);
      idempotency.put(recordKey, new IdempotencyRecord(fingerprint, reply.status, reply.body, now));
      while (idempotency.size() > IDEMPOTENCY_MAX_RECORDS) {
        Iterator<?> eldest = idempotency.values().iterator();
        eldest.next();
        eldest.remove();
      }
    }
    return reply;
  }

  private void expireIdempotency(Instant now) {
    Iterator<IdempotencyRecord> it = idempotency.values().iterator();
    while (it.hasNext()) {
      IdempotencyRecord record = it.next();
      if (now.isBefore(record.createdAt.plus(IDEMPOTENCY_TTL))) {
        break; // Records are in creation order.
      }
      it.remove();
    }
  }

  private static byte[] fingerprint(RecordedRequest request) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(
          (request.getMethod() + ' ' + request.getUrl().encodedPath() + '\n')
              .getBytes(StandardCharsets.UTF_8));
      ByteString body = request.getBody();
      if (body != null) {
        digest.update(Json.canonical(body.toByteArray()));
      }
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private Reply handle(RecordedRequest request, Route route, Instant now) {
    String method = request.getMethod();
    HttpUrl url = request.getUrl();
    switch (route.kind) {
      case SUBSCRIBERS:
        return method.equals("GET") ? listSubscribers(url) : createSubscriber(body(request), now);
      case SUBSCRIBER:
        switch (method) {
          case "GET":
            return ok(200, render(subscriber(route.id)), null);
          case "PUT":
            return updateSubscriber(route.id, request, now);
          default:
            return deleteSubscriber(route.id);
        }
      case BULK:
        return bulkCreate(body(request), now);
      case TAGS:
        return method.equals("GET") ? listTags(url) : createTag(body(request), now);
      case TAG:
        switch (method) {
          case "GET":
            return ok(200, render(tag(route.id)), null);
          case "PUT":
            return updateTag(route.id, request, now);
          default:
            return deleteTag(route.id);
        }
      case KEYS:
        return method.equals("GET") ? listKeys() : createKey(body(request), now);
      case KEY:
      default:
        return revokeKey(route.id);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Auth and rate limiting.

  private Key authenticate(Headers headers, Instant now) {
    String secret;
    String authorization = headers.get("Authorization");
    if (authorization != null) {
      String[] parts = authorization.trim().split(" +");
      if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
        throw unauthorized("Malformed Authorization header; expected 'Bearer <key>'.");
      }
      secret = parts[1];
    } else {
      String header = headers.get("X-API-Key");
      secret = header == null ? null : header.trim();
    }
    if (secret == null || secret.isEmpty()) {
      throw unauthorized("Missing API key; send 'Authorization: Bearer <key>' or 'X-API-Key'.");
    }
    if (secret.startsWith("pk_")) {
      throw unauthorized("A public key (pk_...) cannot call the API; use a secret key.");
    }
    Key key = keysBySecret.get(secret);
    if (key == null) {
      throw unauthorized("Invalid API key.");
    }
    if (key.revoked) {
      throw unauthorized("This API key has been revoked.");
    }
    if (key.expiresAt != null && !now.isBefore(key.expiresAt)) {
      throw unauthorized("This API key has expired.");
    }
    return key;
  }

  private static ApiError unauthorized(String message) {
    return new ApiError(401, "UNAUTHORIZED", message);
  }

  /** Returns the valid key a request carries, or null, without side effects. */
  private Key peekKey(Headers headers) {
    synchronized (lock) {
      try {
        return authenticate(headers, now());
      } catch (ApiError e) {
        return null;
      }
    }
  }

  /** Spends one request of the key's budget; false if the window's budget is spent. */
  private boolean spend(Key key, Instant now) {
    if (key.windowStart == null || !now.isBefore(key.windowStart.plus(rateWindow))) {
      key.windowStart = now;
      key.windowCount = 0;
    }
    if (key.windowCount >= rateLimit) {
      return false;
    }
    key.windowCount++;
    return true;
  }

  private Map<String, String> rateHeaders(Key key, Instant now) {
    long remaining = rateLimit;
    long reset = ceilSeconds(rateWindow);
    synchronized (lock) {
      if (key != null && key.windowStart != null) {
        Instant end = key.windowStart.plus(rateWindow);
        if (now.isBefore(end)) {
          remaining = Math.max(0, rateLimit - key.windowCount);
          reset = ceilSeconds(Duration.between(now, end));
        }
      }
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("RateLimit-Limit", String.valueOf(rateLimit));
    headers.put("RateLimit-Remaining", String.valueOf(remaining));
    headers.put("RateLimit-Reset", String.valueOf(Math.max(0, reset)));
    return headers;
  }

  private static long ceilSeconds(Duration duration) {
    long millis = duration.toMillis();
    return millis <= 0 ? 0 : (millis + 999) / 1000;
  }

  // ---------------------------------------------------------------------------------------------
  // Subscribers.

  private Reply listSubscribers(HttpUrl url) {
    ApiError.Details details = new ApiError.Details();
    int limit = limit(url, details);
    long offset = offset(url, details);
    Long after = cursor(url, "sub", details);
    String status = url.queryParameter("status");
    if (status != null && !STATUSES.contains(status)) {
      details.add("status", "must be one of " + String.join(", ", STATUSES));
    }
    if (!details.isEmpty()) {
      throw ApiError.validation(details);
    }
    String tagName = url.queryParameter("tag");
    Tag tag = tagName == null ? null : tagsByName.get(lower(tagName));
    String query = url.queryParameter("query");
    String needle = query == null || query.isEmpty() ? null : lower(query);
    Predicate<Sub> filter =
        s ->
            (status == null || s.status.equals(status))
                && (tagName == null || (tag != null && s.tags.contains(tag)))
                && (needle == null
                    || s.emailNormalized.contains(needle)
                    || lower(s.email).contains(needle)
                    || (s.firstName != null && lower(s.firstName).contains(needle))
                    || (s.lastName != null && lower(s.lastName).contains(needle)));
    return page(subsBySeq, filter, limit, offset, after, "sub", this::render);
  }

  private Reply createSubscriber(Map<String, Object> body, Instant now) {
    ApiError.Details details = new ApiError.Details();
    Map<String, Object> input = subscriberInput(body, false, details);
    if (!details.isEmpty()) {
      throw ApiError.validation(details);
    }
    return ok(201, render(insert(input, now)), null);
  }

  private Sub insert(Map<String, Object> input, Instant now) {
    String email = (String) input.get("email");
    String normalized = lower(email.trim());
    if (subsByEmail.containsKey(normalized)) {
      throw ApiError.conflict("A subscriber with this email already exists.");
    }
    Sub s = new Sub(nextSeq++, "sub_" + hex(24), now);
    s.email = email;
    s.emailNormalized = normalized;
    apply(s, input, now);
    subsBySeq.put(s.seq, s);
    subsById.put(s.id, s);
    subsByEmail.put(normalized, s);
    return s;
  }

  /** Applies validated input (present keys only) to a subscriber. */
  @SuppressWarnings("unchecked")
  private void apply(Sub s, Map<String, Object> input, Instant now) {
    if (input.containsKey("email")) {
      String email = (String) input.get("email");
      String normalized = lower(email.trim());
      subsByEmail.remove(s.emailNormalized);
      s.email = email;
      s.emailNormalized = normalized;
      subsByEmail.put(normalized, s);
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
      List<Tag> tags = new ArrayList<>();
      for (String name : (List<String>) input.get("tags")) {
        Tag tag = tagsByName.get(lower(name));
        if (tag == null) {
          tag = insertTag(name, null, now);
        }
        tags.add(tag);
      }
      for (Tag old : s.tags) {
        old.members.remove(s);
      }
      s.tags.clear();
      s.tags.addAll(tags);
      for (Tag tag : tags) {
        tag.members.add(s);
      }
    }
    boolean isNew = s.updatedAt == null;
    String status = (String) input.get("status");
    if (isNew || (status != null && !status.equals(s.status))) {
      s.status = status != null ? status : "subscribed";
      if (s.status.equals("subscribed")) {
        s.subscribedAt = now;
      } else if (s.status.equals("unsubscribed")) {
        s.unsubscribedAt = now;
      }
    }
    s.updatedAt = now;
  }

  /**
   * Validates a create ({@code partial == false}) or update body; returns the valid fields, with
   * the defaults of a create filled in.
   */
  private static Map<String, Object> subscriberInput(
      Map<String, Object> body, boolean partial, ApiError.Details details) {
    Map<String, Object> input = new LinkedHashMap<>();
    if (body.containsKey("email")) {
      Object email = body.get("email");
      if (email == null) {
        details.add("email", partial ? "must not be null" : "is required");
      } else if (!(email instanceof String)) {
        details.add("email", "must be a string");
      } else if (((String) email).trim().isEmpty()) {
        details.add("email", "is required");
      } else if (((String) email).length() > 254) {
        details.add("email", "must be at most 254 characters");
      } else if (!EMAIL.matcher(((String) email).trim()).matches()) {
        details.add("email", "must be a valid email address");
      } else {
        input.put("email", email);
      }
    } else if (!partial) {
      details.add("email", "is required");
    }
    nullableString(body, "firstName", 100, input, details);
    nullableString(body, "lastName", 100, input, details);
    nullableString(body, "source", 160, input, details);
    if (body.containsKey("status")) {
      Object status = body.get("status");
      if (status == null) {
        if (partial) {
          details.add("status", "must not be null");
        }
      } else if (!STATUSES.contains(status)) {
        details.add("status", "must be one of " + String.join(", ", STATUSES));
      } else {
        input.put("status", status);
      }
    }
    if (body.containsKey("confirmed")) {
      Object confirmed = body.get("confirmed");
      if (confirmed == null) {
        if (partial) {
          details.add("confirmed", "must not be null");
        }
      } else if (!(confirmed instanceof Boolean)) {
        details.add("confirmed", "must be a boolean");
      } else {
        input.put("confirmed", confirmed);
      }
    }
    if (body.containsKey("tags")) {
      Object tags = body.get("tags");
      if (tags == null) {
        input.put("tags", List.of());
      } else if (!(tags instanceof List)) {
        details.add("tags", "must be an array of tag names");
      } else {
        List<String> names = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<?> list = (List<?>) tags;
        boolean valid = true;
        for (int i = 0; i < list.size(); i++) {
          Object name = list.get(i);
          String problem = tagNameProblem(name);
          if (problem != null) {
            details.add("tags[" + i + "]", problem);
            valid = false;
          } else if (seen.add(lower((String) name))) {
            names.add((String) name);
          }
        }
        if (valid) {
          input.put("tags", names);
        }
      }
    }
    if (body.containsKey("customFields")) {
      Object fields = body.get("customFields");
      if (fields == null) {
        input.put("customFields", Map.of());
      } else if (!(fields instanceof Map)) {
        details.add("customFields", "must be an object");
      } else {
        boolean valid = true;
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) fields).entrySet()) {
          Object value = entry.getValue();
          if (value instanceof Map || value instanceof List) {
            details.add(
                "customFields." + entry.getKey(), "must be a string, number, boolean or null");
            valid = false;
          }
        }
        if (valid) {
          input.put("customFields", fields);
        }
      }
    }
    optIn(body, details);
    return input;
  }

  private static void optIn(Map<String, Object> body, ApiError.Details details) {
    if (body.containsKey("optInAttestation")
        && !Boolean.TRUE.equals(body.get("optInAttestation"))) {
      details.add("optInAttestation", "must be true when sent");
    }
  }

  private static void nullableString(
      Map<String, Object> body,
      String field,
      int max,
      Map<String, Object> input,
      ApiError.Details details) {
    if (!body.containsKey(field)) {
      return;
    }
    Object value = body.get(field);
    if (value != null && !(value instanceof String)) {
      details.add(field, "must be a string or null");
    } else if (value != null && length((String) value) > max) {
      details.add(field, "must be at most " + max + " characters");
    } else {
      input.put(field, value);
    }
  }

  private Reply updateSubscriber(String id, RecordedRequest request, Instant now) {
    Sub s = subscriber(id);
    Map<String, Object> body = body(request);
    ApiError.Details details = new ApiError.Details();
    Map<String, Object> input = subscriberInput(body, true, details);
    if (!details.isEmpty()) {
      throw ApiError.validation(details);
    }
    if (input.containsKey("email")) {
      Sub other = subsByEmail.get(lower(((String) input.get("email")).trim()));
      if (other != null && other != s) {
        throw ApiError.conflict("A subscriber with this email already exists.");
      }
    }
    apply(s, input, now);
    return ok(200, render(s), null);
  }

  private Reply deleteSubscriber(String id) {
    Sub s = subscriber(id);
    subsBySeq.remove(s.seq);
    subsById.remove(s.id);
    subsByEmail.remove(s.emailNormalized);
    for (Tag tag : s.tags) {
      tag.members.remove(s);
    }
    return ok(200, deleted(s.id, "deleted"), null);
  }

  private Reply bulkCreate(Map<String, Object> body, Instant now) {
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
    optIn(body, top);
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
      Map<String, Object> input = subscriberInput(rowBody, false, details);
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
      if (subsByEmail.containsKey(normalized)) {
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
    return ok(200, data, null);
  }

  private static Map<String, Object> failure(int index, String email, String code, String msg) {
    Map<String, Object> failure = new LinkedHashMap<>();
    failure.put("index", index);
    failure.put("email", email);
    failure.put("code", code);
    failure.put("message", msg);
    return failure;
  }

  private Sub subscriber(String id) {
    Sub s = subsById.get(id);
    if (s == null) {
      throw ApiError.notFound("Subscriber not found.");
    }
    return s;
  }

  private Map<String, Object> render(Sub s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id);
    m.put("email", s.email);
    m.put("emailNormalized", s.emailNormalized);
    m.put("firstName", s.firstName);
    m.put("lastName", s.lastName);
    m.put("status", s.status);
    m.put("confirmed", s.confirmed);
    m.put("tags", tagNames(s));
    m.put("customFields", s.customFields);
    m.put("source", s.source);
    m.put("subscribedAt", s.subscribedAt);
    m.put("unsubscribedAt", s.unsubscribedAt);
    m.put("createdAt", s.createdAt);
    m.put("updatedAt", s.updatedAt);
    return m;
  }

  private static List<String> tagNames(Sub s) {
    List<String> names = new ArrayList<>(s.tags.size());
    for (Tag tag : s.tags) {
      names.add(tag.name);
    }
    return names;
  }

  // ---------------------------------------------------------------------------------------------
  // Tags.

  private Reply listTags(HttpUrl url) {
    ApiError.Details details = new ApiError.Details();
    int limit = limit(url, details);
    long offset = offset(url, details);
    Long after = cursor(url, "tag", details);
    if (!details.isEmpty()) {
      throw ApiError.validation(details);
    }
    return page(tagsBySeq, t -> true, limit, offset, after, "tag", this::render);
  }

  private Reply createTag(Map<String, Object> body, Instant now) {
    ApiError.Details details = new ApiError.Details();
    if (!body.containsKey("name") || body.get("name") == null) {
      details.add("name", "is required");
    } else {
      String problem = tagNameProblem(body.get("name"));
      if (problem != null) {
        details.add("name", problem);
      }
    }
    description(body, details);
    if (!details.isEmpty()) {
      throw ApiError.validation(details);
    }
    String name = (String) body.get("name");
    if (tagsByName.containsKey(lower(name))) {
      throw ApiError.conflict("A tag with this name already exists.");
    }
    return ok(201, render(insertTag(name, (String) body.get("description"), now)), null);
  }

  private Reply updateTag(String id, RecordedRequest request, Instant now) {
    Tag tag = tag(id);
    Map<String, Object> body = body(request);
    ApiError.Details details = new ApiError.Details();
    if (body.containsKey("name")) {
      String problem =
          body.get("name") == null ? "must not be null" : tagNameProblem(body.get("name"));
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
      Tag other = tagsByName.get(lower(name));
      if (other != null && other != tag) {
        throw ApiError.conflict("A tag with this name already exists.");
      }
      tagsByName.remove(lower(tag.name));
      tag.name = name;
      tagsByName.put(lower(name), tag);
    }
    if (body.containsKey("description")) {
      tag.description = (String) body.get("description");
    }
    tag.updatedAt = now;
    return ok(200, render(tag), null);
  }

  private Reply deleteTag(String id) {
    Tag tag = tag(id);
    tagsBySeq.remove(tag.seq);
    tagsById.remove(tag.id);
    tagsByName.remove(lower(tag.name));
    for (Sub s : tag.members) {
      s.tags.remove(tag);
    }
    tag.members.clear();
    return ok(200, deleted(tag.id, "deleted"), null);
  }

  private static void description(Map<String, Object> body, ApiError.Details details) {
    Object description = body.get("description");
    if (description != null && !(description instanceof String)) {
      details.add("description", "must be a string or null");
    }
  }

  private static String tagNameProblem(Object name) {
    if (!(name instanceof String)) {
      return "must be a string";
    }
    String s = (String) name;
    if (s.trim().isEmpty() || length(s) > 64) {
      return "must be 1 to 64 characters";
    }
    return null;
  }

  private Tag insertTag(String name, String description, Instant now) {
    Tag tag = new Tag(nextSeq++, "tag_" + hex(24), now);
    tag.name = name;
    tag.description = description;
    tagsBySeq.put(tag.seq, tag);
    tagsById.put(tag.id, tag);
    tagsByName.put(lower(name), tag);
    return tag;
  }

  private Tag tag(String id) {
    Tag tag = tagsById.get(id);
    if (tag == null) {
      throw ApiError.notFound("Tag not found.");
    }
    return tag;
  }

  private Map<String, Object> render(Tag tag) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", tag.id);
    m.put("name", tag.name);
    m.put("description", tag.description);
    m.put("subscriberCount", tag.members.size());
    m.put("createdAt", tag.createdAt);
    m.put("updatedAt", tag.updatedAt);
    return m;
  }

  // ---------------------------------------------------------------------------------------------
  // API keys.

  private Reply listKeys() {
    List<Object> keys = new ArrayList<>();
    for (Key key : keysById.values()) {
      if (!key.revoked) {
        keys.add(render(key));
      }
    }
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("total", keys.size());
    return ok(200, keys, meta);
  }

  private Reply createKey(Map<String, Object> body, Instant now) {
    ApiError.Details details = new ApiError.Details();
    Object name = body.get("name");
    if (name == null) {
      details.add("name", "is required");
    } else if (!(name instanceof String)
        || ((String) name).trim().isEmpty()
        || length((String) name) > 100) {
      details.add("name", "must be 1 to 100 characters");
    }
    Object days = body.get("expirationDays");
    Instant expiresAt = null;
    if (days != null) {
      if (!(days instanceof BigDecimal) || !isInteger((BigDecimal) days)) {
        details.add("expirationDays", "must be an integer between 1 and 365");
      } else {
        BigDecimal d = (BigDecimal) days;
        if (d.compareTo(BigDecimal.ONE) < 0 || d.compareTo(BigDecimal.valueOf(365)) > 0) {
          details.add("expirationDays", "must be an integer between 1 and 365");
        } else {
          expiresAt = now.plus(Duration.ofDays(d.longValue()));
        }
      }
    }
    Object scope = body.get("scope");
    if (scope != null && !"full".equals(scope) && !"restricted".equals(scope)) {
      details.add("scope", "must be full or restricted");
    }
    if (!details.isEmpty()) {
      throw ApiError.validation(details);
    }
    Key key = newKey((String) name, scope == null ? "full" : (String) scope, expiresAt, null, now);
    Map<String, Object> data = render(key);
    data.put("apiKey", key.secret);
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("warning", "Store this API key now; it will not be shown again.");
    return ok(201, data, meta);
  }

  /** The {@code createKey} convenience of {@link MaitoEmulator}. */
  String createKey(String name, String scope, Duration expiresIn) {
    synchronized (lock) {
      Instant now = now();
      return newKey(name, scope, expiresIn == null ? null : now.plus(expiresIn), null, now).secret;
    }
  }

  private Key newKey(String name, String scope, Instant expiresAt, String secret, Instant now) {
    String s = secret != null ? secret : "mk_" + hex(32);
    Key key = new Key("key_" + hex(24), name, s, scope, now, expiresAt);
    keysById.put(key.id, key);
    keysBySecret.put(key.secret, key);
    return key;
  }

  private Reply revokeKey(String id) {
    Key key = keysById.get(id);
    if (key == null || key.revoked) {
      throw ApiError.notFound("API key not found.");
    }
    key.revoked = true;
    return ok(200, deleted(key.id, "revoked"), null);
  }

  private Map<String, Object> render(Key key) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", key.id);
    m.put("name", key.name);
    m.put("keyPrefix", key.secret.substring(0, 6) + "****");
    m.put("scope", key.scope);
    m.put("rateLimit", Math.round(rateLimit * 60_000.0 / rateWindow.toMillis()));
    m.put("lastUsedAt", key.lastUsedAt);
    m.put("createdAt", key.createdAt);
    m.put("expiresAt", key.expiresAt);
    return m;
  }

  // ---------------------------------------------------------------------------------------------
  // Paging and query parameters.

  private <T> Reply page(
      NavigableMap<Long, T> rows,
      Predicate<T> filter,
      int limit,
      long offset,
      Long after,
      String kind,
      Function<T, Map<String, Object>> render) {
    List<Object> items = new ArrayList<>();
    long matching = 0;
    long skipped = 0;
    long lastSeq = 0;
    boolean more = false;
    for (Map.Entry<Long, T> row : rows.entrySet()) {
      if (!filter.test(row.getValue())) {
        continue;
      }
      matching++;
      if (after != null && row.getKey() <= after) {
        continue;
      }
      if (skipped < offset) {
        skipped++;
      } else if (items.size() < limit) {
        items.add(render.apply(row.getValue()));
        lastSeq = row.getKey();
      } else {
        more = true;
      }
    }
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("total", matching);
    meta.put("limit", limit);
    meta.put("nextCursor", more && paging == Paging.CURSOR ? encodeCursor(kind, lastSeq) : null);
    return ok(200, items, meta);
  }

  private static String encodeCursor(String kind, long seq) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((kind + ":" + seq).getBytes(StandardCharsets.UTF_8));
  }

  private Long cursor(HttpUrl url, String kind, ApiError.Details details) {
    String cursor = url.queryParameter("cursor");
    if (cursor == null || paging == Paging.OFFSET_ONLY) {
      return null;
    }
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (decoded.startsWith(kind + ":")) {
        return Long.parseLong(decoded.substring(kind.length() + 1));
      }
    } catch (IllegalArgumentException e) {
      // Falls through: not a cursor of ours (NumberFormatException is an IllegalArgumentException).
    }
    details.add("cursor", "is not a valid cursor");
    return null;
  }

  private static int limit(HttpUrl url, ApiError.Details details) {
    String limit = url.queryParameter("limit");
    if (limit == null) {
      return DEFAULT_LIMIT;
    }
    try {
      int value = Integer.parseInt(limit);
      if (value >= 1 && value <= MAX_LIMIT) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Falls through.
    }
    details.add("limit", "must be an integer between 1 and " + MAX_LIMIT);
    return DEFAULT_LIMIT;
  }

  private static long offset(HttpUrl url, ApiError.Details details) {
    String offset = url.queryParameter("offset");
    if (offset == null) {
      return 0;
    }
    try {
      long value = Long.parseLong(offset);
      if (value >= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Falls through.
    }
    details.add("offset", "must be an integer >= 0");
    return 0;
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers.

  @SuppressWarnings("unchecked")
  private static Map<String, Object> body(RecordedRequest request) {
    ByteString bytes = request.getBody();
    Object value;
    try {
      value = Json.parse(bytes == null ? new byte[0] : bytes.toByteArray());
    } catch (Json.MalformedJsonException e) {
      throw ApiError.validation("body", "must be well-formed JSON: " + e.getMessage());
    }
    if (!(value instanceof Map)) {
      throw ApiError.validation("body", "must be a JSON object");
    }
    return (Map<String, Object>) value;
  }

  private static Reply ok(int status, Object data, Map<String, Object> meta) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("ok", true);
    envelope.put("data", data);
    if (meta != null) {
      envelope.put("meta", meta);
    }
    return new Reply(status, JSON_TYPE, Json.write(envelope), new LinkedHashMap<>());
  }

  private static Map<String, Object> deleted(String id, String flag) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", id);
    data.put(flag, true);
    return data;
  }

  private static boolean isInteger(BigDecimal value) {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** Lower-case hex digits from the seeded random; guarded by lock. */
  private String hex(int digits) {
    StringBuilder sb = new StringBuilder(digits);
    while (sb.length() < digits) {
      sb.append(String.format(Locale.ROOT, "%016x", random.nextLong()));
    }
    return sb.substring(0, digits);
  }

  // ---------------------------------------------------------------------------------------------
  // Snapshots and reset for the facade.

  List<EmulatedSubscriber> storedSubscribers() {
    synchronized (lock) {
      List<EmulatedSubscriber> list = new ArrayList<>(subsBySeq.size());
      for (Sub s : subsBySeq.values()) {
        list.add(
            new EmulatedSubscriber(
                s.id,
                s.email,
                s.emailNormalized,
                s.firstName,
                s.lastName,
                s.status,
                s.confirmed,
                tagNames(s),
                s.customFields,
                s.source,
                s.subscribedAt,
                s.unsubscribedAt,
                s.createdAt,
                s.updatedAt));
      }
      return List.copyOf(list);
    }
  }

  List<EmulatedTag> storedTags() {
    synchronized (lock) {
      List<EmulatedTag> list = new ArrayList<>(tagsBySeq.size());
      for (Tag t : tagsBySeq.values()) {
        list.add(
            new EmulatedTag(
                t.id, t.name, t.description, t.members.size(), t.createdAt, t.updatedAt));
      }
      return List.copyOf(list);
    }
  }

  void reset() {
    synchronized (lock) {
      subsBySeq.clear();
      subsById.clear();
      subsByEmail.clear();
      tagsBySeq.clear();
      tagsById.clear();
      tagsByName.clear();
      idempotency.clear();
      keysById.clear();
      keysBySecret.clear();
      keysById.put(bootstrap.id, bootstrap);
      keysBySecret.put(bootstrap.secret, bootstrap);
      bootstrap.revoked = false;
      bootstrap.lastUsedAt = null;
      bootstrap.windowStart = null;
      bootstrap.windowCount = 0;
    }
    faults.clear();
    countsByRoute.clear();
    countsByStatus.clear();
    total.reset();
  }

  // ---------------------------------------------------------------------------------------------
  // State records.

  /** A reply before it becomes a MockResponse. */
  static final class Reply {
    final int status;
    final String contentType;
    final byte[] body;
    final Map<String, String> headers;

    Reply(int status, String contentType, byte[] body, Map<String, String> headers) {
      this.status = status;
      this.contentType = contentType;
      this.body = body;
      this.headers = headers;
    }

    Reply withHeaders(Map<String, String> more) {
      Map<String, String> merged = new LinkedHashMap<>(more);
      merged.putAll(headers);
      return new Reply(status, contentType, body, merged);
    }
  }

  private static final class Sub {
    final long seq;
    final String id;
    final Instant createdAt;
    String email;
    String emailNormalized;
    String firstName;
    String lastName;
    String status;
    boolean confirmed;
    final List<Tag> tags = new ArrayList<>();
    Map<String, Object> customFields = new LinkedHashMap<>();
    String source;
    Instant subscribedAt;
    Instant unsubscribedAt;
    Instant updatedAt;

    Sub(long seq, String id, Instant createdAt) {
      this.seq = seq;
      this.id = id;
      this.createdAt = createdAt;
    }
  }

  private static final class Tag {
    final long seq;
    final String id;
    final Instant createdAt;
    String name;
    String description;
    Instant updatedAt;
    final Set<Sub> members = new LinkedHashSet<>();

    Tag(long seq, String id, Instant createdAt) {
      this.seq = seq;
      this.id = id;
      this.createdAt = createdAt;
      this.updatedAt = createdAt;
    }
  }

  private static final class Key {
    final String id;
    final String name;
    final String secret;
    final String scope;
    final Instant createdAt;
    final Instant expiresAt;
    Instant lastUsedAt;
    boolean revoked;
    Instant windowStart;
    int windowCount;

    Key(String id, String name, String secret, String scope, Instant createdAt, Instant expiresAt) {
      this.id = id;
      this.name = name;
      this.secret = secret;
      this.scope = scope;
      this.createdAt = createdAt;
      this.expiresAt = expiresAt;
    }
  }

  private static final class IdempotencyRecord {
    final byte[] fingerprint;
    final int status;
    final byte[] body;
    final Instant createdAt;

    IdempotencyRecord(byte[] fingerprint, int status, byte[] body, Instant createdAt) {
      this.fingerprint = fingerprint;
      this.status = status;
      this.body = body;
      this.createdAt = createdAt;
    }
  }
}
