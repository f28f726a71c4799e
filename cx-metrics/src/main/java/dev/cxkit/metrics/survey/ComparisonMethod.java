package dev.cxkit.metrics.survey;

/** The test behind a {@link ScoreComparison}. */
public enum ComparisonMethod {
  /** Two independent net scores, adjusted-Wald z test (Rocks 2016). */
  ADJUSTED_WALD_Z,
  /** Two independent net scores, Wald z test with linearised variances. */
  WALD_Z,
  /**
   * Two independent proportions, N−1 two-proportion (chi-square) test (Campbell 2007; Richardson
   * 2011), with an Agresti–Caffo interval for the difference.
   */
  N_MINUS_ONE_TWO_PROPORTION,
  /** Two independent means, Welch's unequal-variance t test (Welch 1947). */
  WELCH_T,
  /** The same respondents twice, t test on the per-respondent differences. */
  PAIRED_T
}
