package dev.cxkit.cli;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.conformance.ConformanceChecker;
import dev.cxkit.journey.conformance.ConformanceReport;
import dev.cxkit.journey.conformance.Deviation;
import dev.cxkit.journey.conformance.StepMatcher;
import dev.cxkit.journey.insight.Action;
import dev.cxkit.journey.insight.ActionPlan;
import dev.cxkit.journey.insight.Hotspot;
import dev.cxkit.journey.insight.Hotspots;
import dev.cxkit.journey.insight.MomentsOfTruth;
import dev.cxkit.journey.insight.StepEffect;
import dev.cxkit.journey.markov.MarkovChain;
import dev.cxkit.model.map.JourneyMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cx insights}: observed journeys against a journey map: gaps, hotspots, actions. */
@Command(
    name = "insights",
    mixinStandardHelpOptions = true,
    description = {
      "Aligns the journeys of an event log with a journey map (touchpoints matched to steps) and"
          + " prints the deviations, pain-point hotspots, moments of truth and the prioritised"
          + " action list."
    },
    footer = {
      "",
      "Example:",
      "  ./cx insights --sample cable-outage \\",
      "      --input target/cx-tour/events.synthetic.csv --type-column type \\",
      "      --goal-type technician-visit --gap P7D --show actions"
    })
final class InsightsCommand implements Callable<Integer> {
  enum Part {
    deviations,
    hotspots,
    moments,
    actions
  }

  @Spec CommandSpec spec;
  @Mixin EventInput events;
  @Mixin FormatOption output;

  @Option(names = "--map", description = "Journey map JSON.")
  Path map;

  @Option(names = "--sample", description = "A bundled map instead of --map (cable-outage, ...).")
  String sample;

  @Option(
      names = "--show",
      split = ",",
      description = "deviations, hotspots, moments, actions (default: all; csv: one).")
  List<Part> show;

  @Mixin ActionPlanOptions plan;

  @Override
  public Integer call() throws IOException {
    if (map == null && sample == null) {
      throw new BadInputException("give --map FILE or --sample NAME");
    }
    EnumSet<Part> parts = show == null ? EnumSet.allOf(Part.class) : EnumSet.copyOf(show);
    if (output.format == OutputFormat.csv && parts.size() != 1) {
      throw new BadInputException(
          "--format csv prints one table: add --show with one of " + List.of(Part.values()));
    }
    plan.check();
    JourneyMap m = MapCommand.load(map, sample);
    Journeys js = events.journeys();
    ConformanceReport report = ConformanceChecker.of(StepMatcher.byTouchpoint(m)).check(js);
    MarkovChain chain = report.chain();
    List<Hotspot> hot = Hotspots.rank(report);
    Result result =
        new Result("insights")
            .field(Column.count("journeys"), report.journeys())
            .field(Column.proportion("mean_fitness"), report.meanFitness())
            .field(Column.count("conforming"), report.conforming());
    if (parts.contains(Part.deviations)) {
      Table t =
          new Table(
              Column.text("deviation"),
              Column.text("kind"),
              Column.count("journeys"),
              Column.proportion("share"),
              Column.proportion("lower"),
              Column.proportion("upper"));
      for (Deviation d : report.deviations()) {
        t.row(
            d.sentence(),
            d.kind(),
            d.journeys(),
            d.share(),
            d.interval().lower(),
            d.interval().upper());
      }
      result.list("deviations", t);
    }
    if (parts.contains(Part.hotspots)) {
      Table t =
          new Table(
              Column.text("step"),
              Column.proportion("score"),
              Column.count("reach"),
              Column.proportion("drop_off"),
              Column.proportion("repeat_rate"),
              Column.proportion("channel_switch_rate"));
      for (Hotspot h : hot) {
        t.row(h.stepId(), h.score(), h.reach(), h.dropOff(), h.repeatRate(), h.channelSwitchRate());
      }
      result.list("hotspots", t);
    }
    if (parts.contains(Part.moments)) {
      Table t =
          new Table(
              Column.text("step"),
              Column.text("verdict"),
              Column.flag("declared"),
              Column.proportion("risk_difference"),
              Column.proportion("lower"),
              Column.proportion("upper"),
              Column.flag("weak"),
              Column.text("weak_reason").orNull());
      for (StepEffect e : MomentsOfTruth.detect(report, m, chain).effects()) {
        t.row(
            e.stepId(),
            e.verdict(),
            e.declared(),
            e.riskDifference(),
            e.interval().lower(),
            e.interval().upper(),
            e.weak(),
            e.weak() ? e.weakReason() : null);
      }
      result.list("moments", t);
    }
    if (parts.contains(Part.actions)) {
      Table t =
          new Table(
              Column.count("rank"),
              Column.text("step"),
              Column.money("value_at_stake"),
              Column.count("reach"),
              Column.text("confidence"),
              Column.texts("evidence", "; "));
      for (Action a :
          ActionPlan.build(report, m, chain, hot, plan.valuePerConversion, plan.dropOffReduction)
              .actions()) {
        t.row(a.rank(), a.stepId(), a.valueAtStake(), a.reach(), a.confidence(), a.evidence());
      }
      result.list("actions", t);
    }
    result.print(spec.commandLine().getOut(), output.format);
    return 0;
  }
}
