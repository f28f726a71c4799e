package dev.cxkit.cli;

import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.events.CsvEventReader;
import dev.cxkit.journey.events.CsvFormat;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.IngestReport;
import dev.cxkit.journey.events.RejectPolicy;
import dev.cxkit.journey.events.TieBreak;
import dev.cxkit.journey.events.TimeFormat;
import dev.cxkit.journey.funnel.Checkpoint;
import dev.cxkit.journey.funnel.Funnel;
import dev.cxkit.journey.funnel.FunnelOrdering;
import dev.cxkit.journey.funnel.FunnelResult;
import dev.cxkit.journey.funnel.FunnelStep;
import dev.cxkit.journey.markov.Absorption;
import dev.cxkit.journey.markov.MarkovChain;
import dev.cxkit.journey.markov.TransitionCounts;
import dev.cxkit.journey.paths.Flows;
import dev.cxkit.journey.paths.PathOptions;
import dev.cxkit.journey.paths.PathVariant;
import dev.cxkit.journey.paths.PathVariants;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
      JourneysCommand.FunnelCommand.class,
      JourneysCommand.Markov.class
    },
    footer = {
      "",
      "Example:",
      "  ./cx journeys --input events.csv --goal-type order --gap PT30M variants --top 5"
    })
final class JourneysCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--input", required = true, description = "Event CSV file.")
  Path input;

  @Option(names = "--separator", defaultValue = ",", description = "Field separator.")
  char separator;

  @Option(names = "--customer-column", defaultValue = "customer")
  String customerColumn;

  @Option(names = "--time-column", defaultValue = "time")
  String timeColumn;

  @Option(names = "--touchpoint-column", defaultValue = "touchpoint")
  String touchpointColumn;

  @Option(names = "--channel-column", description = "Column of the channel (optional).")
  String channelColumn;

  @Option(names = "--type-column", description = "Column of the event type (optional).")
  String typeColumn;

  @Option(names = "--stage-column", description = "Column of the journey stage (optional).")
  String stageColumn;

  @Option(names = "--event-id-column", description = "Column of a unique event id (optional).")
  String eventIdColumn;

  @Option(
      names = "--time-format",
      defaultValue = "iso",
      description =
          "iso (2023-11-14T22:13:20Z), epoch-millis, epoch-seconds or a date-time pattern"
              + " (default: ${DEFAULT-VALUE}).")
  String timeFormat;

  @Option(names = "--zone", defaultValue = "UTC", description = "Zone of local date-times.")
  ZoneId zone;

  @Option(
      names = "--gap",
      defaultValue = "PT30M",
      description = "Inactivity gap that ends a journey, ISO-8601 (default: ${DEFAULT-VALUE}).")
  Duration gap;

  @Option(names = "--max-duration", description = "Maximum journey duration, ISO-8601.")
  Duration maxDuration;

  @Option(
      names = "--goal-touchpoint",
      split = ",",
      description = "Touchpoints that count as conversion.")
  List<String> goalTouchpoints;

  @Option(names = "--goal-type", split = ",", description = "Event types that count as conversion.")
  List<String> goalTypes;

  @Option(names = "--end-at-goal", description = "A conversion ends the journey.")
  boolean endAtGoal;

  @Option(
      names = "--dimension",
      defaultValue = "touchpoint",
      description = "Path over touchpoint, channel, type or stage (default: ${DEFAULT-VALUE}).")
  String dimension;

  @Option(names = "--collapse-repeats", description = "Collapse repeated touches in a path.")
  boolean collapseRepeats;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** The journeys of the input, with a note on stderr for rejected events. */
  Journeys journeys() throws IOException {
    EventDictionaries dict = new EventDictionaries();
    EventLog.Builder log = EventLog.builder(dict);
    CsvFormat format =
        new CsvFormat(
            separator,
            customerColumn,
            timeColumn,
            touchpointColumn,
            channelColumn,
            typeColumn,
            stageColumn,
            eventIdColumn,
            timeFormat());
    IngestReport report = CsvEventReader.of(format, RejectPolicy.FAIL_FAST).read(input, dict, log);
    if (report.accepted() == 0) {
      throw new BadInputException(input + ": no events in the file");
    }
    SplitRules rules = SplitRules.none().withInactivityGap(gap);
    if (maxDuration != null) {
      rules = rules.withMaxDuration(maxDuration);
    }
    EventFilter goal = goal(dict);
    if (goal != null) {
      rules = rules.withGoal(goal, endAtGoal);
    }
    return JourneyAssembler.assemble(log.build(), rules, TieBreak.ARRIVAL);
  }

  private EventFilter goal(EventDictionaries dict) {
    if (goalTouchpoints != null && goalTypes != null) {
      throw new BadInputException("give --goal-touchpoint or --goal-type, not both");
    }
    if (goalTouchpoints != null) {
      requireKnown(dict.touchpoints(), goalTouchpoints, "--goal-touchpoint");
      return EventFilter.touchpoints(dict, goalTouchpoints.toArray(new String[0]));
    }
    if (goalTypes != null) {
      if (typeColumn == null) {
        throw new BadInputException("--goal-type needs --type-column");
      }
      requireKnown(dict.types(), goalTypes, "--goal-type");
      return EventFilter.types(dict, goalTypes.toArray(new String[0]));
    }
    return null;
  }

  static void requireKnown(
      dev.cxkit.journey.events.Dictionary d, List<String> names, String option) {
    for (String n : names) {
      if (!d.contains(n)) {
        throw new BadInputException(
            option + " value '" + n + "': no event in the input has it; known: " + first(d));
      }
    }
  }

  private static String first(dev.cxkit.journey.events.Dictionary d) {
    List<String> names = d.names();
    return names.size() <= 12
        ? names.toString()
        : names.subList(0, 12) + " and " + (names.size() - 12) + " more";
  }

  TimeFormat timeFormat() {
    switch (timeFormat) {
      case "iso":
        return TimeFormat.iso(zone);
      case "epoch-millis":
        return TimeFormat.epochMillis();
      case "epoch-seconds":
        return TimeFormat.epochSeconds();
      default:
        return TimeFormat.pattern(timeFormat, zone);
    }
  }

  PathOptions pathOptions() {
    Dimension d;
    try {
      d = Dimension.valueOf(dimension.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(
          "--dimension must be touchpoint, channel, type or stage, was '" + dimension + "'");
    }
    if (d == Dimension.CHANNEL && channelColumn == null
        || d == Dimension.TYPE && typeColumn == null
        || d == Dimension.STAGE && stageColumn == null) {
      throw new BadInputException("--dimension " + dimension + " needs --" + dimension + "-column");
    }
    PathOptions o = PathOptions.of(d);
    return collapseRepeats ? o.collapsingRepeats() : o;
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
      PathVariants v = PathVariants.of(parent.journeys(), parent.pathOptions());
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
      Flows f = Flows.of(parent.journeys(), parent.pathOptions(), maxSteps);
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

    @Option(names = "--window", description = "Conversion window, ISO-8601.")
    Duration window;

    @Override
    public Integer call() throws IOException {
      Journeys js = parent.journeys();
      Dimension d = parent.pathOptions().dimension();
      JourneysCommand.requireKnown(
          d.dictionary(js.dictionaries()), steps, "--step (" + parent.dimension + ")");
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
      MarkovChain c = TransitionCounts.of(parent.journeys(), parent.pathOptions(), order).chain();
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
