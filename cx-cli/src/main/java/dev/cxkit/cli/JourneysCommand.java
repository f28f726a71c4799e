package dev.cxkit.cli;

import static dev.cxkit.cli.FunnelTables.comparisons;
import static dev.cxkit.cli.FunnelTables.segments;
import static dev.cxkit.cli.FunnelTables.withTimes;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.Dictionary;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.funnel.Funnel;
import dev.cxkit.journey.funnel.FunnelBreakdown;
import dev.cxkit.journey.funnel.FunnelResult;
import dev.cxkit.journey.funnel.FunnelStep;
import dev.cxkit.journey.markov.Absorption;
import dev.cxkit.journey.markov.MarkovChain;
import dev.cxkit.journey.markov.TransitionCounts;
import dev.cxkit.journey.paths.Flows;
import dev.cxkit.journey.paths.PathVariant;
import dev.cxkit.journey.paths.PathVariants;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cx journeys}: journeys assembled from an event log, then paths, flows, funnel, Markov. */
@Command(
    name = "journeys",
    mixinStandardHelpOptions = true,
    description = {
      "Reads an event CSV (header first), assembles journeys per customer (split by inactivity,"
          + " maximum duration, goal) and analyses them. Journey options go before the analysis."
    },
    subcommands = {
      JourneysCommand.Variants.class,
      JourneysCommand.FlowsCommand.class,
      JourneysPaths.class,
      JourneysCommand.FunnelCommand.class,
      JourneysCommand.Markov.class,
      JourneysSegments.class
    },
    footer = {
      "",
      "Example:",
      "  ./cx journeys --input target/cx-tour/events.synthetic.csv --type-column type \\",
      "      --goal-type technician-visit --gap 7d --dimension type variants --top 5"
    })
