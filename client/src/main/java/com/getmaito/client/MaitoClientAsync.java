package com.getmaito.client;

import com.getmaito.client.internal.HttpPipeline;

/**
 * The non-blocking view of a {@link MaitoClient}: same pipeline, limiter and retries. Get it from
 * {@link MaitoClient#async()}; closing the {@link MaitoClient} closes it too.
 *
 * <pre>{@code
 * MaitoClientAsync async = client.async();
 * async.subscribers().retrieve(id)
 *     .thenCompose(s -> async.tags().list())
 *     .join();
 * }</pre>
 */
public final class MaitoClientAsync {
  private final SubscriberServiceAsync subscribers;
  private final TagServiceAsync tags;
  private final ApiKeyServiceAsync apiKeys;

  MaitoClientAsync(HttpPipeline pipeline) {
    this.subscribers = new SubscriberServiceAsync(pipeline);
    this.tags = new TagServiceAsync(pipeline);
    this.apiKeys = new ApiKeyServiceAsync(pipeline);
  }

  /**
   * {@return the subscribers service: {@code /newsletter/subscribers}}
   *
   * @see MaitoClient#subscribers()
   */
  public SubscriberServiceAsync subscribers() {
    return subscribers;
  }

  /**
   * {@return the tags service: {@code /newsletter/tags}}
   *
   * @see MaitoClient#tags()
   */
  public TagServiceAsync tags() {
    return tags;
  }

  /**
   * {@return the API keys service: {@code /api-keys}}
   *
   * @see MaitoClient#apiKeys()
   */
  public ApiKeyServiceAsync apiKeys() {
    return apiKeys;
  }
}
