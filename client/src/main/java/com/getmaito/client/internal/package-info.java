/**
 * The SDK's machinery (transport, JSON, retries, rate limiting, paging). <b>Unsupported:</b> not
 * part of the public API; anything here may change in any release. Do not use it.
 */
@NullMarked
package com.getmaito.client.internal;

import org.jspecify.annotations.NullMarked;
