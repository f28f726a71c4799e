package dev.cxkit.cli;

import dev.cxkit.journey.attribution.AttributionModel;
import dev.cxkit.journey.attribution.CreditBootstrap;
import dev.cxkit.journey.attribution.CreditIntervals;
import dev.cxkit.journey.paths.PathTable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The {@code --interval} options of {@code cx attribution}: bootstrap intervals on every model's
 * channel credit (journeys resampled with replacement, seeded).
 */
final class CreditIntervalOptions {
  @Option(
      names = "--interval",
      description =
          "Add bootstrap intervals on each channel's credit at this level, e.g. 0.95 (the table's"
              + " journeys resampled with replacement; percentile intervals).")
  @Nullable Double level;

  @Option(
      names = "--replicates",
      defaultValue = "1000",
      description = "Bootstrap replicates of --interval (default: ${DEFAULT-VALUE}).")
  int replicates;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description =
          "Seed of the bootstrap (default: ${DEFAULT-VALUE}); the same seed gives the same"
              + " intervals.")
  long seed;

  boolean requested() {
    return level != null;
  }

  /** The level asked for, checked. */
  double level() {
    double l = level == null ? 0.95 : level;
    if (!(l > 0 && l < 1)) {
      throw new BadInputException("--interval must be in (0, 1), e.g. 0.95, was " + l);
    }
    if (replicates < 10) {
      throw new BadInputException("--replicates must be >= 10, was " + replicates);
    }
    return l;
  }

  /** {@code model}'s credit of {@code table} with intervals. */
  CreditIntervals run(AttributionModel model, PathTable table) {
    return CreditBootstrap.builder(model)
        .confidenceLevel(level())
        .replicates(replicates)
        .seed(seed)
        .build()
        .run(table);
  }
}
