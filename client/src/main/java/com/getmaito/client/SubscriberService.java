package com.getmaito.client;

import com.getmaito.client.errors.ConflictException;
import com.getmaito.client.internal.HttpPipeline;
import com.getmaito.client.internal.ImportPace;
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
import org.jspecify.annotations.Nullable;

/**
 * Subscribers: {@code /newsletter/subscribers}. Every method throws a {@link
 * com.getmaito.client.errors.MaitoException} subclass when the call fails after the retries the
 * client allows, and {@link IllegalArgumentException} for an argument it can reject before sending.
 * Each call has a {@code (params)} form and a {@code (params, RequestOptions)} form whose options
 * override the client's settings for that call only.
 *
 * <pre>{@code
 * Subscriber ann = client.subscribers().create(
 *     SubscriberCreateParams.builder().email("ann@example.com").firstName("Ann").build());
 * client.subscribers().update(ann.id(), SubscriberUpdateParams.builder().lastName("Lee").build());
 * for (Subscriber s : client.subscribers().list().autoPager()) { ... }
 * }</pre>
 */
public final class SubscriberService {
  private final HttpPipeline pipeline;
  private final @Nullable ImportPace importPace;
  private final SubscriberServiceWithRawResponse raw;

  SubscriberService(HttpPipeline pipeline) {
    this.pipeline = pipeline;
    this.raw = new SubscriberServiceWithRawResponse(pipeline);
    // One pace per client, shared by its importers, which spend the same key's budget; unused when
    // the client has a limiter of its own, which then paces every call.
    this.importPace = pipeline.config().rateLimit() == null ? ImportPace.create(pipeline) : null;
  }

