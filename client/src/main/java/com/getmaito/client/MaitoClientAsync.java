package com.getmaito.client;

import com.getmaito.client.internal.HttpPipeline;

/** The non-blocking view of a {@link MaitoClient}: same pipeline, limiter and retries. */
public final class MaitoClientAsync {
  private final SubscriberServiceAsync subscribers;
  private final TagServiceAsync tags;
  private final ApiKeyServiceAsync apiKeys;

  MaitoClientAsync(HttpPipeline pipeline) {
    this.subscribers = new SubscriberServiceAsync(pipeline);
    this.tags = new TagServiceAsync(pipeline);
    this.apiKeys = new ApiKeyServiceAsync(pipeline);
  }

  public SubscriberServiceAsync subscribers() {
    return subscribers;
  }

  public TagServiceAsync tags() {
    return tags;
  }

  public ApiKeyServiceAsync apiKeys() {
    return apiKeys;
  }
}
