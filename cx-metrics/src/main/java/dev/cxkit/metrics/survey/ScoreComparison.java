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
 * <p>As in {@link Score}, {@link #difference()} is always the difference of the sample estimates
 * (NPS 0.40 − 0.26 = 0.14), and {@link #intervalCentre()} is the difference the method built its
 * test and interval around: the difference of the adjusted-Wald centres for {@link
 * ComparisonMethod#ADJUSTED_WALD_Z} (Rocks 2016: 0.13917 in the example), of the Agresti–Caffo
 * adjusted shares for {@link ComparisonMethod#N_MINUS_ONE_TWO_PROPORTION}'s interval, and the
 * estimate difference itself for every other method.
 *
 * <pre>{@code
 * ScoreComparison c = Comparisons.netScores(
 *     NetScoreCounts.nps(300, 100, 100), NetScoreCounts.nps(250, 130, 120));
 * c.difference();       // 0.14: NPS 0.40 - 0.26
 * c.intervalCentre();   // 0.13917: adjusted-Wald centres 200/503 - 130/503
 * c.pValue();           // 0.0064
 * }</pre>
 *
 * @param measure what was compared, for example {@code "NPS"}
 * @param method the test
 * @param nA respondents in sample A (pairs for paired tests)
 * @param nB respondents in sample B (pairs for paired tests)
 * @param difference A − B (after − before when paired) of the sample estimates, on the measure's
 *     own scale
 * @param intervalCentre the difference the method centred its interval on (see above); equals
 *     {@code difference} unless the method adjusts the samples
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
    double intervalCentre,
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
        Double.isFinite(intervalCentre), "intervalCentre must be finite, was %s", intervalCentre);
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
        "%s %s: difference %.5f%s (SE %.5f), statistic %.4f, p=%.4g, %s, %s %.4f",
        measure,
        method,
        difference,
        intervalCentre == difference
            ? ""
            : String.format(Locale.ROOT, ", interval centre %.5f", intervalCentre),
        standardError,
        statistic,
        pValue,
        interval,
        effectSizeMeasure,
        effectSize);
  }
}
