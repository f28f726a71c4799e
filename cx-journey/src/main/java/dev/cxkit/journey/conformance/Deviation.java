package dev.cxkit.journey.conformance;

import static java.util.Objects.requireNonNull;

import dev.cxkit.metrics.stats.Interval;
import java.util.Locale;
import java.util.Optional;

/**
 * One aggregated deviation pattern: its kind, the step concerned, its context, and how many
 * journeys show it at least once, with the share of all journeys and its Wilson interval.
 *
 * <pre>{@code
 * Deviation d = report.deviations().get(0);
 * d.sentence();  // "40.0 % of journeys skip 'onboarding-call' and go straight from 'signup' to 'billing'"
 * }</pre>
 *
 * @param kind the kind of deviation
 * @param stepId the designed step concerned; empty for an unplanned touchpoint at the very start
 * @param fromStepId for skips and replacements, the step before ({@code "(start)"} at the start)
 * @param toStepId for skips and replacements, the step the journey goes on to
 * @param touchpointId for replacements and unplanned events, the unplanned touchpoint
 * @param journeys journeys showing the pattern at least once
 * @param share {@code journeys / total journeys}
 * @param interval Wilson interval of the share
 */
public record Deviation(
    DeviationKind kind,
    Optional<String> stepId,
    Optional<String> fromStepId,
    Optional<String> toStepId,
    Optional<String> touchpointId,
    long journeys,
    double share,
    Interval interval) {

  /** Checks the fields. */
  public Deviation {
    requireNonNull(kind, "kind");
    requireNonNull(stepId, "stepId");
    requireNonNull(fromStepId, "fromStepId");
    requireNonNull(toStepId, "toStepId");
    requireNonNull(touchpointId, "touchpointId");
    requireNonNull(interval, "interval");
    if (journeys < 0 || !(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException(
          "deviation journeys must be >= 0 and share in [0, 1], was " + journeys + ", " + share);
    }
  }

  /** A readable sentence with the share, in {@link Locale#ROOT}. */
  public String sentence() {
    String pct = String.format(Locale.ROOT, "%.1f %% of journeys ", 100 * share);
    String step = stepId.map(s -> "'" + s + "'").orElse("");
    switch (kind) {
      case SKIPPED:
        return pct
            + "skip "
            + step
            + " and go straight from '"
            + fromStepId.orElse("")
            + "' to '"
            + toStepId.orElse("")
            + "'";
      case REPLACED:
        return pct
            + "replace "
            + step
            + " by the unplanned touchpoint '"
            + touchpointId.orElse("")
            + "'";
      case UNPLANNED:
        return pct
            + "use the unplanned touchpoint '"
            + touchpointId.orElse("")
            + "'"
            + stepId.map(s -> " after '" + s + "'").orElse(" at the start");
      default:
        return pct + kind.verb() + " " + step;
    }
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s (n=%d, %.1f-%.1f %%)",
        sentence(),
        journeys,
        100 * interval.lower(),
        100 * interval.upper());
  }
}
