/**
 * Who the customers are: {@link dev.cxkit.model.persona.Persona personas} and {@link
 * dev.cxkit.model.persona.Segment segments} with their {@link dev.cxkit.model.persona.Attributes
 * attributes}, needs, goals and preferences; for B2B buying centres, {@link
 * dev.cxkit.model.persona.BuyingRole buying roles} and per-stage {@link
 * dev.cxkit.model.persona.StageEngagement engagement}.
 */
@CxStyle
@NullMarked
package dev.cxkit.model.persona;

import dev.cxkit.model.internal.CxStyle;
import org.jspecify.annotations.NullMarked;
