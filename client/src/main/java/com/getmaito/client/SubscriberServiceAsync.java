package com.getmaito.client;

import com.getmaito.client.errors.ConflictException;
import com.getmaito.client.internal.HttpPipeline;
import com.getmaito.client.model.BulkCreateParams;
import com.getmaito.client.model.BulkCreateResult;
import com.getmaito.client.model.DeleteResult;
import com.getmaito.client.model.Subscriber;
import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.client.model.SubscriberListParams;
import com.getmaito.client.model.SubscriberUpdateParams;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Subscribers, without blocking: each method returns a future that completes with the result or
 * with the same exception the sync {@link SubscriberService} would throw. Retries wait on a
 * scheduler, not a blocked thread. The calls and their shapes are those of {@link
 * SubscriberService}.
 *
 * <pre>{@code
 * client.async().subscribers()
 *     .create(SubscriberCreateParams.builder().email("ann@example.com").build())
 *     .thenAccept(s -> log.info("created {}", s.id()));
 * }</pre>
 */
public final class SubscriberServiceAsync {
  private final HttpPipeline pipeline;
  private final SubscriberServiceAsyncWithRawResponse raw;

  SubscriberServiceAsync(HttpPipeline pipeline) {
    this.pipeline = pipeline;
    this.raw = new SubscriberServiceAsyncWithRawResponse(pipeline);
  }

