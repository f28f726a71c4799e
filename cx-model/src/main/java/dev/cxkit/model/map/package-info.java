/**
 * Designed journeys: {@link dev.cxkit.model.map.JourneyMap journey maps} of stages and {@link
 * dev.cxkit.model.map.Step steps} with goals, actions, touchpoints, thoughts, emotions, {@link
 * dev.cxkit.model.map.PainPoint pain points}, {@link dev.cxkit.model.map.Opportunity
 * opportunities}, moments of truth, {@link dev.cxkit.model.map.Kpi KPIs}, {@link
 * dev.cxkit.model.map.ListeningPost listening posts} and {@link dev.cxkit.model.map.Tollgate
 * tollgates}; transitions that may branch and loop; graph queries; and the {@link
 * dev.cxkit.model.map.MapDiff diff} of a current-state and a future-state map.
 */
@CxStyle
@NullMarked
package dev.cxkit.model.map;

import dev.cxkit.model.internal.CxStyle;
import org.jspecify.annotations.NullMarked;
