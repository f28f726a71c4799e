package dev.cxkit.journey.conformance;

import static java.util.Objects.requireNonNull;

/**
 * Outcome counts of one journey-length stratum for one step: journeys that reached the step and
 * those that did not, and how many of each converted. The input of effect estimates adjusted for
 * journey length (longer journeys reach more steps and may convert more often).
 *
 * <pre>{@code
 * for (StratumCounts s : report.strata("quote")) { s.withConverted(); }
 * }</pre>
 *
 * @param label the stratum, for example "4-6 events"
 * @param withJourneys journeys in the stratum that reached the step
 * @param withConverted of those, converted
 * @param withoutJourneys journeys in the stratum that did not reach the step
 * @param withoutConverted of those, converted
 */
public record StratumCounts(
    String label,
    long withJourneys,
    long withConverted,
    long withoutJourneys,
    long withoutConverted) {

  /** Checks the counts. */
  public StratumCounts {
    requireNonNull(label, "label");
    if (withConverted < 0
        || withConverted > withJourneys
        || withoutConverted < 0
        || withoutConverted > withoutJourneys) {
      throw new IllegalArgumentException(
          "stratum '"
              + label
              + "' converted counts must be in 0..journeys, was "
              + withConverted
              + "/"
              + withJourneys
              + ", "
              + withoutConverted
              + "/"
              + withoutJourneys);
    }
  }
}
