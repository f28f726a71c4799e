package dev.cxkit.journey.insight;

import static java.util.Objects.requireNonNull;

import dev.cxkit.metrics.stats.Interval;
import java.util.Locale;
import java.util.Optional;

/**
 * A step ranked as a pain-point hotspot, with the raw evidence behind its score.
 *
 * <pre>{@code
 * Hotspot h = Hotspots.rank(report, chain, Map.of(), HotspotWeights.standard()).get(0);
 * h.explain();  // "billing: score 0.81 = drop-off 31.0 % ... "
 * }</pre>
 *
 * @param stepId the step
 * @param score the weighted score in [0, 1] (see {@link HotspotWeights})
 * @param reach journeys that reached the step
 * @param dropOff share of the step's walk transitions that end in drop-off
 * @param dropOffInterval Wilson interval of the drop-off share
 * @param meanValence mean feedback valence, when feedback was given
 * @param repeatRate share of journeys at the step that repeat it
 * @param channelSwitchRate share of the step's events in another channel than the previous event
 * @param meanDwellMillis mean time from the step's event to the next event
 */
public record Hotspot(
    String stepId,
    double score,
    long reach,
    double dropOff,
    Interval dropOffInterval,
    Optional<Double> meanValence,
    double repeatRate,
    double channelSwitchRate,
    double meanDwellMillis) {

  /** Checks the fields. */
  public Hotspot {
    requireNonNull(stepId, "stepId");
    requireNonNull(dropOffInterval, "dropOffInterval");
    requireNonNull(meanValence, "meanValence");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException(
          "hotspot '" + stepId + "' score must be in [0, 1], was " + score);
    }
  }

  /** One line: the score and each component's raw value. */
  public String explain() {
    return String.format(
        Locale.ROOT,
        "%s: score %.2f = drop-off %.1f %% (%.1f-%.1f %%), valence %s, repeats %.1f %%,"
            + " channel switches %.1f %%, time at step %.1f min; reach %d journeys",
        stepId,
        score,
        100 * dropOff,
        100 * dropOffInterval.lower(),
        100 * dropOffInterval.upper(),
        meanValence.map(v -> String.format(Locale.ROOT, "%+.2f", v)).orElse("n/a"),
        100 * repeatRate,
        100 * channelSwitchRate,
        meanDwellMillis / 60_000.0,
        reach);
  }

  @Override
  public String toString() {
    return explain();
  }
}
