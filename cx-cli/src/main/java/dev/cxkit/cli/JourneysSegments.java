package dev.cxkit.cli;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.insight.SegmentConversions;
import dev.cxkit.metrics.stats.PValueAdjustment;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cx journeys … segments}: conversion by segment, each against the rest, adjusted. */
@Command(
    name = "segments",
    mixinStandardHelpOptions = true,
    description = {
      "Conversion by segment (the journeys' --segment-column): journeys, conversions and rate with"
          + " a Wilson interval, and each segment against all others (N-1 two-proportion test),"
          + " the p-values adjusted for the number of segments. The comparison is observational."
    },
    footer = {
      "",
      "Example:",
      "  ./cx journeys --input cx-examples/data/journeys/segments.synthetic.csv \\",
      "      --segment-column segment --goal-touchpoint order segments"
    })
final class JourneysSegments implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand JourneysCommand parent;
  @Mixin FormatOption output;

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
    if (parent.events.segmentColumn == null) {
      throw new BadInputException(
          "journeys segments needs --segment-column (the column of the segment or persona)");
    }
    OptionValues.checkConfidence(confidence);
    PValueAdjustment adjustment = adjustment(adjust);
    Journeys js = parent.events.journeys();
    SegmentConversions s;
    try {
      s = SegmentConversions.of(js, confidence, adjustment);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(
          parent.events.input + ": column " + parent.events.segmentColumn + ": " + e.getMessage());
    }
    Table t =
        new Table(
            Column.text("segment"),
            Column.count("journeys"),
            Column.count("conversions"),
            Column.proportion("conversion_rate"),
            Column.proportion("lower"),
            Column.proportion("upper"),
            Column.proportion("rest_rate"),
            Column.proportion("difference"),
            Column.proportion("p_value"),
            Column.proportion("adjusted_p_value"));
    for (SegmentConversions.Segment g : s.segments()) {
      double rest = g.rate().estimate().orElseThrow() - g.versusRest().difference();
      t.row(
          g.name(),
          g.journeys(),
          g.conversions(),
          g.rate().estimate().orElseThrow(),
          g.rate().interval().orElseThrow().lower(),
          g.rate().interval().orElseThrow().upper(),
          rest,
          g.versusRest().difference(),
          g.versusRest().pValue(),
          g.adjustedPValue());
    }
    Notes.add("the segment comparisons are observational: segments may differ in more than label");
    new Result("journeys segments")
        .field(Column.count("journeys"), js.count())
        .field(Column.count("journeys_without_segment"), s.journeysWithoutSegment())
        .field(Column.text("adjustment"), adjust)
        .field(Column.proportion("confidence"), confidence)
        .list("segments", t)
        .print(spec.commandLine().getOut(), output.format);
    return 0;
  }

  static PValueAdjustment adjustment(String name) {
    switch (name) {
      case "holm":
        return PValueAdjustment.HOLM;
      case "bh":
        return PValueAdjustment.BENJAMINI_HOCHBERG;
      case "none":
        return PValueAdjustment.NONE;
      default:
        throw new BadInputException("--adjust must be holm, bh or none, was '" + name + "'");
    }
  }
}
