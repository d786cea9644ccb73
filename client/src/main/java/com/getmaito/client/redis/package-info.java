/**
 * A rate budget shared through Redis ({@link com.getmaito.client.redis.RedisRateBudget}): one key's
 * request rate for every process and machine that uses it. Needs {@code io.lettuce:lettuce-core} on
 * the class path, an optional dependency of the client; nothing else in the SDK loads this package.
 * Everything is non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package com.getmaito.client.redis;

import org.jspecify.annotations.NullMarked;
