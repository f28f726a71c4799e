package dev.cxkit.model.journey;

/** How an observed journey ended. */
public enum JourneyOutcome {
  /** Still in progress when observed. */
  ONGOING,
  /** Reached its goal by a purchase, signature or subscription. */
  CONVERTED,
  /** The customer's need was met (service journeys). */
  RESOLVED,
  /** Ended without meeting the customer's need. */
  UNRESOLVED,
  /** The customer gave up. */
  ABANDONED
}
