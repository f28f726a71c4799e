/**
 * Implementation helpers shared by the journey packages: growable primitive arrays, primitive hash
 * tables and order statistics. Not exported by the module; not API.
 */
@NullMarked
package dev.cxkit.journey.internal;

import org.jspecify.annotations.NullMarked;