  /**
   * Creates a subscriber.
   *
   * @param params the email and the optional fields of the new subscriber
   * @return a future of the subscriber as stored, with its id
   * @see SubscriberService#create(SubscriberCreateParams)
   */
  public CompletableFuture<Subscriber> create(SubscriberCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /**
   * Creates a subscriber, with options for this call.
   *
   * @param params the email and the optional fields of the new subscriber
   * @param options overrides of the client's settings for this call
   * @return a future of the subscriber as stored, with its id
   * @see SubscriberService#create(SubscriberCreateParams)
   */
  public CompletableFuture<Subscriber> create(
      SubscriberCreateParams params, RequestOptions options) {
    return pipeline.executeAsync(Endpoints.createSubscriber(params), options);
  }

  /**
   * Retrieves a subscriber by id.
   *
   * @param id the subscriber's id
   * @return a future of the subscriber
   * @see SubscriberService#retrieve(String)
   */
  public CompletableFuture<Subscriber> retrieve(String id) {
    return retrieve(id, RequestOptions.none());
  }

  /**
   * Retrieves a subscriber by id, with options for this call.
   *
   * @param id the subscriber's id
   * @param options overrides of the client's settings for this call
   * @return a future of the subscriber
   * @see SubscriberService#retrieve(String)
   */
  public CompletableFuture<Subscriber> retrieve(String id, RequestOptions options) {
    return pipeline.executeAsync(Endpoints.retrieveSubscriber(id), options);
  }

  /**
   * Updates the fields set in {@code params}; fields set to null are cleared, the others kept.
   *
   * @param id the subscriber's id
   * @param params the fields to change
   * @return a future of the subscriber after the update
   * @see SubscriberService#update(String, SubscriberUpdateParams)
   */
  public CompletableFuture<Subscriber> update(String id, SubscriberUpdateParams params) {
    return update(id, params, RequestOptions.none());
  }

  /**
   * Updates the fields set in {@code params}, with options for this call.
   *
   * @param id the subscriber's id
   * @param params the fields to change
   * @param options overrides of the client's settings for this call
   * @return a future of the subscriber after the update
   * @see SubscriberService#update(String, SubscriberUpdateParams)
   */
  public CompletableFuture<Subscriber> update(
      String id, SubscriberUpdateParams params, RequestOptions options) {
    return pipeline.executeAsync(Endpoints.updateSubscriber(id, params), options);
  }

  /**
   * Deletes a subscriber.
   *
   * @param id the subscriber's id
   * @return a future of the server's confirmation, with the deleted id
   * @see SubscriberService#delete(String)
   */
  public CompletableFuture<DeleteResult> delete(String id) {
    return delete(id, RequestOptions.none());
  }

  /**
   * Deletes a subscriber, with options for this call.
   *
   * @param id the subscriber's id
   * @param options overrides of the client's settings for this call
   * @return a future of the server's confirmation, with the deleted id
   * @see SubscriberService#delete(String)
   */
  public CompletableFuture<DeleteResult> delete(String id, RequestOptions options) {
    return pipeline.executeAsync(Endpoints.deleteSubscriber(id), options);
  }

  /**
   * Lists all subscribers, 50 per page.
   *
   * @return a future of the first page; {@link Page#nextPageAsync()} fetches the next
   * @see SubscriberService#list()
   */
  public CompletableFuture<Page<Subscriber>> list() {
    return list(SubscriberListParams.ofDefaults(), RequestOptions.none());
  }

  /**
   * Lists the subscribers matching {@code params}.
   *
   * @param params the filters, page size and starting point
   * @return a future of the first page; {@link Page#nextPageAsync()} fetches the next
   * @see SubscriberService#list(SubscriberListParams)
   */
  public CompletableFuture<Page<Subscriber>> list(SubscriberListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * Lists the subscribers matching {@code params}, with options for this call and the pages after.
   *
   * @param params the filters, page size and starting point
   * @param options overrides of the client's settings for this call and every further page
   * @return a future of the first page
   * @see SubscriberService#list(SubscriberListParams)
   */
  public CompletableFuture<Page<Subscriber>> list(
      SubscriberListParams params, RequestOptions options) {
    return SubscriberService.pager(pipeline, params, options).firstAsync(params.offset());
  }

  /**
   * Creates up to 100 subscribers in one call; one bad row never fails the others.
   *
   * @param subscribers the rows, 1 to 100
   * @return a future of the created subscribers and the rows that failed
   * @throws IllegalArgumentException when {@code subscribers} is empty or holds more than 100
   *     (thrown, not returned in the future)
   * @see SubscriberService#bulkCreate(List)
   */
  public CompletableFuture<BulkCreateResult> bulkCreate(List<SubscriberCreateParams> subscribers) {
    return bulkCreate(BulkCreateParams.of(subscribers), RequestOptions.none());
  }

  /**
   * Creates up to 100 subscribers in one call, with options for this call.
   *
   * @param subscribers the rows, 1 to 100
   * @param options overrides of the client's settings for this call
   * @return a future of the created subscribers and the rows that failed
   * @see #bulkCreate(List)
   */
  public CompletableFuture<BulkCreateResult> bulkCreate(
      List<SubscriberCreateParams> subscribers, RequestOptions options) {
    return bulkCreate(BulkCreateParams.of(subscribers), options);
  }

  /**
   * Creates up to 100 subscribers in one call, with a batch-wide opt-in attestation if set.
   *
   * @param params the rows and the batch-wide settings
   * @return a future of the created subscribers and the rows that failed
   * @see SubscriberService#bulkCreate(BulkCreateParams)
   */
  public CompletableFuture<BulkCreateResult> bulkCreate(BulkCreateParams params) {
    return bulkCreate(params, RequestOptions.none());
  }

  /**
   * Creates up to 100 subscribers in one call, with options for this call.
   *
   * @param params the rows and the batch-wide settings
   * @param options overrides of the client's settings for this call
   * @return a future of the created subscribers and the rows that failed
   * @see SubscriberService#bulkCreate(BulkCreateParams)
   */
  public CompletableFuture<BulkCreateResult> bulkCreate(
      BulkCreateParams params, RequestOptions options) {
    return pipeline.executeAsync(Endpoints.bulkCreate(params), options);
  }

  /**
   * Finds the subscriber with this email address, matched exactly on the normalized form (trimmed
   * and lower-cased), over the list call's fuzzy {@code query}.
   *
   * @param email the address, in any case, with or without surrounding spaces
   * @return a future of the subscriber, or of empty when none has that address; it fails with
   *     {@link IllegalStateException} when 1,000 subscribers match the search and none exactly
   * @throws IllegalArgumentException when {@code email} is blank (thrown, not returned in the
   *     future)
   * @see SubscriberService#findByEmail(String)
   */
  public CompletableFuture<Optional<Subscriber>> findByEmail(String email) {
    return findByEmail(email, RequestOptions.none());
  }

  /**
   * Finds the subscriber with this email address, with options for each request it makes.
   *
   * @param email the address, in any case, with or without surrounding spaces
   * @param options overrides of the client's settings for each list request
   * @return a future of the subscriber, or of empty when none has that address
   * @see SubscriberService#findByEmail(String)
   */
  public CompletableFuture<Optional<Subscriber>> findByEmail(String email, RequestOptions options) {
    String normalized = SubscriberRecipes.normalize(email);
    return list(SubscriberRecipes.search(normalized), options)
        .thenCompose(page -> scan(page, normalized, 1));
  }

  private CompletableFuture<Optional<Subscriber>> scan(
      Page<Subscriber> page, String normalized, int pages) {
    Optional<Subscriber> match = SubscriberRecipes.exact(page.data(), normalized);
    if (match.isPresent() || !page.hasNextPage()) {
      return CompletableFuture.completedFuture(match);
    }
    if (pages >= SubscriberRecipes.MAX_SEARCH_PAGES) {
      return CompletableFuture.failedFuture(SubscriberRecipes.tooManyCandidates());
    }
    return page.nextPageAsync().thenCompose(next -> scan(next, normalized, pages + 1));
  }

  /**
   * Creates a subscriber, or updates the existing one with that email (the fields {@code params}
   * set). Not atomic: see {@link SubscriberService#upsert(SubscriberCreateParams)}.
   *
   * @param params the email and the fields to create with, or to set on the existing subscriber
   * @return a future of the subscriber as created or as updated
   * @see SubscriberService#upsert(SubscriberCreateParams)
   */
  public CompletableFuture<Subscriber> upsert(SubscriberCreateParams params) {
    return upsert(params, RequestOptions.none());
  }

  /**
   * Creates or updates a subscriber, with options for each request it makes.
   *
   * @param params the email and the fields to create with, or to set on the existing subscriber
   * @param options overrides of the client's settings for each request
   * @return a future of the subscriber as created or as updated
   * @see SubscriberService#upsert(SubscriberCreateParams)
   */
  public CompletableFuture<Subscriber> upsert(
      SubscriberCreateParams params, RequestOptions options) {
    return create(params, options)
        .exceptionallyCompose(
            failure -> {
              ConflictException conflict = SubscriberRecipes.conflict(failure);
              if (conflict == null) {
                return CompletableFuture.failedFuture(failure);
              }
              return findByEmail(params.email(), options)
                  .thenCompose(
                      found -> {
                        if (found.isEmpty()) {
                          return CompletableFuture.failedFuture(conflict);
                        }
                        SubscriberUpdateParams update = SubscriberRecipes.updateOf(params);
                        return update == null
                            ? CompletableFuture.completedFuture(found.get())
                            : update(found.get().id(), update, options);
                      });
            });
  }

  /**
   * Sets and removes single custom fields, keeping the others (a read, then a write of the merged
   * map). Not atomic: see {@link SubscriberService#updateCustomFields(String, Map, Collection)}.
   *
   * @param id the subscriber's id
   * @param set the fields to set (a null value stores null), empty for none
   * @param remove the names of the fields to remove, empty for none
   * @return a future of the subscriber after the change
   * @throws IllegalArgumentException when a name is both set and removed, or a value is not a
   *     string, number, boolean or null (thrown, not returned in the future)
   * @see SubscriberService#updateCustomFields(String, Map, Collection)
   */
  public CompletableFuture<Subscriber> updateCustomFields(
      String id, Map<String, ? extends @Nullable Object> set, Collection<String> remove) {
    return updateCustomFields(id, set, remove, RequestOptions.none());
  }

  /**
   * Sets and removes single custom fields, keeping the others, with options for each request.
   *
   * @param id the subscriber's id
   * @param set the fields to set (a null value stores null), empty for none
   * @param remove the names of the fields to remove, empty for none
   * @param options overrides of the client's settings for the read and the write
   * @return a future of the subscriber after the change
   * @see SubscriberService#updateCustomFields(String, Map, Collection)
   */
  public CompletableFuture<Subscriber> updateCustomFields(
      String id,
      Map<String, ? extends @Nullable Object> set,
      Collection<String> remove,
      RequestOptions options) {
    SubscriberRecipes.FieldChange change = new SubscriberRecipes.FieldChange(set, remove);
    return retrieve(id, options)
        .thenCompose(
            current -> {
              SubscriberUpdateParams update = change.updateOf(current);
              return update == null
                  ? CompletableFuture.completedFuture(current)
                  : update(id, update, options);
            });
  }

  /**
   * These calls completing with the HTTP response beside each result: status, headers, request id
   * and rate-limit headers. The calls made of several requests ({@code findByEmail}, {@code
   * upsert}, {@code updateCustomFields}) are not offered there.
   *
   * @return the raw view of this service
   */
  public SubscriberServiceAsyncWithRawResponse withRawResponse() {
    return raw;
  }
}
