package dev.cxkit.journey.insight;

import static java.util.Objects.requireNonNull;

import dev.cxkit.metrics.stats.Interval;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The observational effect of one exposure (a designed step or a touchpoint the map does not
 * design) on conversion, estimated at its landmark (see {@link MomentsOfTruth} for the estimand and
 * the method), with the Markov chain's independent estimate beside it.
 *
 * <pre>{@code
 * ExposureEffect e = mots.effect("text-message").orElseThrow();
 * e.estimand();        // "among journeys at 'report-outage' without 'text-message' yet, ..."
 * e.riskDifference();  // OptionalDouble[0.196]
 * e.clear();           // interval excludes 0 (Holm-adjusted), |effect| >= minimum, not weak
 * }</pre>
 *
 * @param candidate the step id or touchpoint id
 * @param kind whether the candidate is a designed step or an unplanned touchpoint
 * @param declared whether the map marks the step (or the touchpoint) a moment of truth
 * @param landmark the state where exposure can happen: a step id, or "(start)"
 * @param landmarkShare share of the candidate's first exposures that happen at the landmark
 * @param exposed at-risk journeys exposed at the landmark
 * @param exposedConverted of those, converted
 * @param unexposed at-risk journeys not exposed there
 * @param unexposedConverted of those, converted
 * @param strata strata holding both arms (the ones carrying weight)
 * @param riskDifference adjusted conversion difference, exposed minus not exposed; empty when it
 *     cannot be estimated (see {@link #weakReasons()})
 * @param interval its interval at the analysis' confidence level, when estimated
 * @param pValue two-sided p-value against no effect, when estimated
 * @param adjustedP Holm-adjusted p-value over all candidates estimated, when estimated
 * @param method how the estimate and the interval were computed
 * @param chainEffect the Markov chain's estimate: conversion from the landmark with exposure forced
 *     minus with exposure removed, when the chain has both states
 * @param removalEffect the chain's removal effect {@code 1 - P(conversion without it) /
 *     P(conversion)}, when the chain has the state
 * @param weakReasons why the evidence is weak; empty when it is not
 * @param verdict how the data relates to the design
 */
public record ExposureEffect(
    String candidate,
    Kind kind,
    boolean declared,
    String landmark,
    double landmarkShare,
    long exposed,
    long exposedConverted,
    long unexposed,
    long unexposedConverted,
    int strata,
    OptionalDouble riskDifference,
    Optional<Interval> interval,
    OptionalDouble pValue,
    OptionalDouble adjustedP,
    String method,
    OptionalDouble chainEffect,
    OptionalDouble removalEffect,
    List<String> weakReasons,
    Verdict verdict) {

  /** What the candidate is. */
  public enum Kind {
    /** A step of the journey map. */
    STEP,
    /** A touchpoint that matches no step of the map. */
    TOUCHPOINT
  }

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

  /** Checks and copies. */
  public ExposureEffect {
    requireNonNull(candidate, "candidate");
    requireNonNull(kind, "kind");
    requireNonNull(landmark, "landmark");
    requireNonNull(riskDifference, "riskDifference");
    requireNonNull(interval, "interval");
    requireNonNull(pValue, "pValue");
    requireNonNull(adjustedP, "adjustedP");
    requireNonNull(method, "method");
    requireNonNull(chainEffect, "chainEffect");
    requireNonNull(removalEffect, "removalEffect");
    requireNonNull(verdict, "verdict");
    weakReasons = List.copyOf(weakReasons);
    if (exposedConverted < 0
        || exposedConverted > exposed
        || unexposedConverted < 0
        || unexposedConverted > unexposed) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "candidate '%s' converted counts must be in 0..arm size, was %d/%d and %d/%d",
              candidate,
              exposedConverted,
              exposed,
              unexposedConverted,
              unexposed));
    }
    for (OptionalDouble d : List.of(riskDifference, chainEffect, removalEffect)) {
      if (d.isPresent() && !Double.isFinite(d.getAsDouble())) {
        throw new IllegalArgumentException(
            "candidate '" + candidate + "' effects must be finite, was " + d);
      }
    }
  }

  /** Whether the evidence is weak (see {@link #weakReasons()}). */
  public boolean weak() {
    return !weakReasons.isEmpty();
  }

  /** Whether the data shows a clear effect: the verdict is CONFIRMED or UNDECLARED. */
  public boolean clear() {
    return verdict == Verdict.CONFIRMED || verdict == Verdict.UNDECLARED;
  }

  /** Conversion rate of the exposed arm (0 when it is empty). */
  public double exposedRate() {
    return exposed == 0 ? 0 : (double) exposedConverted / exposed;
  }

  /** Conversion rate of the not-exposed arm (0 when it is empty). */
  public double unexposedRate() {
    return unexposed == 0 ? 0 : (double) unexposedConverted / unexposed;
  }

  /** The estimand in words. */
  public String estimand() {
    return kind == Kind.STEP
        ? String.format(
            Locale.ROOT,
            "among journeys that leave '%s' for a designed step without having been at '%s',"
                + " conversion when the next step is '%s' minus when it is another",
            landmark,
            candidate,
            candidate)
        : String.format(
            Locale.ROOT,
            "among journeys at '%s' without '%s' yet, conversion when '%s' happens there minus"
                + " when it does not (journeys ending there count as not exposed)",
            landmark,
            candidate,
            candidate);
  }

  @Override
  public String toString() {
    String rd =
        riskDifference.isPresent()
            ? String.format(
                Locale.ROOT,
                "%+.1f pp (%+.1f to %+.1f)",
                100 * riskDifference.getAsDouble(),
                100 * interval.orElseThrow().lower(),
                100 * interval.orElseThrow().upper())
            : "not estimable";
    return String.format(
        Locale.ROOT,
        "%s %s at %s: %s, %s, exposed %d (%.1f %%) vs not %d (%.1f %%)%s%s",
        kind == Kind.STEP ? "step" : "touchpoint",
        candidate,
        landmark,
        verdict,
        rd,
        exposed,
        100 * exposedRate(),
        unexposed,
        100 * unexposedRate(),
        chainEffect.isPresent()
            ? String.format(Locale.ROOT, ", chain %+.1f pp", 100 * chainEffect.getAsDouble())
            : "",
        weak() ? ", weak evidence: " + String.join("; ", weakReasons) : "");
  }
}
