package dev.cxkit.model.map;

/**
 * Whether a {@link JourneyMap} describes the journey as customers live it today or as it is
 * designed to become.
 *
 * {@snippet class=dev.cxkit.model.map.SnippetsTest region=mapState}
 */
public enum MapState {
  /** The current-state ("as-is") journey. */
  CURRENT,
  /** The future-state ("to-be") journey. */
  FUTURE
}
