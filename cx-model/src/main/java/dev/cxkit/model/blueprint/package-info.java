/**
 * Service blueprints (Bitner, Ostrom and Morgan 2008): per journey-map step, the five {@link
 * dev.cxkit.model.blueprint.Lane lanes} from physical evidence to support processes, the {@link
 * dev.cxkit.model.blueprint.BlueprintLine lines} of interaction, visibility and internal
 * interaction that divide them, and the {@link dev.cxkit.model.blueprint.BlueprintLink links} that
 * cross them.
 */
@CxStyle
@NullMarked
package dev.cxkit.model.blueprint;

import dev.cxkit.model.internal.CxStyle;
import org.jspecify.annotations.NullMarked;
