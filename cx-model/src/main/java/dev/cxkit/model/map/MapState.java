package dev.cxkit.model.map;

/**
 * Whether a {@link JourneyMap} describes the journey as customers live it today or as it is
 * designed to become.
 *
 * <pre>{@code
 * MapDiff redesign = MapDiff.between(asIs, toBe);   // asIs.state() == CURRENT, toBe.state() == FUTURE
 * }</pre>
 */
public enum MapState {
  /** The current-state ("as-is") journey. */
  CURRENT,
  /** The future-state ("to-be") journey. */
  FUTURE
}
