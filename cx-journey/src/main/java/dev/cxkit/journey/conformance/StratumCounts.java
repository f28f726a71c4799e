package dev.cxkit.journey.conformance;

import static java.util.Objects.requireNonNull;

/**
 * Outcome counts of one stratum for one step: journeys that reached the step and those that did
 * not, and how many of each converted. Strata cross journey length (1-3, 4-6, 7-9, 10-14, 15+
 * events) with whether the aligned walk ended at an end step of the map ("completed"), so effect
 * estimates are adjusted for length and for the survivorship of completing the designed journey (a
 * late step is reached only by journeys that did not drop off earlier).
 *
 * <pre>{@code
 * for (StratumCounts s : report.strata("quote")) { s.withConverted(); }
 * }</pre>
 *
 * @param label the stratum, for example "4-6 events, completed"
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
