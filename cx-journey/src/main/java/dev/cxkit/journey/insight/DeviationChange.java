package dev.cxkit.journey.insight;

import static java.util.Objects.requireNonNull;

import dev.cxkit.journey.conformance.Deviation;
import java.util.List;
import java.util.Locale;

/**
 * One observed deviation from the current map, how many journeys still deviate that way against the
 * future map, and the future-state design changes touching it.
 *
 * <pre>{@code
 * for (DeviationChange d : check.deviations()) if (d.addressed()) System.out.println(d);
 * }</pre>
 *
 * @param deviation the deviation against the current map
 * @param journeysAfter journeys showing the same pattern against the future map
 * @param designChanges the map-diff entries concerning the deviation's steps or touchpoint
 */
public record DeviationChange(Deviation deviation, long journeysAfter, List<String> designChanges) {

  /** Checks and copies. */
  public DeviationChange {
    requireNonNull(deviation, "deviation");
    designChanges = List.copyOf(designChanges);
  }

  /** Whether a design change touches the deviation and fewer journeys deviate that way after. */
  public boolean addressed() {
    return !designChanges.isEmpty() && journeysAfter < deviation.journeys();
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s: %d -> %d journeys%s",
        deviation.sentence(),
        deviation.journeys(),
        journeysAfter,
        designChanges.isEmpty() ? ", not addressed by the future map" : " by " + designChanges);
  }
}
