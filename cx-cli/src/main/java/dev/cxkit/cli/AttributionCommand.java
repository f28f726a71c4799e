package dev.cxkit.cli;

import dev.cxkit.journey.attribution.AttributionModel;
import dev.cxkit.journey.attribution.AttributionResult;
import dev.cxkit.journey.attribution.ChannelCredit;
import dev.cxkit.journey.attribution.ChannelCreditInterval;
import dev.cxkit.journey.attribution.CreditIntervals;
import dev.cxkit.journey.attribution.Lookback;
import dev.cxkit.journey.attribution.MarkovAttribution;
import dev.cxkit.journey.markov.StateConstruction;
import dev.cxkit.journey.paths.PathTable;
import dev.cxkit.model.csv.Durations;
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
      "      --model markov,linear --order 2",
      "",
      "  With bootstrap intervals (level 0.95) on each credit:",
      "  ./cx attribution \\",
      "      --input cx-examples/data/attribution/channelattribution_Data.csv \\",
      "      --model markov,last --interval 0.95 --replicates 200",
      "",
      "  Timed paths, touches more than 30 days before the conversion ignored:",
      "  ./cx attribution \\",
      "      --input cx-examples/data/attribution/timed_paths.synthetic.csv \\",
      "      --times-column touch_times --end-column end_time --lookback 30d \\",
      "      --model first,linear,time-decay"
    })
final class AttributionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FormatOption output;

  @Mixin AttributionOptions options;

  @Mixin CreditIntervalOptions intervals;

  @Override
  public Integer call() throws IOException {
    PathTable table = options.table();
    if (intervals.requested()) {
      return callWithIntervals(table);
    }
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
    summary(table).list("credits", t).print(spec.commandLine().getOut(), output.format);
    return 0;
  }

  private Result summary(PathTable table) {
    Result r =
        new Result("attribution")
            .field(Column.count("paths"), table.pathCount())
            .field(Column.count("journeys"), table.totalJourneys())
            .field(Column.count("conversions"), table.totalConversions())
            .field(Column.money("value"), table.totalValue());
    Lookback.Windowed w = options.windowed;
    if (w != null) {
      r.field(Column.text("lookback"), Durations.format(w.lookback().window()))
          .field(Column.count("touches_outside_lookback"), w.touchesOutside())
          .field(Column.count("journeys_without_touch_in_lookback"), w.journeysWithoutTouch())
          .field(
              Column.count("conversions_without_touch_in_lookback"), w.conversionsWithoutTouch());
    }
    return r;
  }

  private Integer callWithIntervals(PathTable table) {
    double level = intervals.level();
    Table t =
        new Table(
            Column.text("model"),
            Column.text("channel"),
            Column.amount("conversions"),
            Column.money("value"),
            Column.proportion("conversion_share"),
            Column.amount("conversions_lower"),
            Column.amount("conversions_upper"),
            Column.money("value_lower"),
            Column.money("value_upper"));
    for (Map.Entry<String, AttributionModel> e : options.models().entrySet()) {
      CreditIntervals ci = intervals.run(e.getValue(), table);
      double total = ci.estimate().totalConversions();
      for (ChannelCreditInterval c : ci.channels()) {
        t.row(
            e.getKey(),
            c.channel(),
            c.conversions(),
            c.value(),
            total == 0 ? 0.0 : c.conversions() / total,
            c.conversionsInterval().lower(),
            c.conversionsInterval().upper(),
            c.valueInterval().lower(),
            c.valueInterval().upper());
      }
    }
    Table how =
        new Table(
            Column.proportion("level"),
            Column.text("method"),
            Column.count("replicates"),
            Column.count("seed"));
    how.row(
        level,
        "multinomial bootstrap of journeys, percentile",
        intervals.replicates,
        intervals.seed);
    summary(table)
        .record("interval", how)
        .list("credits", t)
        .csv("credits")
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
