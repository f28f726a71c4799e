package dev.cxkit.metrics.survey;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

/**
 * Customer Effort Score on an explicit {@link EffortScale}: mean answer (t interval), share of easy
 * answers (Wilson) and net easy (adjusted-Wald), all 95%.
 *
 * {@snippet class=dev.cxkit.metrics.survey.SnippetsTest region=effortScore}
 *
 * @param effortScale the effort scale type
 * @param mean mean answer (read with the scale's direction)
 * @param easyShare share of answers in the easy band
 * @param netEasy share easy minus share hard
 */
public record EffortScore(EffortScale effortScale, Score mean, Score easyShare, Score netEasy) {

  /** Checks the components are present. */
  public EffortScore {
    checkNotNull(effortScale, "effortScale");
    checkNotNull(mean, "mean");
    checkNotNull(easyShare, "easyShare");
    checkNotNull(netEasy, "netEasy");
  }

  /**
   * Scores a distribution of effort answers.
   *
   * @throws IllegalArgumentException if the distribution is on another scale (map it explicitly)
   */
  public static EffortScore of(EffortScale effortScale, ScoreDistribution distribution) {
    checkNotNull(effortScale, "effortScale");
    checkNotNull(distribution, "distribution");
    ScoreDistribution.checkSameScale(effortScale.scale(), distribution.scale(), "effort answers");
    NetScoreDefinition bands = effortScale.netEasy();
    return new EffortScore(
        effortScale,
        Means.of(distribution),
        Proportions.band(
            distribution,
            bands.positiveFrom(),
            bands.positiveTo(),
            effortScale.scale().name() + " easy share",
            IntervalSpec.wilson(0.95)),
        NetScores.of(distribution.netScoreCounts(bands)));
  }
}
