package dev.cxkit.metrics.survey;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.metrics.stats.Interval;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A {@link Score} on the 0..100 scale dashboards show: a net score as points from −100 to 100 (NPS
 * 0.175 is "NPS 17.5"), a share as a percentage from 0 to 100. Estimate, standard error, interval
 * centre and interval bounds are all multiplied by 100; sample size, method and level are the
 * score's. A view only: compute, compare and merge on the score itself.
 *
 * <pre>{@code
 * ScorePoints p = NetScores.of(NetScoreCounts.nps(250, 675, 75)).points();
 * p.estimate();   // OptionalDouble[17.5]
 * p.interval();   // [14.08597, 20.80937] (95% ADJUSTED_WALD)
 * p.toString();   // "NPS = 17.5 points, n=1000, 95% ADJUSTED_WALD [14.1, 20.8]"
 * }</pre>
 *
 * @param score the score this view shows
 * @param unit {@code "points"} for a net score, {@code "%"} for a share
 * @param estimate the estimate × 100, empty for an empty sample
 * @param standardError the standard error × 100, empty when there is no interval
 * @param intervalCentre the interval centre × 100, empty when there is no interval
 * @param interval the interval with both bounds × 100 (in [−100, 100] or [0, 100])
 */
public record ScorePoints(
    Score score,
    String unit,
    OptionalDouble estimate,
    OptionalDouble standardError,
    OptionalDouble intervalCentre,
    Optional<Interval> interval) {

  /** Checks the components are present. */
  public ScorePoints {
    checkNotNull(score, "score");
    checkNotNull(unit, "unit");
    checkNotNull(estimate, "estimate");
    checkNotNull(standardError, "standardError");
    checkNotNull(intervalCentre, "intervalCentre");
    checkNotNull(interval, "interval");
  }

  static ScorePoints of(Score score) {
    String unit =
        switch (score.kind()) {
          case NET_SCORE -> "points";
          case PROPORTION -> "%";
          case MEAN ->
              throw new IllegalStateException(
                  "a points view exists for net scores and shares only, was "
                      + score.label()
                      + " (a mean is on its answer scale already)");
        };
    return new ScorePoints(
        score,
        unit,
        times100(score.estimate()),
        times100(score.standardError()),
        times100(score.intervalCentre()),
        score
            .interval()
            .map(
                ci ->
                    Interval.of(
                        ci.lower() * 100, ci.upper() * 100, ci.confidenceLevel(), ci.method())));
  }

  private static OptionalDouble times100(OptionalDouble value) {
    return value.isPresent()
        ? OptionalDouble.of(value.getAsDouble() * 100)
        : OptionalDouble.empty();
  }

  @Override
  public String toString() {
    String value =
        estimate.isPresent()
            ? String.format(Locale.ROOT, "%.1f", estimate.getAsDouble())
                + (unit.equals("%") ? "%" : " " + unit)
            : "none";
    String range =
        interval
            .map(
                ci ->
                    String.format(
                        Locale.ROOT,
                        "%.0f%% %s [%.1f, %.1f]",
                        ci.confidenceLevel() * 100,
                        ci.method(),
                        ci.lower(),
                        ci.upper()))
            .orElse("no interval");
    return String.format(Locale.ROOT, "%s = %s, n=%d, %s", score.label(), value, score.n(), range);
  }
}
