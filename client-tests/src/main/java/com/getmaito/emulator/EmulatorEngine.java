package com.getmaito.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okio.Buffer;

/**
 * Dispatch and the request chain. Each request draws a fault first; a request that reaches the API
 * then goes through route, method, key, rate budget, scope, content type and idempotency to its
 * resource, all under the store's one lock, which also makes idempotency keys race-free.
 *
 * <p>The pieces, one job each: {@link Store} (the maps and the lock), {@link Subscribers} with
 * {@link SubscriberInput}, {@link Tags} and {@link ApiKeys} (a resource each, with its validation),
 * {@link Pager} (limit, cursor, offset, meta), {@link IdempotencyStore}, {@link RateBudget} (spend
 * and the {@code RateLimit-*} headers), {@link Reply} and {@link HttpStatuses} (envelopes, reason
 * phrases, error codes), {@link Statistics}, {@link Faults}.
 */
final class EmulatorEngine extends Dispatcher {
  private final Store store;
  private final RateBudget budget;
  private final Pager pager;
  private final IdempotencyStore idempotency;
  private final ApiKeys keys;
  private final Tags tags;
  private final Subscribers subscribers;
  private final Faults faults;
  private final Statistics statistics = new Statistics();
  private final long seed;
  private final AtomicLong requestCounter = new AtomicLong();
  private final KeyRow bootstrap;
  private volatile MockWebServer server;

  EmulatorEngine(
      Clock clock,
      int rateLimit,
      Duration rateWindow,
      Paging paging,
      long seed,
      long idempotencyBudgetBytes) {
    this.idempotency = new IdempotencyStore(idempotencyBudgetBytes);
    this.store = new Store(clock, seed);
    this.budget = new RateBudget(store, rateLimit, rateWindow);
    this.pager = new Pager(paging);
    this.keys = new ApiKeys(store, budget);
    this.tags = new Tags(store, pager);
    this.subscribers = new Subscribers(store, pager, tags);
    this.seed = seed;
    this.faults = new Faults(seed);
    synchronized (store.lock) {
      this.bootstrap = keys.insert("Bootstrap", "full", null, "sk_emu_" + store.hex(32), now());
    }
  }

  void attach(MockWebServer server) {
    this.server = server;
  }

  Faults faults() {
    return faults;
  }

