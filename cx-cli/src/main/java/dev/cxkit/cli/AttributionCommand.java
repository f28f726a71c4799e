package dev.cxkit.cli;

import dev.cxkit.journey.attribution.AttributionModel;
import dev.cxkit.journey.attribution.AttributionResult;
import dev.cxkit.journey.attribution.ChannelCredit;
import dev.cxkit.journey.attribution.MarkovAttribution;
import dev.cxkit.journey.attribution.PathTable;
import dev.cxkit.journey.markov.StateConstruction;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cx attribution}: channel credit of an aggregated path table under one or more models. */
@Command(
    name = "attribution",
    mixinStandardHelpOptions = true,
    description = {
      "Multi-touch attribution of a path table (one row per path: conversions, value, nulls).",
      "Defaults read the layout of ChannelAttribution's example table."
    },
    footer = {
      "",
      "Example:",
      "  ./cx attribution \\",
      "      --input cx-examples/data/attribution/channelattribution_Data.csv \\",
      "      --model markov,linear --order 2"
    })
final class AttributionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FormatOption output;

  @Mixin AttributionOptions options;

  @Override
  public Integer call() throws IOException {
    PathTable table = options.table();
    Table t =
        new Table(
            Column.text("model"),
            Column.text("channel"),
            Column.amount("conversions"),
            Column.money("value"),
            Column.proportion("conversion_share"));
    for (Map.Entry<String, AttributionResult> e : options.results(table).entrySet()) {
      AttributionResult r = e.getValue();
      for (ChannelCredit c : r.credits()) {
        double share = r.totalConversions() == 0 ? 0.0 : c.conversions() / r.totalConversions();
        t.row(e.getKey(), c.channel(), c.conversions(), c.value(), share);
      }
    }
    new Result("attribution")
        .field(Column.count("paths"), table.pathCount())
        .field(Column.count("journeys"), table.totalJourneys())
        .field(Column.count("conversions"), table.totalConversions())
        .field(Column.money("value"), table.totalValue())
        .list("credits", t)
        .print(spec.commandLine().getOut(), output.format);
    return 0;
  }

  /** The state construction called {@code name} on the command line. */
  static StateConstruction states(String name) {
    switch (name.strip()) {
      case "windows":
        return StateConstruction.WINDOWS;
      case "prefixes":
        return StateConstruction.PREFIXES;
      default:
        throw new BadInputException("--states must be windows or prefixes, was '" + name + "'");
    }
  }

  /** The model called {@code name} on the command line. */
  static AttributionModel model(
      String name, int order, StateConstruction states, Duration halfLife) {
    switch (name) {
      case "first":
        return AttributionModel.firstTouch();
      case "last":
        return AttributionModel.lastTouch();
      case "linear":
        return AttributionModel.linear();
      case "position":
        return AttributionModel.positionBased();
      case "time-decay":
        return AttributionModel.timeDecay(halfLife);
      case "markov":
        return MarkovAttribution.builder().order(order).states(states).build();
      case "shapley":
        return AttributionModel.shapleyCoalition();
      case "shapley-simplified":
        return AttributionModel.shapleySimplified();
      default:
        throw new BadInputException(
            "--model must be first, last, linear, position, time-decay, markov, shapley or"
                + " shapley-simplified, was '"
                + name
                + "'");
    }
  }
}
