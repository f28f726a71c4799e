package dev.cxkit.metrics.survey;

/** Warnings a {@link Score} or {@link ScoreComparison} carries so that nobody over-reads it. */
public enum ScoreFlag {
  /** No respondents: the score has no estimate and no interval. */
  EMPTY_SAMPLE,
  /**
   * Fewer than {@link Score#SMALL_SAMPLE_SIZE} (effective) respondents: intervals are wide and
   * normal approximations rough.
   */
  SMALL_SAMPLE,
  /**
   * Survey weights were applied: variance is linearised (Taylor) and {@link Score#effectiveN()} is
   * Kish's effective sample size.
   */
  WEIGHTED,
  /** The net score used breaks other than the published ones for its scale. */
  NON_STANDARD_BREAKS,
  /** The interval reached beyond the valid range of the measure and was clamped to it. */
  CLAMPED
}