  /**
   * Creates a subscriber.
   *
   * @param params the email and the optional fields of the new subscriber
   * @return the subscriber as stored, with its id
   * @throws com.getmaito.client.errors.ConflictException when the email is already subscribed
   * @throws com.getmaito.client.errors.ValidationException when the server rejects a field
   */
  public Subscriber create(SubscriberCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /**
   * Creates a subscriber, with options for this call.
   *
   * @param params the email and the optional fields of the new subscriber
   * @param options overrides of the client's settings for this call
   * @return the subscriber as stored, with its id
   * @see #create(SubscriberCreateParams)
   */
  public Subscriber create(SubscriberCreateParams params, RequestOptions options) {
    return pipeline.execute(Endpoints.createSubscriber(params), options);
  }

  /**
   * Retrieves a subscriber by id.
   *
   * @param id the subscriber's id
   * @return the subscriber
   * @throws com.getmaito.client.errors.NotFoundException when there is none with that id
   */
  public Subscriber retrieve(String id) {
    return retrieve(id, RequestOptions.none());
  }

  /**
   * Retrieves a subscriber by id, with options for this call.
   *
   * @param id the subscriber's id
   * @param options overrides of the client's settings for this call
   * @return the subscriber
   * @see #retrieve(String)
   */
  public Subscriber retrieve(String id, RequestOptions options) {
    return pipeline.execute(Endpoints.retrieveSubscriber(id), options);
  }

  /**
   * Updates the fields set in {@code params}; fields set to null are cleared, the others kept.
   *
   * @param id the subscriber's id
   * @param params the fields to change
   * @return the subscriber after the update
   * @throws com.getmaito.client.errors.NotFoundException when there is none with that id
   * @throws com.getmaito.client.errors.ValidationException when the server rejects a field
   */
  public Subscriber update(String id, SubscriberUpdateParams params) {
    return update(id, params, RequestOptions.none());
  }

  /**
   * Updates the fields set in {@code params}, with options for this call.
   *
   * @param id the subscriber's id
   * @param params the fields to change
   * @param options overrides of the client's settings for this call
   * @return the subscriber after the update
   * @see #update(String, SubscriberUpdateParams)
   */
  public Subscriber update(String id, SubscriberUpdateParams params, RequestOptions options) {
    return pipeline.execute(Endpoints.updateSubscriber(id, params), options);
  }

  /**
   * Deletes a subscriber.
   *
   * <p>When a retry answers 404 after an earlier attempt that may have done the work (its response
   * was lost, or the server failed), this returns the result rather than {@link
   * com.getmaito.client.errors.NotFoundException}: the subscriber is gone, as asked. A 404 on the
   * first attempt, or after attempts the server refused (429), is still thrown.
   *
   * @param id the subscriber's id
   * @return the server's confirmation, with the deleted id
   * @throws com.getmaito.client.errors.NotFoundException when there is none with that id
   */
  public DeleteResult delete(String id) {
    return delete(id, RequestOptions.none());
  }

  /**
   * Deletes a subscriber, with options for this call.
   *
   * @param id the subscriber's id
   * @param options overrides of the client's settings for this call
   * @return the server's confirmation, with the deleted id
   * @see #delete(String)
   */
  public DeleteResult delete(String id, RequestOptions options) {
    return pipeline.execute(Endpoints.deleteSubscriber(id), options);
  }

  /**
   * Lists all subscribers, 50 per page.
   *
   * @return the first page; {@link Page#autoPager()} walks the rest
   * @see #list(SubscriberListParams)
   */
  public Page<Subscriber> list() {
    return list(SubscriberListParams.ofDefaults(), RequestOptions.none());
  }

  /**
   * Lists the subscribers matching {@code params}.
   *
   * @param params the filters, page size and starting point
   * @return the first page; {@link Page#autoPager()} walks the rest with the same filters
   */
  public Page<Subscriber> list(SubscriberListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * Lists the subscribers matching {@code params}, with options for this call and the pages after.
   *
   * @param params the filters, page size and starting point
   * @param options overrides of the client's settings for this call and every further page
   * @return the first page
   * @see #list(SubscriberListParams)
   */
  public Page<Subscriber> list(SubscriberListParams params, RequestOptions options) {
    return pager(pipeline, params, options).first(params.offset());
  }

  /**
   * Creates up to 100 subscribers in one call; one bad row never fails the others.
   *
   * @param subscribers the rows, 1 to 100
   * @return the created subscribers and the rows that failed, each with its index and reason
   * @throws IllegalArgumentException when {@code subscribers} is empty or holds more than 100
   * @see #bulkCreate(BulkCreateParams)
   */
  public BulkCreateResult bulkCreate(List<SubscriberCreateParams> subscribers) {
    return bulkCreate(BulkCreateParams.of(subscribers), RequestOptions.none());
  }

  /**
   * Creates up to 100 subscribers in one call, with options for this call.
   *
   * @param subscribers the rows, 1 to 100
   * @param options overrides of the client's settings for this call
   * @return the created subscribers and the rows that failed
   * @see #bulkCreate(List)
   */
  public BulkCreateResult bulkCreate(
      List<SubscriberCreateParams> subscribers, RequestOptions options) {
    return bulkCreate(BulkCreateParams.of(subscribers), options);
  }

  /**
   * Creates up to 100 subscribers in one call, with a batch-wide opt-in attestation if set.
   *
   * @param params the rows and the batch-wide settings
   * @return the created subscribers and the rows that failed, each with its index and reason
   */
  public BulkCreateResult bulkCreate(BulkCreateParams params) {
    return bulkCreate(params, RequestOptions.none());
  }

  /**
   * Creates up to 100 subscribers in one call, with options for this call.
   *
   * @param params the rows and the batch-wide settings
   * @param options overrides of the client's settings for this call
   * @return the created subscribers and the rows that failed
   * @see #bulkCreate(BulkCreateParams)
   */
  public BulkCreateResult bulkCreate(BulkCreateParams params, RequestOptions options) {
    return pipeline.execute(Endpoints.bulkCreate(params), options);
  }

  /**
   * Finds the subscriber with this email address, matched exactly on the normalized form (trimmed
   * and lower-cased, as {@link Subscriber#emailNormalized()}): {@code Ann@Example.com } finds
   * {@code ann@example.com}, never {@code joann@example.com}. It searches with the list call's
   * fuzzy {@code query} and keeps the exact match, reading up to 10 pages of 100 candidates.
   *
   * @param email the address, in any case, with or without surrounding spaces
   * @return the subscriber, or empty when none has that address
   * @throws IllegalArgumentException when {@code email} is blank
   * @throws IllegalStateException when 1,000 subscribers match the search and none exactly
   */
  public Optional<Subscriber> findByEmail(String email) {
    return findByEmail(email, RequestOptions.none());
  }

  /**
   * Finds the subscriber with this email address, with options for each request it makes.
   *
   * @param email the address, in any case, with or without surrounding spaces
   * @param options overrides of the client's settings for each list request
   * @return the subscriber, or empty when none has that address
   * @see #findByEmail(String)
   */
  public Optional<Subscriber> findByEmail(String email, RequestOptions options) {
    String normalized = SubscriberRecipes.normalize(email);
    Page<Subscriber> page = list(SubscriberRecipes.search(normalized), options);
    for (int pages = 1; ; pages++) {
      Optional<Subscriber> match = SubscriberRecipes.exact(page.data(), normalized);
      if (match.isPresent() || !page.hasNextPage()) {
        return match;
      }
      if (pages >= SubscriberRecipes.MAX_SEARCH_PAGES) {
        throw SubscriberRecipes.tooManyCandidates();
      }
      page = page.nextPage();
    }
  }

  /**
   * Creates a subscriber, or updates the existing one with that email: on a conflict (409) it finds
   * the subscriber with {@link #findByEmail(String)} and updates the fields that {@code params} set
   * (all but the email and {@code optInAttestation}; {@code customFields}, when set, replaces the
   * stored map as {@link #update(String, SubscriberUpdateParams)} does). When {@code params} set
   * nothing else, the existing subscriber is returned unchanged.
   *
   * <p>Not atomic: it makes up to three requests, and a concurrent writer may change or delete the
   * subscriber between them. When the subscriber is gone by the time it is looked up, the conflict
   * is thrown.
   *
   * @param params the email and the fields to create with, or to set on the existing subscriber
   * @return the subscriber as created or as updated
   * @throws ConflictException when the email conflicts but no subscriber has it by the lookup
   */
  public Subscriber upsert(SubscriberCreateParams params) {
    return upsert(params, RequestOptions.none());
  }

  /**
   * Creates or updates a subscriber, with options for each request it makes.
   *
   * @param params the email and the fields to create with, or to set on the existing subscriber
   * @param options overrides of the client's settings for each request
   * @return the subscriber as created or as updated
   * @see #upsert(SubscriberCreateParams)
   */
  public Subscriber upsert(SubscriberCreateParams params, RequestOptions options) {
    try {
      return create(params, options);
    } catch (ConflictException conflict) {
      Subscriber existing = findByEmail(params.email(), options).orElseThrow(() -> conflict);
      SubscriberUpdateParams update = SubscriberRecipes.updateOf(params);
      return update == null ? existing : update(existing.id(), update, options);
    }
  }

  /**
   * Sets and removes single custom fields, keeping the others: it reads the subscriber, merges the
   * change into its current {@code customFields} and writes the merged map. (An {@link
   * #update(String, SubscriberUpdateParams)} with {@code customFields} replaces the whole map.)
   * When the change leaves the map as it is, nothing is written.
   *
   * <p>Not atomic: a field another writer changes between the read and the write is overwritten
   * with the value read (its change is lost).
   *
   * @param id the subscriber's id
   * @param set the fields to set (a null value stores null), empty for none
   * @param remove the names of the fields to remove, empty for none
   * @return the subscriber after the change
   * @throws IllegalArgumentException when a name is both set and removed, or a value is not a
   *     string, number, boolean or null
   * @throws com.getmaito.client.errors.NotFoundException when there is none with that id
   */
  public Subscriber updateCustomFields(
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
   * @return the subscriber after the change
   * @see #updateCustomFields(String, Map, Collection)
   */
  public Subscriber updateCustomFields(
      String id,
      Map<String, ? extends @Nullable Object> set,
      Collection<String> remove,
      RequestOptions options) {
    SubscriberRecipes.FieldChange change = new SubscriberRecipes.FieldChange(set, remove);
    Subscriber current = retrieve(id, options);
    SubscriberUpdateParams update = change.updateOf(current);
    return update == null ? current : update(id, update, options);
  }

  /**
   * These calls returning the HTTP response beside each result: status, headers, request id and
   * rate-limit headers. The calls made of several requests ({@code findByEmail}, {@code upsert},
   * {@code updateCustomFields}) and the importer are not offered there.
   *
   * @return the raw view of this service
   */
  public SubscriberServiceWithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * A new importer that streams any number of rows through {@link #bulkCreate(BulkCreateParams)},
   * paced to the key's rate limit; see {@link SubscriberImporter}. It runs batches on threads of
   * its own, so it is offered here only: from async code, call {@code run} on an executor.
   *
   * @return an importer with the default settings, ready to configure and run
   */
  public SubscriberImporter importer() {
    return new SubscriberImporter(pipeline, importPace);
  }

  static Pager<Subscriber, SubscriberListParams> pager(
      HttpPipeline pipeline, SubscriberListParams params, RequestOptions options) {
    return new Pager<>(
        pipeline,
        params,
        options,
        params.limit(),
        Endpoints::listSubscribers,
        SubscriberListParams::withCursor,
        SubscriberListParams::withOffset);
  }
}
