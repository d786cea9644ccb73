package com.getmaito.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One shape per call: each sync service and its async twin offer the same calls (names and
 * parameter types), the async one returning {@code CompletableFuture<T>} where the sync one returns
 * {@code T}; every call has both a plain form and a {@code RequestOptions} form; and each service's
 * {@code withRawResponse()} view offers its calls returning {@code RawResponse<T>}.
 */
class CallShapesTest {

  static List<Arguments> services() {
    return List.of(
        Arguments.of(SubscriberService.class, SubscriberServiceAsync.class),
        Arguments.of(TagService.class, TagServiceAsync.class),
        Arguments.of(ApiKeyService.class, ApiKeyServiceAsync.class),
        Arguments.of(MaitoClient.class, MaitoClientAsync.class));
  }

  static List<Class<?>> serviceClasses() {
    return List.of(
        SubscriberService.class,
        SubscriberServiceAsync.class,
        TagService.class,
        TagServiceAsync.class,
        ApiKeyService.class,
        ApiKeyServiceAsync.class,
        SubscriberServiceWithRawResponse.class,
        SubscriberServiceAsyncWithRawResponse.class,
        TagServiceWithRawResponse.class,
        TagServiceAsyncWithRawResponse.class,
        ApiKeyServiceWithRawResponse.class,
        ApiKeyServiceAsyncWithRawResponse.class);
  }

  /** Calls made of several requests: no one response to show, so not on the raw views. */
  private static final List<String> SEVERAL_REQUESTS =
      List.of("findByEmail", "upsert", "updateCustomFields");

  @ParameterizedTest
  @MethodSource("serviceClasses")
  void theRawViewOffersEveryOneRequestCallReturningARawResponse(Class<?> service) throws Exception {
    if (service.getSimpleName().endsWith("WithRawResponse")) {
      return;
    }
    Class<?> view = service.getMethod("withRawResponse").getReturnType();
    assertEquals(
        service.getName() + "WithRawResponse", view.getName(), "the view is named for its service");
    Map<String, Type> expected = calls(service);
    expected.keySet().removeIf(c -> SEVERAL_REQUESTS.contains(c.substring(0, c.indexOf('('))));
    Map<String, Type> actual = calls(view);
    assertEquals(expected.keySet(), actual.keySet(), view.getName() + " must offer the calls");
    boolean async = service.getSimpleName().endsWith("Async");
    for (Map.Entry<String, Type> call : expected.entrySet()) {
      Type value = call.getValue();
      Type raw = actual.get(call.getKey());
      if (async) {
        value = ((ParameterizedType) value).getActualTypeArguments()[0];
        assertEquals(
            CompletableFuture.class, ((ParameterizedType) raw).getRawType(), call.getKey());
        raw = ((ParameterizedType) raw).getActualTypeArguments()[0];
      }
      assertEquals(RawResponse.class, ((ParameterizedType) raw).getRawType(), call.getKey());
      assertEquals(
          value,
          ((ParameterizedType) raw).getActualTypeArguments()[0],
          view.getName() + "." + call.getKey() + " must hold what the plain call returns");
    }
  }

  @ParameterizedTest
  @MethodSource("services")
  void asyncServiceOffersTheSyncCallsReturningFutures(Class<?> sync, Class<?> async) {
    Map<String, Type> syncCalls = calls(sync);
    Map<String, Type> asyncCalls = calls(async);
    if (sync == MaitoClient.class) {
      // The client has more than services (builder, close, async()): compare the services only.
      syncCalls.values().removeIf(t -> !t.getTypeName().endsWith("Service"));
    }

    assertEquals(
        syncCalls.keySet(),
        asyncCalls.keySet(),
        sync.getSimpleName() + " and " + async.getSimpleName() + " must offer the same calls");
    for (Map.Entry<String, Type> call : syncCalls.entrySet()) {
      Type expected = call.getValue();
      Type actual = asyncCalls.get(call.getKey());
      if (sync == MaitoClient.class) {
        // subscribers() returns SubscriberService there, SubscriberServiceAsync here.
        assertEquals(
            expected.getTypeName() + "Async",
            actual.getTypeName(),
            async.getSimpleName() + "." + call.getKey() + " must return the async service");
        continue;
      }
      assertTrue(
          actual instanceof ParameterizedType
              && ((ParameterizedType) actual).getRawType() == CompletableFuture.class,
          async.getSimpleName() + "." + call.getKey() + " must return a CompletableFuture");
      assertEquals(
          expected,
          ((ParameterizedType) actual).getActualTypeArguments()[0],
          async.getSimpleName()
              + "."
              + call.getKey()
              + " must complete with what "
              + sync.getSimpleName()
              + " returns");
    }
  }

  @ParameterizedTest
  @MethodSource("serviceClasses")
  void everyCallHasAPlainAndARequestOptionsForm(Class<?> service) {
    Map<String, Type> calls = calls(service);
    List<String> missing = new ArrayList<>();
    String options = RequestOptions.class.getTypeName();
    for (String call : calls.keySet()) {
      String twin =
          call.endsWith(", " + options + ")")
              ? call.replace(", " + options + ")", ")")
              : call.endsWith("(" + options + ")")
                  ? call.replace("(" + options + ")", "()")
                  : call.endsWith("()")
                      ? call.replace("()", "(" + options + ")")
                      : call.replace(")", ", " + options + ")");
      if (!calls.containsKey(twin) && !isPlainListOfTheSameCall(call, calls)) {
        missing.add(twin);
      }
    }
    assertEquals(List.of(), missing, service.getSimpleName() + " lacks these forms");
  }

  /**
   * {@code list()} with neither params nor options is the one form beside the pair: it is {@code
   * list(XListParams.ofDefaults())}, so it needs no {@code list(RequestOptions)} twin as long as
   * {@code list(params)} and {@code list(params, RequestOptions)} exist.
   */
  private static boolean isPlainListOfTheSameCall(String call, Map<String, Type> calls) {
    return call.equals("list()")
        && calls.keySet().stream().anyMatch(c -> c.startsWith("list(") && !c.equals("list()"));
  }

  /** Public instance methods by {@code name(parameter types)}, each with its return type. */
  private static Map<String, Type> calls(Class<?> type) {
    Map<String, Type> calls = new TreeMap<>();
    for (Method m : type.getDeclaredMethods()) {
      int mod = m.getModifiers();
      if (!Modifier.isPublic(mod) || Modifier.isStatic(mod) || m.isSynthetic()) {
        continue;
      }
      if (m.getReturnType() == SubscriberImporter.class) {
        // Not a call: a job that runs its own threads, offered on the sync service only.
        continue;
      }
      if (m.getName().equals("withRawResponse")) {
        // Not a call: the view of the same calls with their responses (checked above).
        continue;
      }
      String params =
          Arrays.stream(m.getGenericParameterTypes())
              .map(Type::getTypeName)
              .collect(Collectors.joining(", "));
      calls.put(m.getName() + "(" + params + ")", m.getGenericReturnType());
    }
    return calls;
  }
}
