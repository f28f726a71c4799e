package dev.cxkit.metrics.survey;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

/**
 * Customer satisfaction on a typed scale: the top-2-box share (the headline CSAT) and the mean
 * answer, each with its own interval.
 *
 * {@snippet class=dev.cxkit.metrics.survey.SnippetsTest region=csatScore}
 *
 * @param topTwoBox share in the two best points of the scale
 * @param mean mean answer
 */
public record CsatScore(Score topTwoBox, Score mean) {

  /** Checks the components are present. */
  public CsatScore {
    checkNotNull(topTwoBox, "topTwoBox");
    checkNotNull(mean, "mean");
  }

  /** Top-2-box share (Wilson 95%) and mean (t 95%). */
  public static CsatScore of(ScoreDistribution distribution) {
    return of(distribution, IntervalSpec.wilson(0.95), IntervalSpec.t(0.95));
  }

  /** Top-2-box share and mean with the requested intervals. */
  public static CsatScore of(
      ScoreDistribution distribution, IntervalSpec shareInterval, IntervalSpec meanInterval) {
    return new CsatScore(
        Proportions.topBox(distribution, 2, shareInterval), Means.of(distribution, meanInterval));
  }
}
