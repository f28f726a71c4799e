package dev.cxkit.journey.insight;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Settings of the moment-of-truth analysis ({@link MomentsOfTruth#detect(
 * dev.cxkit.journey.assembly.Journeys, dev.cxkit.journey.conformance.StepMatcher, EffectOptions)}).
 * Immutable; every wither returns a copy.
 *
 * <pre>{@code
 * EffectOptions o = EffectOptions.standard()
 *     .withSegmentFromEvents()            // strata by the events' segment (confounding by segment)
 *     .withBootstrap(500, 7L)             // percentile interval over resampled journeys
 *     .withCandidates(List.of("text-message"));
 * }</pre>
 */
public final class EffectOptions {
  private final int minJourneys;
  private final double minEffect;
  private final double level;
  private final double alpha;
  private final int @Nullable [] segments;
  private final boolean segmentFromEvents;
  private final int bootstrap;
  private final long seed;
  private final List<String> candidates;

  private EffectOptions(
      int minJourneys,
      double minEffect,
      double level,
      double alpha,
      int @Nullable [] segments,
      boolean segmentFromEvents,
      int bootstrap,
      long seed,
      List<String> candidates) {
    this.minJourneys = minJourneys;
    this.minEffect = minEffect;
    this.level = level;
    this.alpha = alpha;
    this.segments = segments;
    this.segmentFromEvents = segmentFromEvents;
    this.bootstrap = bootstrap;
    this.seed = seed;
    this.candidates = candidates;
  }

  /**
   * Candidates exposed in at least 30 journeys, a clear effect at least 0.05, 95 % Sato intervals,
   * Holm family-wise error 0.05, no segments, every step and unplanned touchpoint a candidate.
   */
  public static EffectOptions standard() {
    return new EffectOptions(30, 0.05, 0.95, 0.05, null, false, 0, 1L, List.of());
  }

  /** Smallest number of journeys exposed before conversion for a step or touchpoint to count. */
  public EffectOptions withMinJourneys(int minJourneys) {
    if (minJourneys < 1) {
      throw new IllegalArgumentException("minJourneys must be >= 1, was " + minJourneys);
    }
    return new EffectOptions(
        minJourneys,
        minEffect,
        level,
        alpha,
        segments,
        segmentFromEvents,
        bootstrap,
        seed,
        candidates);
  }

  /** Smallest absolute conversion difference that counts as a clear effect, in [0, 1). */
  public EffectOptions withMinEffect(double minEffect) {
    if (!(minEffect >= 0 && minEffect < 1)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "minEffect must be in [0, 1), was %s", minEffect));
    }
    return new EffectOptions(
        minJourneys,
        minEffect,
        level,
        alpha,
        segments,
        segmentFromEvents,
        bootstrap,
        seed,
        candidates);
  }

  /** Confidence level of the intervals, in (0, 1). */
  public EffectOptions withConfidenceLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "confidence level must be in (0, 1), was %s", level));
    }
    return new EffectOptions(
        minJourneys,
        minEffect,
        level,
        alpha,
        segments,
        segmentFromEvents,
        bootstrap,
        seed,
        candidates);
  }

  /** Family-wise error rate of the Holm-adjusted p-values that decide a clear effect. */
  public EffectOptions withAlpha(double alpha) {
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "alpha must be in (0, 1), was %s", alpha));
    }
    return new EffectOptions(
        minJourneys,
        minEffect,
        level,
        alpha,
        segments,
        segmentFromEvents,
        bootstrap,
        seed,
        candidates);
  }

  /**
   * The segment of each journey (index = journey index, value a dense id >= 0, or -1 for none):
   * segment joins the strata, so confounding by segment is adjusted for. Replaces {@link
   * #withSegmentFromEvents()}.
   */
  public EffectOptions withSegments(int[] segmentOfJourney) {
    requireNonNull(segmentOfJourney, "segmentOfJourney");
    return new EffectOptions(
        minJourneys,
        minEffect,
        level,
        alpha,
        segmentOfJourney.clone(),
        false,
        bootstrap,
        seed,
        candidates);
  }

  /**
   * The segment of each journey from the {@code segment} attribute of its events (a segment column
   * of the event log, {@code CsvFormat.withSegment}): segment joins the strata, so confounding by
   * segment is adjusted for. Journeys whose events carry no segment form a stratum of their own.
   * Detection refuses journeys without a segment attribute and a journey whose events carry two
   * different segments (a segment that changes within a journey may be decided after the exposure).
   * Replaces {@link #withSegments(int[])}.
   */
  public EffectOptions withSegmentFromEvents() {
    return new EffectOptions(
        minJourneys, minEffect, level, alpha, null, true, bootstrap, seed, candidates);
  }

  /**
   * Percentile intervals from {@code replicates} resamples of the journeys (seeded) instead of
   * Sato's variance; 0 turns the bootstrap off.
   */
  public EffectOptions withBootstrap(int replicates, long seed) {
    if (replicates != 0 && (replicates < 100 || replicates > 100_000)) {
      throw new IllegalArgumentException(
          "bootstrap replicates must be 0 or in 100..100000, was " + replicates);
    }
    return new EffectOptions(
        minJourneys,
        minEffect,
        level,
        alpha,
        segments,
        segmentFromEvents,
        replicates,
        seed,
        candidates);
  }

  /**
   * Only these candidates (step ids or touchpoint ids), each estimated whatever its number of
   * journeys; one that names no step and no observed touchpoint, or is never seen before
   * conversion, is an error.
   */
  public EffectOptions withCandidates(List<String> candidates) {
    return new EffectOptions(
        minJourneys,
        minEffect,
        level,
        alpha,
        segments,
        segmentFromEvents,
        bootstrap,
        seed,
        List.copyOf(candidates));
  }

  int minJourneys() {
    return minJourneys;
  }

  double minEffect() {
    return minEffect;
  }

  /** The confidence level. */
  public double level() {
    return level;
  }

  double alpha() {
    return alpha;
  }

  int @Nullable [] segments() {
    return segments;
  }

  boolean segmentFromEvents() {
    return segmentFromEvents;
  }

  /** Whether the strata include a segment (given per journey or read from the events). */
  public boolean adjustsForSegment() {
    return segments != null || segmentFromEvents;
  }

  int bootstrap() {
    return bootstrap;
  }

  long seed() {
    return seed;
  }

  List<String> candidates() {
    return candidates;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "EffectOptions{minJourneys=%d, minEffect=%.3f, level=%.3f, alpha=%.3f, segments=%s,"
            + " bootstrap=%d, candidates=%s}",
        minJourneys,
        minEffect,
        level,
        alpha,
        adjustsForSegment(),
        bootstrap,
        candidates);
  }
}
