package com.getmaito.client.testing;

import com.getmaito.client.MaitoClient;
import com.getmaito.client.RequestOptions;
import com.getmaito.client.model.DeleteResult;
import com.getmaito.client.model.Tag;
import com.getmaito.client.model.TagCreateParams;
import com.getmaito.client.model.TagUpdateParams;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * How a test makes its calls: blocking ({@link #SYNC}) or through {@code client.async()} waiting
 * for the future ({@link #ASYNC}). Either way a failure is thrown as the exception itself (an async
 * one unwrapped from its {@link ExecutionException}), so one test states a rule for both paths.
 */
public enum CallMode {
  SYNC {
    @Override
    public Tags tags(MaitoClient client) {
      var tags = client.tags();
      return new Tags() {
        @Override
        public Tag create(TagCreateParams params, RequestOptions options) {
          return tags.create(params, options);
        }

        @Override
        public Tag retrieve(String id, RequestOptions options) {
          return tags.retrieve(id, options);
        }

        @Override
        public Tag update(String id, TagUpdateParams params) {
          return tags.update(id, params);
        }

        @Override
        public DeleteResult delete(String id) {
          return tags.delete(id);
        }
      };
    }
  },
  ASYNC {
    @Override
    public Tags tags(MaitoClient client) {
      var tags = client.async().tags();
      return new Tags() {
        @Override
        public Tag create(TagCreateParams params, RequestOptions options) {
          return await(tags.create(params, options));
        }

        @Override
        public Tag retrieve(String id, RequestOptions options) {
          return await(tags.retrieve(id, options));
        }

        @Override
        public Tag update(String id, TagUpdateParams params) {
          return await(tags.update(id, params));
        }

        @Override
        public DeleteResult delete(String id) {
          return await(tags.delete(id));
        }
      };
    }
  };

  /** The tag calls of {@code client}, made this way. */
  public abstract Tags tags(MaitoClient client);

  /** The tag service's calls, made one way. */
  public interface Tags {
    /** {@code tags().create(params, options)}. */
    Tag create(TagCreateParams params, RequestOptions options);

    /** {@code tags().create(params)}. */
    default Tag create(TagCreateParams params) {
      return create(params, RequestOptions.none());
    }

    /** {@code tags().retrieve(id, options)}. */
    Tag retrieve(String id, RequestOptions options);

    /** {@code tags().retrieve(id)}. */
    default Tag retrieve(String id) {
      return retrieve(id, RequestOptions.none());
    }

    /** {@code tags().update(id, params)}. */
    Tag update(String id, TagUpdateParams params);

    /** {@code tags().delete(id)}. */
    DeleteResult delete(String id);
  }

  /** Waits up to 5 s for {@code future}; throws what it failed with, unwrapped. */
  public static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get(5, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new AssertionError("the future failed with a checked exception", cause);
    } catch (TimeoutException e) {
      throw new AssertionError("the future did not complete in 5 s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for the future", e);
    }
  }
}
