/**
 * Shared conventions of the cxkit domain model: the {@link dev.cxkit.model.CxStyle} Immutables
 * style used by every model package.
 */
@NullMarked
package dev.cxkit.model;

import org.jspecify.annotations.NullMarked;
