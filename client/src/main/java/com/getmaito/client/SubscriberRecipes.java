package com.getmaito.client;

import com.getmaito.client.errors.ConflictException;
import com.getmaito.client.model.Subscriber;
import com.getmaito.client.model.SubscriberCreateParams;
import com.getmaito.client.model.SubscriberListParams;
import com.getmaito.client.model.SubscriberUpdateParams;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * The steps of the calls made of several requests ({@code findByEmail}, {@code upsert}, {@code
 * updateCustomFields}), written once for {@link SubscriberService} and {@link
 * SubscriberServiceAsync}, which only sequence them.
 */
final class SubscriberRecipes {
  /** Candidates per search page: the server's fuzzy search may match many addresses. */
  static final int SEARCH_PAGE_SIZE = 100;

  /** Pages {@code findByEmail} reads before giving up: 1,000 candidates. */
  static final int MAX_SEARCH_PAGES = 10;

  private SubscriberRecipes() {}

  /** The contract's normalized form: trimmed and lower-cased, as {@code emailNormalized}. */
  static String normalize(String email) {
    Objects.requireNonNull(email, "email == null");
    String normalized = email.trim().toLowerCase(Locale.ROOT);
    if (normalized.isEmpty()) {
      throw new IllegalArgumentException("email must not be blank");
    }
    return normalized;
  }

  /** The search for an address: the list call's fuzzy {@code query}, 100 per page. */
  static SubscriberListParams search(String normalized) {
    return SubscriberListParams.builder().query(normalized).limit(SEARCH_PAGE_SIZE).build();
  }

  /** The subscriber on {@code page} whose normalized address is exactly {@code normalized}. */
  static Optional<Subscriber> exact(List<Subscriber> page, String normalized) {
    for (Subscriber s : page) {
      if (s.emailNormalized().equals(normalized)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  static IllegalStateException tooManyCandidates() {
    return new IllegalStateException(
        "findByEmail read "
            + SEARCH_PAGE_SIZE * MAX_SEARCH_PAGES
            + " subscribers matching the search for that email without an exact match, and stops"
            + " there rather than page through the whole list");
  }

  /**
   * The update that sets what {@code params} set (all but the email, which matched, and the opt-in
   * attestation, which only a create takes), or null when it set nothing else.
   */
  static @Nullable SubscriberUpdateParams updateOf(SubscriberCreateParams params) {
    SubscriberUpdateParams.Builder b = SubscriberUpdateParams.builder();
    boolean any = false;
    if (params.firstName() != null) {
      b.firstName(params.firstName());
      any = true;
    }
    if (params.lastName() != null) {
      b.lastName(params.lastName());
      any = true;
    }
    if (params.status() != null) {
      b.status(params.status());
      any = true;
    }
    if (params.confirmed() != null) {
      b.confirmed(params.confirmed());
      any = true;
    }
    if (params.tags() != null) {
      b.tags(params.tags());
      any = true;
    }
    if (params.customFields() != null) {
      b.customFields(params.customFields());
      any = true;
    }
    if (params.source() != null) {
      b.source(params.source());
      any = true;
    }
    return any ? b.build() : null;
  }

  /** The conflict behind an async failure, or null when it failed otherwise. */
  static @Nullable ConflictException conflict(Throwable t) {
    Throwable cause = t;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause instanceof ConflictException ? (ConflictException) cause : null;
  }

  /** The custom-field change, checked before anything is sent. */
  static final class FieldChange {
    private final Map<String, @Nullable Object> set;
    private final List<String> remove;

    FieldChange(Map<String, ? extends @Nullable Object> set, Collection<String> remove) {
      Objects.requireNonNull(set, "set == null");
      Objects.requireNonNull(remove, "remove == null");
      // Checks the keys and values as an update would, before the read.
      @SuppressWarnings("unchecked")
      Map<String, @Nullable Object> checked =
          (Map<String, @Nullable Object>)
              SubscriberUpdateParams.builder().customFields(set).build().body().get("customFields");
      this.set = Objects.requireNonNull(checked);
      this.remove = List.copyOf(remove);
      for (String key : this.remove) {
        if (this.set.containsKey(key)) {
          throw new IllegalArgumentException(
              "customFields key \"" + key + "\" is both set and removed: pick one");
        }
      }
    }

    /** The update that writes the merged map, or null when it would change nothing. */
    @Nullable SubscriberUpdateParams updateOf(Subscriber current) {
      Map<String, @Nullable Object> merged = new LinkedHashMap<>(current.customFields());
      this.remove.forEach(merged::remove);
      merged.putAll(set);
      if (merged.equals(current.customFields())) {
        return null;
      }
      return SubscriberUpdateParams.builder().customFields(merged).build();
    }
  }
}
