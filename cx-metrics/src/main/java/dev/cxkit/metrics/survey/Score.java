package dev.cxkit.metrics.survey;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.metrics.stats.IntervalMethod;
import dev.cxkit.model.survey.Scale;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A survey score with everything a statistician needs to read it honestly: sample size, effective
 * sample size, the estimate, its standard error, the interval with method and confidence level, and
 * flags.
 *
 * <p>{@link #estimate()} is always the sample statistic (for example the raw NPS 0.45); {@link
 * #intervalCentre()} is the point the method built its interval around (the adjusted estimate for
 * adjusted-Wald, the Wilson or Agresti–Coull centre, the posterior mean for Bayesian intervals). An
 * empty sample has no estimate, standard error or interval and is flagged {@link
 * ScoreFlag#EMPTY_SAMPLE}; a mean of one respondent has an estimate but no interval. Nothing is
 * ever NaN.
 *
 * <pre>{@code
 * Score nps = NetScores.of(NetScoreCounts.nps(12, 5, 3));
 * nps.estimate();              // OptionalDouble[0.45]
 * nps.interval();              // [0.08431, 0.69830] (95% ADJUSTED_WALD)
 * nps.hasFlag(ScoreFlag.SMALL_SAMPLE);   // true: n = 20
 * nps.points().estimate();     // OptionalDouble[45.0]: the −100..100 points scale
 * }</pre>
 *
 * @param kind what is estimated (fixes the valid range)
 * @param label the measure's name, for example {@code "NPS"} or {@code "CSAT 1-5 top-2-box"}
 * @param scale the answer scale the score was computed on
 * @param n number of respondents
 * @param effectiveN Kish's effective sample size (equals n when unweighted)
 * @param estimate the sample statistic, empty for an empty sample
 * @param standardError the standard error the interval used (bootstrap or posterior standard
 *     deviation for resampling methods), empty when there is no interval
 * @param intervalCentre the centre the interval method used, empty when there is no interval
 * @param interval the interval, clamped to the valid range; empty when it cannot be computed
 * @param method the interval method requested
 * @param confidenceLevel the confidence level requested
 * @param flags warnings (small sample, weighted, non-standard breaks, clamped, empty)
 */
public record Score(
    ScoreKind kind,
    String label,
    Scale scale,
    long n,
    double effectiveN,
    OptionalDouble estimate,
    OptionalDouble standardError,
    OptionalDouble intervalCentre,
    Optional<Interval> interval,
    IntervalMethod method,
    double confidenceLevel,
    Set<ScoreFlag> flags) {

  /** Below this effective sample size a score is flagged {@link ScoreFlag#SMALL_SAMPLE}. */
  public static final int SMALL_SAMPLE_SIZE = 30;

  /** Validates the components and freezes the flags. */
  public Score {
    checkNotNull(kind, "kind");
    checkNotNull(label, "label");
    checkNotNull(scale, "scale");
    checkNotNull(method, "method");
    checkArgument(n >= 0, "n must be >= 0, was %s", n);
    checkArgument(
        effectiveN >= 0.0 && effectiveN <= n + 1e-9 * n,
        "effectiveN must be in [0, n=%s], was %s",
        n,
        (Object) effectiveN);
    checkFinite("estimate", estimate);
    checkFinite("standardError", standardError);
    checkFinite("intervalCentre", intervalCentre);
    checkArgument(
        n > 0 || estimate.isEmpty(), "estimate must be empty when n is 0, was %s", estimate);
    flags =
        flags.isEmpty()
            ? Collections.emptySet()
            : Collections.unmodifiableSet(EnumSet.copyOf(flags));
  }

  /**
   * This score on the 0..100 scale dashboards use: a net score in points from −100 to 100, a share
   * in percent; interval and standard error are scaled too.
   *
   * @throws IllegalStateException for a mean, which is on its answer scale already
   */
  public ScorePoints points() {
    return ScorePoints.of(this);
  }

  /** Whether the score carries {@code flag}. */
  public boolean hasFlag(ScoreFlag flag) {
    return flags.contains(flag);
  }

  private static void checkFinite(String field, OptionalDouble value) {
    checkArgument(
        value.isEmpty() || Double.isFinite(value.getAsDouble()),
        "%s must be finite, was %s",
        field,
        value);
  }

  @Override
  public String toString() {
    String value =
        estimate.isPresent() ? String.format(Locale.ROOT, "%.4f", estimate.getAsDouble()) : "none";
    return String.format(
        Locale.ROOT,
        "%s = %s, n=%d%s, %s%s",
        label,
        value,
        n,
        hasFlag(ScoreFlag.WEIGHTED)
            ? String.format(Locale.ROOT, " (effective %.1f)", effectiveN)
            : "",
        interval.map(Interval::toString).orElse("no interval"),
        flags.isEmpty() ? "" : " " + flags);
  }
}
