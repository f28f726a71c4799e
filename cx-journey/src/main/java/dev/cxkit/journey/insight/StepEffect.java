package dev.cxkit.journey.insight;

import static java.util.Objects.requireNonNull;

import dev.cxkit.metrics.stats.Interval;
import java.util.Locale;

/**
 * How much reaching one step moves conversion: the journey-length-adjusted difference in conversion
 * between journeys with and without the step (Mantel-Haenszel weighted risk difference) with its
 * interval, the Markov removal effect, and whether the map declares it a moment of truth.
 *
 * <pre>{@code
 * StepEffect e = mots.effects().get(0);
 * e.verdict();   // CONFIRMED
 * }</pre>
 *
 * @param stepId the step
 * @param declared whether the map marks the step (or one of its touchpoints) a moment of truth
 * @param withJourneys journeys that reached the step
 * @param withoutJourneys journeys that did not
 * @param riskDifference adjusted conversion difference, with minus without
 * @param interval its normal-approximation interval
 * @param removalEffect {@code 1 - conversion without the step / baseline conversion} in the chain
 * @param weak whether the evidence is weak (see {@link #weakReason()})
 * @param weakReason why, or empty
 * @param verdict how the data relates to the design
 */
public record StepEffect(
    String stepId,
    boolean declared,
    long withJourneys,
    long withoutJourneys,
    double riskDifference,
    Interval interval,
    double removalEffect,
    boolean weak,
    String weakReason,
    Verdict verdict) {

  /** How the data relates to the designed moments of truth. */
  public enum Verdict {
    /** Declared on the map, and the data shows a clear effect. */
    CONFIRMED,
    /** Declared on the map, but the data shows no clear effect. */
    NOT_CONFIRMED,
    /** Not declared, but the data shows a clear effect. */
    UNDECLARED,
    /** Neither declared nor shown. */
    NONE
  }

  /** Checks the fields. */
  public StepEffect {
    requireNonNull(stepId, "stepId");
    requireNonNull(interval, "interval");
    requireNonNull(weakReason, "weakReason");
    requireNonNull(verdict, "verdict");
    if (!Double.isFinite(riskDifference) || !Double.isFinite(removalEffect)) {
      throw new IllegalArgumentException(
          "step '"
              + stepId
              + "' effects must be finite, was "
              + riskDifference
              + ", "
              + removalEffect);
    }
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s: %s, conversion %+.1f pp (%+.1f to %+.1f) with vs without (n=%d/%d), removal effect"
            + " %.1f %%%s",
        stepId,
        verdict,
        100 * riskDifference,
        100 * interval.lower(),
        100 * interval.upper(),
        withJourneys,
        withoutJourneys,
        100 * removalEffect,
        weak ? ", weak evidence: " + weakReason : "");
  }
}
