package dev.cxkit.metrics.survey;

/** What kind of quantity a {@link Score} estimates, which fixes its valid range. */
public enum ScoreKind {
  /** Share positive minus share negative, in [−1, 1] (NPS, Temkin, net easy). */
  NET_SCORE,
  /** A share of respondents, in [0, 1] (top-2-box CSAT, share easy). */
  PROPORTION,
  /** A mean answer, within the scale's range (mean CSAT, mean CES). */
  MEAN
}
