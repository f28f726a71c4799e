/**
 * Survey scores done right: net scores (NPS, Temkin, net easy, custom breaks), CSAT and CES on
 * typed scales, with honest intervals, comparisons, weights, segment breakdowns and sample-size
 * planning.
 *
 * <p>Answers are counted into mergeable values ({@link dev.cxkit.metrics.survey.ScoreDistribution},
 * {@link dev.cxkit.metrics.survey.NetScoreCounts}) by fast accumulators ({@link
 * dev.cxkit.metrics.survey.ScoreAccumulator}, {@link
 * dev.cxkit.metrics.survey.NetScoreAccumulator}); calculators ({@link
 * dev.cxkit.metrics.survey.NetScores}, {@link dev.cxkit.metrics.survey.Proportions}, {@link
 * dev.cxkit.metrics.survey.Means}) turn counts into {@link dev.cxkit.metrics.survey.Score}s that
 * carry n, effective n, method, confidence level, interval and flags; {@link
 * dev.cxkit.metrics.survey.Comparisons} tests differences.
 *
 * <pre>{@code
 * NetScoreAccumulator acc = new NetScoreAccumulator(NetScoreDefinition.nps());
 * acc.addAll(likelihoodToRecommend);
 * Score nps = NetScores.of(acc.snapshot());   // adjusted-Wald 95% by default
 * }</pre>
 */
@NullMarked
package dev.cxkit.metrics.survey;

import org.jspecify.annotations.NullMarked;
