package com.getmaito.benchmarks;

import com.getmaito.benchmarks.generated.ApiException;
import com.getmaito.client.MaitoClient;
import com.getmaito.client.Page;
import com.getmaito.client.model.BulkCreateParams;
import com.getmaito.client.model.BulkCreateResult;
import com.getmaito.client.model.Subscriber;
import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.client.model.SubscriberListParams;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-call cost of the SDK against {@link BareClient} and {@link GeneratedClient}, the same request
 * and response on loopback: retrieve one subscriber, a page of 500, a bulk create of 100. Each call
 * is named {@code <call>_sdk} / {@code <call>_bare} / {@code <call>_generated}; {@link Compare}
 * runs them alternated and prints ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class CallBenchmark {
  static final String API_KEY = "sk_test_benchmark0000000000000000";

  private LoopbackServer server;
  private MaitoClient sdk;
  private BareClient bare;
  private SubscriberListParams listParams;
  private BulkCreateParams bulkParams;
  private BareClient.BulkRequest bulkRequest;
  private GeneratedClient generated;
  private com.getmaito.benchmarks.generated.model.BulkCreateRequest generatedBulkRequest;

  /** Starts the server and both clients; builds the request values once. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server =
        new LoopbackServer()
            .route("GET", "/v1/newsletter/subscribers/sub_1", Fixtures.retrieveBody())
            .route("GET", "/v1/newsletter/subscribers", Fixtures.listBody())
            .route("POST", "/v1/newsletter/subscribers/bulk", Fixtures.bulkBody());
    sdk = MaitoClient.builder().apiKey(API_KEY).baseUrl(server.baseUrl()).build();
    bare = new BareClient(server.baseUrl(), API_KEY);
    listParams = SubscriberListParams.builder().limit(Fixtures.PAGE_SIZE).build();
    List<Fixtures.Row> rows = Fixtures.bulkRows();
    bulkParams =
        BulkCreateParams.of(
            rows.stream()
                .map(
                    r ->
                        SubscriberCreateParams.builder()
                            .email(r.email())
                            .firstName(r.firstName())
                            .lastName(r.lastName())
                            .tags(r.tags())
                            .customFields(r.customFields())
                            .source(r.source())
                            .build())
                .toList());
    bulkRequest = BareClient.bulkRequest(rows);
    generated = new GeneratedClient(server.baseUrl(), API_KEY);
    generatedBulkRequest = GeneratedClient.bulkRequest(rows);
  }

  /** Closes the clients and the server. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    sdk.close();
    bare.close();
    generated.close();
    server.close();
  }

  /** The SDK: one subscriber. */
  @Benchmark
  public Subscriber retrieve_sdk() {
    return sdk.subscribers().retrieve("sub_1");
  }

  /** Bare OkHttp + Moshi: one subscriber. */
  @Benchmark
  public Object retrieve_bare() throws IOException {
    return bare.retrieve("sub_1");
  }

  /** The generated OpenAPI client: one subscriber. */
  @Benchmark
  public Object retrieve_generated() throws ApiException {
    return generated.retrieve("sub_1");
  }

  /** The SDK: a page of 500. */
  @Benchmark
  public Page<Subscriber> list500_sdk() {
    return sdk.subscribers().list(listParams);
  }

  /** Bare OkHttp + Moshi: a page of 500. */
  @Benchmark
  public Object list500_bare() throws IOException {
    return bare.list(Fixtures.PAGE_SIZE);
  }

  /** The generated OpenAPI client: a page of 500. */
  @Benchmark
  public Object list500_generated() throws ApiException {
    return generated.list(Fixtures.PAGE_SIZE);
  }

  /** The SDK: a bulk create of 100. */
  @Benchmark
  public BulkCreateResult bulk100_sdk() {
    return sdk.subscribers().bulkCreate(bulkParams);
  }

  /** Bare OkHttp + Moshi: a bulk create of 100. */
  @Benchmark
  public Object bulk100_bare() throws IOException {
    return bare.bulkCreate(bulkRequest);
  }

  /** The generated OpenAPI client: a bulk create of 100. */
  @Benchmark
  public Object bulk100_generated() throws ApiException {
    return generated.bulkCreate(generatedBulkRequest);
  }
}
