package dev.cxkit.cli;

import picocli.CommandLine.Option;

/**
 * The assumptions of the action plan, shared by {@code cx insights} and the report's {@code
 * insights} section: the value of one conversion and the drop-off reduction assumed per fix.
 */
final class ActionPlanOptions {
  @Option(
      names = "--value-per-conversion",
      defaultValue = "100",
      description = "Value of one conversion for the action plan (default: ${DEFAULT-VALUE}).")
  double valuePerConversion = 100;

  @Option(
      names = "--drop-off-reduction",
      defaultValue = "0.2",
      description = "Drop-off reduction assumed per action (default: ${DEFAULT-VALUE}).")
  double dropOffReduction = 0.2;

  /** Checks the assumptions: a finite value >= 0 and a reduction in (0, 1]. */
  ActionPlanOptions check() {
    if (!(valuePerConversion >= 0) || !Double.isFinite(valuePerConversion)) {
      throw new BadInputException(
          "--value-per-conversion must be a finite number >= 0, was " + valuePerConversion);
    }
    if (!(dropOffReduction > 0 && dropOffReduction <= 1)) {
      throw new BadInputException(
          "--drop-off-reduction must be in (0, 1], was " + dropOffReduction);
    }
    return this;
  }
}
