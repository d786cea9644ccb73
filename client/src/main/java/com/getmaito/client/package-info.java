/**
 * The Maito Java SDK: the client ({@link com.getmaito.client.MaitoClient}), its services and
 * options. Everything is non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package com.getmaito.client;

import org.jspecify.annotations.NullMarked;
