/**
 * How an experience feels and where it is decided: canonical {@link
 * dev.cxkit.model.experience.Emotion emotion} readings that keep their source scale, and {@link
 * dev.cxkit.model.experience.MomentOfTruth moments of truth}.
 */
@CxStyle
@NullMarked
package dev.cxkit.model.experience;

import dev.cxkit.model.internal.CxStyle;
import org.jspecify.annotations.NullMarked;
