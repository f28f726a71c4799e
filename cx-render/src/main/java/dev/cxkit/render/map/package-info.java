/** Journey maps and service blueprints as standalone SVG, with optional data-driven hotspots. */
@NullMarked
package dev.cxkit.render.map;

import org.jspecify.annotations.NullMarked;
