package dev.cxkit.metrics.survey;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.metrics.stats.Interval;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The difference between two scores (A − B, or after − before for paired samples) with its standard
 * error, test statistic, two-sided p-value, interval and a standardised effect size.
 *
 * {@snippet class=dev.cxkit.metrics.survey.SnippetsTest region=scoreComparison}
 *
 * @param measure what was compared, for example {@code "NPS"}
 * @param method the test
 * @param nA respondents in sample A (pairs for paired tests)
 * @param nB respondents in sample B (pairs for paired tests)
 * @param difference A − B (after − before when paired), on the measure's own scale
 * @param standardError standard error of the difference
 * @param statistic z or t statistic
 * @param degreesOfFreedom degrees of freedom of a t statistic, empty for z
 * @param pValue two-sided p-value
 * @param interval interval for the difference, clamped to its valid range
 * @param effectSize standardised effect size, see {@code effectSizeMeasure}
 * @param effectSizeMeasure how the effect size is standardised (Cohen's h, Cohen's d, d_z, …)
 */
public record ScoreComparison(
    String measure,
    ComparisonMethod method,
    long nA,
    long nB,
    double difference,
    double standardError,
    double statistic,
    OptionalDouble degreesOfFreedom,
    double pValue,
    Interval interval,
    double effectSize,
    String effectSizeMeasure) {

  /** Validates that every number is finite and the p-value a probability. */
  public ScoreComparison {
    checkNotNull(measure, "measure");
    checkNotNull(method, "method");
    checkNotNull(interval, "interval");
    checkNotNull(effectSizeMeasure, "effectSizeMeasure");
    checkArgument(nA > 0 && nB > 0, "nA and nB must be > 0, was %s and %s", nA, nB);
    checkArgument(Double.isFinite(difference), "difference must be finite, was %s", difference);
    checkArgument(
        standardError >= 0 && Double.isFinite(standardError),
        "standardError must be finite and >= 0, was %s",
        standardError);
    checkArgument(Double.isFinite(statistic), "statistic must be finite, was %s", statistic);
    checkArgument(pValue >= 0 && pValue <= 1, "pValue must be in [0, 1], was %s", pValue);
    checkArgument(Double.isFinite(effectSize), "effectSize must be finite, was %s", effectSize);
  }

  /** Whether the difference is significant at level {@code alpha} (p &lt; alpha). */
  public boolean isSignificant(double alpha) {
    checkArgument(alpha > 0 && alpha < 1, "alpha must be in (0, 1), was %s", alpha);
    return pValue < alpha;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s %s: difference %.5f (SE %.5f), statistic %.4f, p=%.4g, %s, %s %.4f",
        measure,
        method,
        difference,
        standardError,
        statistic,
        pValue,
        interval,
        effectSizeMeasure,
        effectSize);
  }
}
