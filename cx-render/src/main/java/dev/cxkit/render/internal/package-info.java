/** Internals: the escaping SVG writer, text wrapping, number formatting and axes. Not exported. */
@NullMarked
package dev.cxkit.render.internal;

import org.jspecify.annotations.NullMarked;
