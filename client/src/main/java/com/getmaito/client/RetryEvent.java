package com.getmaito.client;

import com.getmaito.client.errors.MaitoException;
import java.time.Duration;

/**
 * A retry the client is about to make.
 *
 * @param request the call, like {@code POST /newsletter/subscribers}
 * @param attempt the attempt that failed (1 for the first)
 * @param cause why it failed
 * @param delay how long the client waits before the next attempt
 */
public record RetryEvent(String request, int attempt, MaitoException cause, Duration delay) {}
