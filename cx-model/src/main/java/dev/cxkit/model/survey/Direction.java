package dev.cxkit.model.survey;

/**
 * Which end of a {@link Scale} is the good one.
 *
 * <p>Customer Effort Score 1.0 (1 = very low effort) is {@link #LOW_IS_GOOD}; NPS, CSAT and CES 2.0
 * agreement scales are {@link #HIGH_IS_GOOD}.
 */
public enum Direction {
  /** Larger values are better (NPS, CSAT, CES 2.0). */
  HIGH_IS_GOOD,
  /** Smaller values are better (CES 1.0 effort, "how hard was it"). */
  LOW_IS_GOOD
}
