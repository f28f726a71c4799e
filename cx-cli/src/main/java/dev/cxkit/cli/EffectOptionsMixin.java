package dev.cxkit.cli;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.insight.EffectOptions;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The moment-of-truth estimation settings ({@link EffectOptions}), shared by {@code cx insights}
 * and the report's {@code insights} section: candidates, their minimum number of journeys, and the
 * bootstrap instead of Sato's variance. When the events were read with {@code --segment-column},
 * the segment joins the strata ({@link EffectOptions#withSegmentFromEvents()}).
 */
final class EffectOptionsMixin {
  @Option(
      names = "--candidate",
      description =
          "Estimate only this step or touchpoint (repeatable); one that never occurs before"
              + " conversion is an error.")
  List<String> candidates;

  @Option(
      names = "--min-journeys",
      defaultValue = "30",
      description =
          "Journeys a step or unplanned touchpoint must be seen in to be assessed (default:"
              + " ${DEFAULT-VALUE}).")
  int minJourneys = 30;

  @Option(
      names = "--bootstrap",
      defaultValue = "0",
      description =
          "Percentile-bootstrap intervals from this many resamples of the journeys instead of"
              + " Sato's variance (default: ${DEFAULT-VALUE}, off).")
  int bootstrap;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Seed of the bootstrap (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  /**
   * The options for these journeys (their segment in the strata when they carry one), or bad input
   * naming the option and the rule.
   */
  EffectOptions options(Journeys journeys) {
    try {
      EffectOptions o =
          EffectOptions.standard().withMinJourneys(minJourneys).withBootstrap(bootstrap, seed);
      if (journeys.attributes().hasSegment()) {
        o = o.withSegmentFromEvents();
      }
      return candidates == null ? o : o.withCandidates(candidates);
    } catch (IllegalArgumentException e) {
      throw BadInputException.refused(e);
    }
  }
}