  Statistics statistics() {
    return statistics;
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
    Route route = Route.match(request.getUrl());
    String template = route != null ? route.template : request.getUrl().encodedPath();
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
    } else if (fault.kind == FaultAction.Kind.STATUS || fault.kind == FaultAction.Kind.RAW) {
      Reply reply = fault.reply(budget.headers(keys.peek(request.getHeaders()), now()));
      response = toResponse(reply, requestId);
      status = reply.status;
    } else {
      if (fault.kind == FaultAction.Kind.DISCONNECT_AFTER) {
        process(request, route);
      }
      response = disconnect();
      status = 0;
    }
    statistics.record(request.getMethod(), template, status);
    return response;
  }

  private static MockResponse disconnect() {
    return new MockResponse.Builder()
        .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
        .build();
  }

  private static MockResponse toResponse(Reply reply, String requestId) {
    MockResponse.Builder builder =
        new MockResponse.Builder()
            .status("HTTP/1.1 " + reply.status + " " + HttpStatuses.reason(reply.status));
    if (reply.contentType != null) {
      builder.setHeader("Content-Type", reply.contentType);
    }
    builder.setHeader("X-Request-Id", requestId);
    for (Map.Entry<String, String> header : reply.headers.entrySet()) {
      builder.setHeader(header.getKey(), header.getValue());
    }
    return builder.body(new Buffer().write(reply.body)).build();
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
  // The request chain: route, auth, rate limit, scope, idempotency, handler.

  private Reply process(RecordedRequest request, Route route) {
    String method = request.getMethod();
    Headers headers = request.getHeaders();
    String idempotencyKey = method.equals("POST") ? headers.get("Idempotency-Key") : null;
    // A pure function of the request (it parses the body): computed before taking the lock.
    byte[] fingerprint = idempotencyKey == null ? null : IdempotencyStore.fingerprint(request);
    synchronized (store.lock) {
      Instant now = now();
      KeyRow key = null;
      try {
        if (route == null) {
          throw ApiError.notFound("No route for " + method + " " + request.getUrl().encodedPath());
        }
        if (!route.methods.contains(method)) {
          throw new ApiError(
                  405, "METHOD_NOT_ALLOWED", method + " is not allowed on " + route.template + ".")
              .header("Allow", String.join(", ", route.methods));
        }
        key = keys.authenticate(headers, now);
        key.lastUsedAt = now;
        budget.spend(key, now);
        if (route.kind.apiKeys && key.scope.equals("restricted")) {
          throw new ApiError(403, "FORBIDDEN", "A restricted API key cannot manage API keys.");
        }
        Bodies.requireJson(request);
        if (idempotencyKey == null) {
          return handleOrError(request, route, key, now);
        }
        IdempotencyStore.IdempotencyRecord record =
            idempotency.find(key.id, idempotencyKey, fingerprint, now);
        if (record != null) {
          Map<String, String> replayed = budget.headers(key, now);
          replayed.put("Idempotent-Replayed", "true");
          return new Reply(record.status, Reply.JSON_TYPE, record.body, replayed);
        }
        Reply reply = handleOrError(request, route, key, now);
        idempotency.remember(key.id, idempotencyKey, fingerprint, reply, now);
        return reply;
      } catch (ApiError e) {
        return Reply.error(e, budget.headers(key != null ? key : keys.peek(headers), now));
      } catch (RuntimeException e) {
        // A bug in the emulator: answer it rather than drop the connection.
        ApiError error = new ApiError(500, "INTERNAL", "Emulator error: " + e);
        return Reply.error(error, budget.headers(key != null ? key : keys.peek(headers), now));
      }
    }
  }

  private Reply handleOrError(RecordedRequest request, Route route, KeyRow key, Instant now) {
    try {
      return handle(request, route, now).withHeaders(budget.headers(key, now));
    } catch (ApiError e) {
      return Reply.error(e, budget.headers(key, now));
    }
  }

  private Reply handle(RecordedRequest request, Route route, Instant now) {
    String method = request.getMethod();
    HttpUrl url = request.getUrl();
    switch (route.kind) {
      case SUBSCRIBERS:
        return method.equals("GET")
            ? subscribers.list(url)
            : subscribers.create(Bodies.jsonObject(request), now);
      case SUBSCRIBER:
        switch (method) {
          case "GET":
            return subscribers.retrieve(route.id);
          case "PUT":
            return subscribers.update(route.id, request, now);
          default:
            return subscribers.delete(route.id);
        }
      case BULK:
        return subscribers.bulkCreate(Bodies.jsonObject(request), now);
      case TAGS:
        return method.equals("GET") ? tags.list(url) : tags.create(Bodies.jsonObject(request), now);
      case TAG:
        switch (method) {
          case "GET":
            return tags.retrieve(route.id);
          case "PUT":
            return tags.update(route.id, request, now);
          default:
            return tags.delete(route.id);
        }
      case KEYS:
        return method.equals("GET") ? keys.list() : keys.create(Bodies.jsonObject(request), now);
      case KEY:
      default:
        return keys.revoke(route.id);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The facade's direct access: keys, snapshots, reset.

  /** The {@code createKey} convenience of {@link MaitoEmulator}. */
  String createKey(String name, String scope, Duration expiresIn) {
    synchronized (store.lock) {
      Instant now = now();
      return keys.insert(name, scope, expiresIn == null ? null : now.plus(expiresIn), null, now)
          .secret;
    }
  }

  List<EmulatedSubscriber> storedSubscribers() {
    return subscribers.snapshot();
  }

  List<EmulatedTag> storedTags() {
    return tags.snapshot();
  }

  /** How many stored rows list requests have looked at; for tests. */
  long rowsVisited() {
    synchronized (store.lock) {
      return pager.rowsVisited();
    }
  }

  void reset() {
    synchronized (store.lock) {
      store.clear();
      idempotency.clear();
      store.keysById.put(bootstrap.id, bootstrap);
      store.keysBySecret.put(bootstrap.secret, bootstrap);
      bootstrap.revoked = false;
      bootstrap.lastUsedAt = null;
      bootstrap.windowStart = null;
      bootstrap.windowCount = 0;
    }
    faults.clear();
    statistics.clear();
  }

  private Instant now() {
    return store.now();
  }
}
