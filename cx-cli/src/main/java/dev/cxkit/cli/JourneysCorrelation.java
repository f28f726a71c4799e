package dev.cxkit.cli;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.insight.ConversionCorrelation;
import dev.cxkit.metrics.stats.PValueAdjustment;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cx journeys … correlation}: values over- or under-represented among conversions. */
@Command(
    name = "correlation",
    mixinStandardHelpOptions = true,
    description = {
      "Which touchpoints, channels, types or stages (--dimension) are over- or under-represented"
          + " among converting journeys: per value, the journeys in which it occurs before the"
          + " conversion, the odds ratio of converting with Woolf's interval (0.5 added to every"
          + " cell when one is 0), Fisher's exact p-value and the p-value adjusted over all values"
          + " tested, strongest evidence first. Nothing after the exposure is adjusted for; the"
          + " analysis is observational."
    },
    footer = {
      "",
      "Example:",
      "  ./cx journeys --input target/cx-tour/events.synthetic.csv --type-column type \\",
      "      --goal-type technician-visit --gap 7d correlation --min-journeys 10"
    })
final class JourneysCorrelation implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand JourneysCommand parent;
  @Mixin FormatOption output;

  @Option(
      names = "--min-journeys",
      defaultValue = "5",
      description =
          "Values occurring (before conversion) in fewer journeys are not tested (default:"
              + " ${DEFAULT-VALUE}).")
  long minJourneys;

  @Option(
      names = "--confidence",
      defaultValue = "0.95",
      description = "Confidence level of the intervals (default: ${DEFAULT-VALUE}).")
  double confidence;

  @Option(
      names = "--adjust",
      defaultValue = "holm",
      description =
          "Adjustment of the p-values: holm (family-wise error rate), bh (Benjamini-Hochberg,"
              + " false discovery rate) or none (default: ${DEFAULT-VALUE}).")
  String adjust;

  @Override
  public Integer call() throws IOException {
    if (minJourneys < 1) {
      throw new BadInputException("--min-journeys must be at least 1, was " + minJourneys);
    }
    OptionValues.checkConfidence(confidence);
    PValueAdjustment adjustment = JourneysSegments.adjustment(adjust);
    Journeys js = parent.events.journeys();
    ConversionCorrelation c;
    try {
      c =
          ConversionCorrelation.of(
              js, parent.events.pathOptions().dimension(), minJourneys, confidence, adjustment);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(
          "journeys correlation: "
              + e.getMessage()
              + " (is the goal given with --goal-touchpoint or --goal-type?)");
    }
    Table t =
        new Table(
            Column.text("value"),
            Column.text("direction"),
            Column.count("exposed"),
            Column.count("exposed_conversions"),
            Column.proportion("exposed_rate"),
            Column.count("unexposed"),
            Column.count("unexposed_conversions"),
            Column.proportion("unexposed_rate"),
            Column.estimate("odds_ratio"),
            Column.estimate("lower"),
            Column.estimate("upper"),
            Column.flag("corrected"),
            Column.proportion("p_value"),
            Column.proportion("adjusted_p_value"));
    for (ConversionCorrelation.Feature f : c.features()) {
      t.row(
          f.name(),
          f.overRepresented() ? "over" : f.oddsRatio().estimate() < 1 ? "under" : "even",
          f.exposed(),
          f.exposedConversions(),
          f.exposedRate(),
          f.unexposed(),
          f.unexposedConversions(),
          f.unexposedRate(),
          f.oddsRatio().estimate(),
          f.oddsRatio().interval().lower(),
          f.oddsRatio().interval().upper(),
          f.oddsRatio().corrected(),
          f.oddsRatio().pValue(),
          f.adjustedPValue());
    }
    Notes.add(
        "the correlations are observational: a value over-represented among conversions may be"
            + " one that converting customers seek out, not one that makes them convert");
    new Result("journeys correlation")
        .field(Column.text("dimension"), c.dimension())
        .field(Column.count("journeys"), c.journeys())
        .field(Column.count("conversions"), c.conversions())
        .field(Column.count("min_journeys"), minJourneys)
        .field(Column.text("adjustment"), adjust)
        .field(Column.proportion("confidence"), confidence)
        .field(Column.texts("untestable", ", "), c.untestable())
        .list("values", t)
        .csv("values")
        .print(spec.commandLine().getOut(), output.format);
    return 0;
  }
}
