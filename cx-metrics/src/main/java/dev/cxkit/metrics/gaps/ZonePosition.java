package dev.cxkit.metrics.gaps;

/** Where perceived service lies relative to the zone of tolerance [adequate, desired]. */
public enum ZonePosition {
  /** Perception below adequate service (negative measure of service adequacy). */
  BELOW_ADEQUATE,
  /** Perception between adequate and desired service. */
  WITHIN_ZONE,
  /** Perception above desired service (positive measure of service superiority). */
  ABOVE_DESIRED
}
