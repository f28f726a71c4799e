package dev.cxkit.journey.insight;

import static java.util.Objects.requireNonNull;

import dev.cxkit.metrics.stats.Interval;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A designed step, an unplanned touchpoint or an undesigned transition ranked as a pain-point
 * hotspot, with the raw evidence behind its score (see {@link Hotspots} for the score).
 *
 * <pre>{@code
 * Hotspot h = Hotspots.rank(mots).get(0);
 * h.explain();  // "touchpoint transfer (at call-support): score 0.81 = effect -22.0 pp, ..."
 * }</pre>
 *
 * @param item the step id, touchpoint id, or "from -> to" of a transition
 * @param kind what the item is
 * @param anchorStepId the step it belongs to or occurs at (a touchpoint: its landmark step; a
 *     transition: its source), for drawing it on the map; empty when it happens before any step
 * @param score the weighted score in [0, 1]
 * @param reach journeys with the item
 * @param dropOff share of those journeys that end, without converting, right at the item
 * @param dropOffInterval Wilson interval of the drop-off share
 * @param feedback the observed emotions and scores at the item (mean valence in [-1, 1], n and
 *     interval), when the log or the caller has them
 * @param repeatRate share of the journeys with the item that have it twice or more
 * @param channelSwitchRate share of the item's events that came in another channel than the event
 *     before, where the map does not design that change
 * @param meanDwellMillis mean time from the item's events to the next event
 * @param effect the item's moment-of-truth risk difference, when it was estimated
 * @param harmful whether that effect is a clear negative one
 */
public record Hotspot(
    String item,
    Kind kind,
    Optional<String> anchorStepId,
    double score,
    long reach,
    double dropOff,
    Interval dropOffInterval,
    Optional<StepFeedback> feedback,
    double repeatRate,
    double channelSwitchRate,
    double meanDwellMillis,
    OptionalDouble effect,
    boolean harmful) {

  /** What a hotspot is. */
  public enum Kind {
    /** A designed step. */
    STEP,
    /** A touchpoint that matches no step of the map. */
    TOUCHPOINT,
    /** A move from one step to another that the map does not design (a loop back, a jump). */
    TRANSITION
  }

  /** Checks the fields. */
  public Hotspot {
    requireNonNull(item, "item");
    requireNonNull(kind, "kind");
    requireNonNull(anchorStepId, "anchorStepId");
    requireNonNull(dropOffInterval, "dropOffInterval");
    requireNonNull(feedback, "feedback");
    requireNonNull(effect, "effect");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException(
          "hotspot '" + item + "' score must be in [0, 1], was " + score);
    }
  }

  /** The mean observed valence in [-1, 1], when there is feedback. */
  public Optional<Double> meanValence() {
    return feedback.map(StepFeedback::meanValence);
  }

  /** One line: the score and each component's raw value. */
  public String explain() {
    return String.format(
        Locale.ROOT,
        "%s %s%s: score %.2f = effect %s, drop-off %.1f %% (%.1f-%.1f %%), valence %s, repeats"
            + " %.1f %%, undesigned channel switches %.1f %%, time %.1f min; reach %d journeys",
        kind.name().toLowerCase(Locale.ROOT),
        item,
        kind == Kind.STEP ? "" : anchorStepId.map(a -> " (at " + a + ")").orElse(""),
        score,
        effect.isPresent()
            ? String.format(
                Locale.ROOT, "%+.1f pp%s", 100 * effect.getAsDouble(), harmful ? " (clear)" : "")
            : "n/a",
        100 * dropOff,
        100 * dropOffInterval.lower(),
        100 * dropOffInterval.upper(),
        feedback.map(Hotspot::valence).orElse("n/a"),
        100 * repeatRate,
        100 * channelSwitchRate,
        meanDwellMillis / 60_000.0,
        reach);
  }

  private static String valence(StepFeedback f) {
    return String.format(Locale.ROOT, "%+.2f (n %d", f.meanValence(), f.responses())
        + f.interval()
            .map(i -> String.format(Locale.ROOT, ", %+.2f to %+.2f)", i.lower(), i.upper()))
            .orElse(")");
  }

  @Override
  public String toString() {
    return explain();
  }
}
