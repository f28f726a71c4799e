package dev.cxkit.cli;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.conformance.ConformanceChecker;
import dev.cxkit.journey.conformance.ConformanceReport;
import dev.cxkit.journey.conformance.Deviation;
import dev.cxkit.journey.conformance.StepMatcher;
import dev.cxkit.journey.insight.Action;
import dev.cxkit.journey.insight.ActionPlan;
import dev.cxkit.journey.insight.EffectOptions;
import dev.cxkit.journey.insight.ExposureEffect;
import dev.cxkit.journey.insight.Hotspot;
import dev.cxkit.journey.insight.Hotspots;
import dev.cxkit.journey.insight.MomentsOfTruth;
import dev.cxkit.journey.insight.StepFeedback;
import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.model.map.JourneyMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
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
          + " prints the deviations, the pain-point hotspots (steps, unplanned touchpoints and"
          + " undesigned transitions; the emotions and scores of --emotion-column and"
          + " --score-column count as negative emotion), the moments of truth (observational landmark estimates of"
          + " each step's and unplanned touchpoint's effect on conversion) and the action list"
          + " that matches the evidence."
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
  @Mixin EffectOptionsMixin effects;

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
    StepMatcher matcher = StepMatcher.byTouchpoint(m);
    ConformanceReport report = ConformanceChecker.of(matcher).check(js);
    EffectOptions options = effects.options(js);
    MomentsOfTruth mots = MomentsOfTruth.detect(js, matcher, options);
    List<Hotspot> hot = Hotspots.rank(mots);
    Result result =
        new Result("insights")
            .field(Column.count("journeys"), report.journeys())
            .field(Column.proportion("mean_fitness"), report.meanFitness())
            .field(Column.count("conforming"), report.conforming())
            .field(Column.texts("adjusted_for", ", "), mots.adjustedFor())
            .field(Column.text("note"), NOTE);
    if (parts.contains(Part.deviations)) {
      result.list("deviations", deviations(report));
    }
    if (parts.contains(Part.hotspots)) {
      result.list("hotspots", hotspots(hot));
    }
    if (parts.contains(Part.moments)) {
      result.list("moments", moments(mots));
    }
    if (parts.contains(Part.actions)) {
      result.list(
          "actions",
          actions(ActionPlan.build(mots, hot, plan.valuePerConversion, plan.dropOffReduction)));
    }
    result.print(spec.commandLine().getOut(), output.format);
    return 0;
  }

  /** What every insights output says about its effect estimates. */
  static final String NOTE =
      "Effects are observational estimates from the event log (landmark trials adjusted only for"
          + " history before the exposure), not results of an experiment.";

  static Table deviations(ConformanceReport report) {
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
    return t;
  }

  static Table hotspots(List<Hotspot> hot) {
    Table t =
        new Table(
            Column.text("item"),
            Column.text("kind"),
            Column.text("at_step").orNull(),
            Column.proportion("score"),
            Column.count("reach"),
            Column.proportion("drop_off"),
            Column.proportion("repeat_rate"),
            Column.proportion("channel_switch_rate"),
            Column.amount("mean_minutes"),
            Column.estimate("valence").orNull(),
            Column.count("valence_n").orNull(),
            Column.estimate("valence_lower").orNull(),
            Column.estimate("valence_upper").orNull(),
            Column.proportion("effect").orNull(),
            Column.flag("harmful"));
    for (Hotspot h : hot) {
      t.row(
          h.item(),
          h.kind(),
          h.anchorStepId().orElse(null),
          h.score(),
          h.reach(),
          h.dropOff(),
          h.repeatRate(),
          h.channelSwitchRate(),
          h.meanDwellMillis() / 60_000.0,
          h.meanValence().orElse(null),
          h.feedback().map(StepFeedback::responses).orElse(null),
          h.feedback().flatMap(StepFeedback::interval).map(Interval::lower).orElse(null),
          h.feedback().flatMap(StepFeedback::interval).map(Interval::upper).orElse(null),
          h.effect().isPresent() ? h.effect().getAsDouble() : null,
          h.harmful());
    }
    return t;
  }

  static Table moments(MomentsOfTruth mots) {
    Table t =
        new Table(
            Column.text("candidate"),
            Column.text("kind"),
            Column.flag("declared"),
            Column.text("landmark"),
            Column.proportion("landmark_share"),
            Column.count("exposed"),
            Column.proportion("exposed_conversion"),
            Column.count("not_exposed"),
            Column.proportion("not_exposed_conversion"),
            Column.proportion("risk_difference").orNull(),
            Column.proportion("lower").orNull(),
            Column.proportion("upper").orNull(),
            Column.proportion("holm_p").orNull(),
            Column.proportion("chain_effect").orNull(),
            Column.proportion("removal_effect").orNull(),
            Column.text("verdict"),
            Column.flag("weak"),
            Column.text("weak_reason").orNull(),
            Column.text("method"));
    for (ExposureEffect e : mots.effects()) {
      t.row(
          e.candidate(),
          e.kind(),
          e.declared(),
          e.landmark(),
          e.landmarkShare(),
          e.exposed(),
          e.exposedRate(),
          e.unexposed(),
          e.unexposedRate(),
          boxed(e.riskDifference()),
          e.interval().map(Interval::lower).orElse(null),
          e.interval().map(Interval::upper).orElse(null),
          boxed(e.adjustedP()),
          boxed(e.chainEffect()),
          boxed(e.removalEffect()),
          e.verdict(),
          e.weak(),
          e.weak() ? String.join("; ", e.weakReasons()) : null,
          e.method());
    }
    return t;
  }

  static Table actions(ActionPlan plan) {
    Table t =
        new Table(
            Column.count("rank"),
            Column.text("kind"),
            Column.text("target"),
            Column.money("value_at_stake"),
            Column.amount("conversions"),
            Column.count("reach"),
            Column.text("confidence"),
            Column.text("change"),
            Column.texts("evidence", "; "));
    for (Action a : plan.actions()) {
      t.row(
          a.rank(),
          a.kind(),
          a.target(),
          a.valueAtStake(),
          a.conversionChange(),
          a.reach(),
          a.confidence(),
          a.change(),
          a.evidence());
    }
    return t;
  }

  private static @Nullable Double boxed(OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : null;
  }
}
