/**
 * The SDK's unchecked exception tree, rooted at {@link com.getmaito.client.errors.MaitoException}.
 */
@NullMarked
package com.getmaito.client.errors;

import org.jspecify.annotations.NullMarked;
