package dev.cxkit.cli;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.funnel.Checkpoint;
import dev.cxkit.journey.funnel.Funnel;
import dev.cxkit.journey.funnel.FunnelOrdering;
import dev.cxkit.journey.funnel.FunnelResult;
import dev.cxkit.journey.funnel.FunnelStep;
import dev.cxkit.journey.markov.Absorption;
import dev.cxkit.journey.markov.MarkovChain;
import dev.cxkit.journey.markov.TransitionCounts;
import dev.cxkit.journey.paths.Flows;
import dev.cxkit.journey.paths.PathVariant;
import dev.cxkit.journey.paths.PathVariants;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
      JourneysCommand.FunnelCommand.class,
      JourneysCommand.Markov.class
    },
    footer = {
      "",
      "Example:",
      "  ./cx journeys --input events.csv --goal-type order --gap 30m variants --top 5"
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
      footer = {"", "Example:", "  ./cx journeys --input events.csv variants --top 10"})
  static final class Variants implements Callable<Integer> {
    @Spec CommandSpec spec;
    @ParentCommand JourneysCommand parent;
    @Mixin FormatOption output;

    @Option(names = "--top", defaultValue = "10", description = "Most frequent N; 0 = all.")
    int top;

    @Override
    public Integer call() throws IOException {
      PathVariants v = PathVariants.of(parent.events.journeys(), parent.events.pathOptions());
      Table t = new Table("path", "journeys", "share", "conversions", "conversion_rate");
      for (PathVariant p : top <= 0 ? v.variants() : v.top(top)) {
        t.row(
            String.join(" > ", p.steps()),
            p.journeys(),
            p.share(),
            p.conversions(),
            p.conversionRate());
      }
      t.print(spec.commandLine().getOut(), output.format);
      return 0;
    }
  }

  /** {@code cx journeys … flows}. */
  @Command(
      name = "flows",
      mixinStandardHelpOptions = true,
      description = "Step-by-step transitions (the links of a Sankey diagram).",
      footer = {"", "Example:", "  ./cx journeys --input events.csv flows --max-steps 4"})
  static final class FlowsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @ParentCommand JourneysCommand parent;
    @Mixin FormatOption output;

    @Option(names = "--max-steps", defaultValue = "5", description = "Steps to follow.")
    int maxSteps;

    @Override
    public Integer call() throws IOException {
      Flows f = Flows.of(parent.events.journeys(), parent.events.pathOptions(), maxSteps);
      Table t = new Table("step", "from", "to", "journeys");
      for (Flows.FlowLink l : f.links()) {
        t.row(l.step(), l.from(), l.to(), l.journeys());
      }
      t.print(spec.commandLine().getOut(), output.format);
      return 0;
    }
  }

  /** {@code cx journeys … funnel}. */
  @Command(
      name = "funnel",
      mixinStandardHelpOptions = true,
      description = "Journeys reaching each step in order, conversion and drop-off with intervals.",
      footer = {
        "",
        "Example:",
        "  ./cx journeys --input events.csv funnel --step home --step cart --step checkout"
      })
  static final class FunnelCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @ParentCommand JourneysCommand parent;
    @Mixin FormatOption output;

    @Option(
        names = "--step",
        required = true,
        description = "A funnel step, a value of the --dimension column; repeat in order.")
    List<String> steps;

    @Option(names = "--strict", description = "Each step must directly follow the previous one.")
    boolean strict;

    @Option(names = "--window", description = "Conversion window: 30m, 7d, 1h30m or ISO-8601.")
    Duration window;

    @Override
    public Integer call() throws IOException {
      Journeys js = parent.events.journeys();
      Dimension d = parent.events.pathOptions().dimension();
      EventInput.requireKnown(
          d.dictionary(js.dictionaries()), steps, "--step (" + parent.events.dimension + ")");
      List<Checkpoint> cps = new ArrayList<>();
      for (String s : steps) {
        cps.add(new Checkpoint(s, EventFilter.of(d, js.dictionaries(), List.of(s))));
      }
      FunnelResult r =
          Funnel.of(cps, strict ? FunnelOrdering.STRICT : FunnelOrdering.LOOSE, window).analyze(js);
      Table t =
          new Table(
              "step",
              "reached",
              "dropped_off",
              "from_previous",
              "from_previous_lower",
              "from_previous_upper",
              "from_start");
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
      t.print(spec.commandLine().getOut(), output.format);
      return 0;
    }
  }

  /** {@code cx journeys … markov}. */
  @Command(
      name = "markov",
      mixinStandardHelpOptions = true,
      description = {
        "Markov chain of the journeys: transition probabilities and, per state, the probability"
            + " to convert and the expected remaining steps."
      },
      footer = {"", "Example:", "  ./cx journeys --input events.csv --goal-type order markov"})
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
      Table t =
          new Table(
              "from", "to", "transitions", "probability", "p_convert_from", "steps_left_from");
      for (int s = 0; s < c.stateCount(); s++) {
        for (int to : c.successors(s)) {
          t.row(
              c.stateName(s),
              c.stateName(to),
              c.count(s, to),
              c.probability(s, to),
              a.conversionProbability(s),
              a.expectedSteps(s));
        }
      }
      t.print(spec.commandLine().getOut(), output.format);
      return 0;
    }
  }
}
