/** Implementation helpers of the model packages; not exported from the module. */
@NullMarked
package dev.cxkit.model.internal;

import org.jspecify.annotations.NullMarked;