final class JourneysCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin EventInput events;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** {@code cx journeys … variants}. */
  @Command(
      name = "variants",
      mixinStandardHelpOptions = true,
      description = "Distinct paths with journeys, share and conversion rate.",
      footer = {
        "",
        "Example:",
        "  ./cx journeys --input target/cx-tour/events.synthetic.csv variants --top 10"
      })
  static final class Variants implements Callable<Integer> {
    @Spec CommandSpec spec;
    @ParentCommand JourneysCommand parent;
    @Mixin FormatOption output;

    @Option(names = "--top", defaultValue = "10", description = "Most frequent N; 0 = all.")
    int top;

    @Override
    public Integer call() throws IOException {
      Journeys js = parent.events.journeys();
      PathVariants v = PathVariants.of(js, parent.events.pathOptions());
      Table t =
          new Table(
              Column.texts("path", " > "),
              Column.count("journeys"),
              Column.proportion("share"),
              Column.count("conversions"),
              Column.proportion("conversion_rate"));
      for (PathVariant p : top <= 0 ? v.variants() : v.top(top)) {
        t.row(p.steps(), p.journeys(), p.share(), p.conversions(), p.conversionRate());
      }
      new Result("journeys variants")
          .field(Column.count("journeys"), js.count())
          .field(Column.count("distinct_paths"), v.distinct())
          .list("variants", t)
          .print(spec.commandLine().getOut(), output.format);
      return 0;
    }
  }

  /** {@code cx journeys … flows}. */
  @Command(
      name = "flows",
      mixinStandardHelpOptions = true,
      description = "Step-by-step transitions (the links of a Sankey diagram).",
      footer = {
        "",
        "Example:",
        "  ./cx journeys --input target/cx-tour/events.synthetic.csv --type-column type \\",
        "      --dimension type flows --max-steps 4"
      })
  static final class FlowsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @ParentCommand JourneysCommand parent;
    @Mixin FormatOption output;

    @Option(names = "--max-steps", defaultValue = "5", description = "Steps to follow.")
    int maxSteps;

    @Override
    public Integer call() throws IOException {
      Flows f = Flows.of(parent.events.journeys(), parent.events.pathOptions(), maxSteps);
      Table t =
          new Table(
              Column.count("step"),
              Column.text("from"),
              Column.text("to"),
              Column.count("journeys"));
      for (Flows.FlowLink l : f.links()) {
        t.row(l.step(), l.from(), l.to(), l.journeys());
      }
      new Result("journeys flows")
          .field(Column.count("max_steps"), maxSteps)
          .list("links", t)
          .print(spec.commandLine().getOut(), output.format);
      return 0;
    }
  }

  /** {@code cx journeys … funnel}. */
  @Command(
      name = "funnel",
      mixinStandardHelpOptions = true,
      description = {
        "Journeys reaching each step (in order, strictly or in any order), conversion and drop-off"
            + " with intervals, time to convert; exclusion steps, windows per step and a breakdown"
            + " by segment compared with a reference (Newcombe intervals, Holm-adjusted p-values)."
      },
      footer = {
        "",
        "Example:",
        "  ./cx journeys --input target/cx-tour/events.synthetic.csv --type-column type \\",
        "      --dimension type funnel --step call-support --step troubleshoot \\",
        "      --step technician-visit --exclude check-status:1-2 --window P7D"
      })
  static final class FunnelCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @ParentCommand JourneysCommand parent;
    @Mixin FormatOption output;

    @Mixin FunnelOptions funnel;

    @Option(
        names = "--breakdown",
        description =
            "Break down by the touchpoint, channel, type or stage of each journey's first event.")
    String breakdown;

    @Option(
        names = "--reference",
        description = "The segment others are compared with (default: the most entrants).")
    String reference;

    @Override
    public Integer call() throws IOException {
      Journeys js = parent.events.journeys();
      Funnel f = funnel.funnel(js, parent.events);
      FunnelResult r = f.analyze(js);
      Result out =
          new Result("journeys funnel")
              .field(
                  Column.text("ordering"),
                  f.ordering().name().toLowerCase(Locale.ROOT).replace('_', '-'))
              .field(Column.count("journeys"), r.journeys())
              .field(Column.count("excluded"), r.excluded())
              .field(Column.proportion("overall_conversion"), r.overallConversion())
              .list("steps", withTimes(r));
      if (breakdown != null) {
        FunnelBreakdown b = breakdown(f, js);
        out.field(Column.text("reference"), b.reference())
            .list("segments", segments(b))
            .list("comparisons", comparisons(b));
      } else if (reference != null) {
        throw new BadInputException("--reference needs --breakdown");
      }
      out.csv("steps").print(spec.commandLine().getOut(), output.format);
      return 0;
    }

    private FunnelBreakdown breakdown(Funnel f, Journeys js) {
      Dimension d = FunnelTables.dimension(breakdown, parent.events);
      Dictionary names = d.dictionary(js.dictionaries());
      try {
        return f.breakdown(js, j -> names.name(j.symbol(d, 0)), reference);
      } catch (IllegalArgumentException e) {
        throw new BadInputException("--reference: " + e.getMessage());
      }
    }
  }

  /** The steps of a funnel, with the Wilson interval of the conversion from the previous step. */
  static Table steps(FunnelResult r) {
    Table t =
        new Table(
            Column.text("step"),
            Column.count("reached"),
            Column.count("dropped_off"),
            Column.proportion("from_previous"),
            Column.proportion("from_previous_lower"),
            Column.proportion("from_previous_upper"),
            Column.proportion("from_start"));
    for (FunnelStep s : r.steps()) {
      t.row(
          s.name(),
          s.reached(),
          s.droppedOff(),
          s.conversionFromPrevious(),
          s.fromPreviousInterval().lower(),
          s.fromPreviousInterval().upper(),
          s.conversionFromStart());
    }
    return t;
  }

  /** {@code cx journeys … markov}. */
  @Command(
      name = "markov",
      mixinStandardHelpOptions = true,
      description = {
        "Markov chain of the journeys: transition probabilities and, per state, the probability"
            + " to convert and the expected remaining steps."
      },
      footer = {
        "",
        "Example:",
        "  ./cx journeys --input target/cx-tour/events.synthetic.csv --type-column type \\",
        "      --goal-type technician-visit --gap P7D --dimension type markov"
      })
  static final class Markov implements Callable<Integer> {
    @Spec CommandSpec spec;
    @ParentCommand JourneysCommand parent;
    @Mixin FormatOption output;

    @Option(names = "--order", defaultValue = "1", description = "Order of the chain.")
    int order;

    @Override
    public Integer call() throws IOException {
      MarkovChain c =
          TransitionCounts.of(parent.events.journeys(), parent.events.pathOptions(), order).chain();
      Absorption a = c.absorption();
      Table states =
          new Table(
              Column.text("state"),
              Column.flag("absorbing"),
              Column.proportion("p_convert"),
              Column.amount("expected_steps"));
      Table transitions =
          new Table(
              Column.text("from"),
              Column.text("to"),
              Column.count("transitions"),
              Column.proportion("probability"),
              Column.proportion("p_convert_from"),
              Column.amount("steps_left_from"));
      for (int s = 0; s < c.stateCount(); s++) {
        states.row(
            c.stateName(s), c.isAbsorbing(s), a.conversionProbability(s), a.expectedSteps(s));
        if (c.isAbsorbing(s)) {
          continue; // an absorbing state's self-loop is the chain's, not an observed transition
        }
        for (int to : c.successors(s)) {
          transitions.row(
              c.stateName(s),
              c.stateName(to),
              c.count(s, to),
              c.probability(s, to),
              a.conversionProbability(s),
              a.expectedSteps(s));
        }
      }
      new Result("journeys markov")
          .field(Column.count("order"), order)
          .list("states", states)
          .list("transitions", transitions)
          .csv("transitions")
          .print(spec.commandLine().getOut(), output.format);
      return 0;
    }
  }
}
