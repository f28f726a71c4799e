/**
 * Observed journeys: a customer's time-ordered {@link dev.cxkit.model.interaction.Interaction
 * interactions} of one {@link dev.cxkit.model.journey.JourneyType type}, with their outcome.
 */
@CxStyle
@NullMarked
package dev.cxkit.model.journey;

import dev.cxkit.model.internal.CxStyle;
import org.jspecify.annotations.NullMarked;
