package dev.cxkit.metrics.drivers;

/**
 * Where an attribute falls on the importance–performance grid (Martilla &amp; James 1977), or on
 * which side of the iso-priority diagonal.
 */
public enum IpaRegion {
  /** High importance, low performance: improve here first. */
  CONCENTRATE_HERE,
  /** High importance, high performance: protect. */
  KEEP_UP_THE_GOOD_WORK,
  /** Low importance, low performance. */
  LOW_PRIORITY,
  /** Low importance, high performance: resources may be better spent elsewhere. */
  POSSIBLE_OVERKILL,
  /** Diagonal model: importance exceeds performance, an improvement priority. */
  ABOVE_DIAGONAL,
  /** Diagonal model: performance meets or exceeds importance. */
  ON_OR_BELOW_DIAGONAL
}
