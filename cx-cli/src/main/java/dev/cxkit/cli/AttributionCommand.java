package dev.cxkit.cli;

import dev.cxkit.journey.attribution.AttributionModel;
import dev.cxkit.journey.attribution.AttributionResult;
import dev.cxkit.journey.attribution.ChannelCredit;
import dev.cxkit.journey.attribution.ChannelCreditInterval;
import dev.cxkit.journey.attribution.CreditIntervals;
import dev.cxkit.journey.attribution.Lookback;
import dev.cxkit.journey.attribution.MarkovAttribution;
import dev.cxkit.journey.markov.OrderSelection;
import dev.cxkit.journey.markov.StateConstruction;
import dev.cxkit.journey.paths.PathTable;
import dev.cxkit.model.csv.Durations;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
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
      "      --model first,linear,time-decay",
      "",
      "  W-shaped credit around a milestone channel, and participation:",
      "  ./cx attribution \\",
      "      --input cx-examples/data/attribution/channelattribution_Data.csv \\",
      "      --model w-shaped,participation --milestone eta",
      "",
      "  Markov order chosen by held-out log-likelihood, scores per order:",
      "  ./cx attribution \\",
      "      --input cx-examples/data/attribution/channelattribution_Data.csv \\",
      "      --model markov --order auto --max-order 3"
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
    Map<String, AttributionResult> results = options.results(table);
    List<String> notAdditive = new ArrayList<>();
    for (Map.Entry<String, AttributionResult> e : results.entrySet()) {
      AttributionResult r = e.getValue();
      if (!r.additive()) {
        notAdditive.add(e.getKey());
      }
      for (ChannelCredit c : r.credits()) {
        double share = r.totalConversions() == 0 ? 0.0 : c.conversions() / r.totalConversions();
        t.row(e.getKey(), c.channel(), c.conversions(), c.value(), share);
      }
    }
    Result out = summary(table);
    notAdditive(out, notAdditive);
    out.list("credits", t);
    orderSelection(out).csv("credits").print(spec.commandLine().getOut(), output.format);
    return 0;
  }

  /** With --order auto: the chosen order and the scores per order. */
  private Result orderSelection(Result out) {
    OrderSelection s = options.selection;
    if (s == null) {
      return out;
    }
    Table t =
        new Table(
            Column.count("order"),
            Column.count("states"),
            Column.proportion("auc"),
            Column.proportion("penalised_auc"),
            Column.flag("supported"),
            Column.estimate("held_out_log_likelihood"),
            Column.count("held_out_transitions"),
            Column.estimate("aic"),
            Column.estimate("bic"));
    for (int i = 0; i < s.scores().size(); i++) {
      OrderSelection.OrderScore o = s.scores().get(i);
      OrderSelection.OrderFit f = s.fits().get(i);
      t.row(
          o.order(),
          o.states(),
          o.auc(),
          o.penalisedAuc(),
          o.supported(),
          o.heldOutLogLikelihood(),
          o.heldOutTransitions(),
          f.aic(),
          f.bic());
    }
    return out.list("order_selection", t);
  }

  /** Names the models whose credits must not be added up, in the output and in a note. */
  private static void notAdditive(Result out, List<String> models) {
    if (!models.isEmpty()) {
      out.field(Column.texts("not_additive", ","), models);
      Notes.add(
          String.join(",", models)
              + ": not additive: each channel is credited with every conversion it took part in,"
              + " so the credits add up to more than the conversions; conversion_share is the"
              + " share of conversions a channel took part in");
    }
  }

  private Result summary(PathTable table) {
    Result r =
        new Result("attribution")
            .field(Column.count("paths"), table.pathCount())
            .field(Column.count("journeys"), table.totalJourneys())
            .field(Column.count("conversions"), table.totalConversions())
            .field(Column.money("value"), table.totalValue());
    OrderSelection selection = options.selection;
    if (selection != null) {
      r.field(Column.count("order_chosen"), options.order())
          .field(Column.count("order_by_penalised_auc"), selection.bestByPenalisedAuc().order());
    }
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
    List<String> notAdditive = new ArrayList<>();
    for (Map.Entry<String, AttributionModel> e : options.models().entrySet()) {
      CreditIntervals ci = intervals.run(e.getValue(), table);
      if (!ci.estimate().additive()) {
        notAdditive.add(e.getKey());
      }
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
    Result out = summary(table);
    notAdditive(out, notAdditive);
    orderSelection(out.record("interval", how))
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
      String name,
      int order,
      StateConstruction states,
      Duration halfLife,
      @Nullable String milestone) {
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
      case "w-shaped":
        if (milestone == null || milestone.isBlank()) {
          throw new BadInputException(
              "--model w-shaped needs --milestone CHANNEL (the milestone touch, for example the"
                  + " lead-creation channel), was "
                  + (milestone == null ? "none" : "'" + milestone + "'"));
        }
        return AttributionModel.wShaped(milestone);
      case "participation":
        return AttributionModel.participation();
      default:
        throw new BadInputException(
            "--model must be first, last, linear, position, time-decay, markov, shapley,"
                + " shapley-simplified, w-shaped or participation, was '"
                + name
                + "'");
    }
  }
}
