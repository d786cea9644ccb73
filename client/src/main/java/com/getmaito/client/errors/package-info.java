/**
 * The SDK's unchecked exception tree, rooted at {@link com.getmaito.client.errors.MaitoException}.
 * The exceptions make no serialized-form promise across SDK versions.
 *
 * @serial exclude
 */
@NullMarked
package com.getmaito.client.errors;

import org.jspecify.annotations.NullMarked;
