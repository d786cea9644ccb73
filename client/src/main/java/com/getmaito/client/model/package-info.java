/** Immutable response models and request parameters of the Maito API. */
@NullMarked
package com.getmaito.client.model;

import org.jspecify.annotations.NullMarked;
