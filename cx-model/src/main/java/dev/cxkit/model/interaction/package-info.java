/**
 * Interactions (events): what happened between a customer and the company, when, at which
 * touchpoint and channel, who started it, how it ended, its monetary {@link
 * dev.cxkit.model.interaction.Money value}, effort and emotion; and {@link
 * dev.cxkit.model.interaction.InteractionLog logs} of them as JSON documents.
 */
@CxStyle
@NullMarked
package dev.cxkit.model.interaction;

import dev.cxkit.model.internal.CxStyle;
import org.jspecify.annotations.NullMarked;
