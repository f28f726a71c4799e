package dev.cxkit.cli;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.conformance.ConformanceChecker;
import dev.cxkit.journey.conformance.ConformanceReport;
import dev.cxkit.journey.conformance.Deviation;
import dev.cxkit.journey.conformance.StepMatcher;
import dev.cxkit.journey.insight.Action;
import dev.cxkit.journey.insight.ActionPlan;
import dev.cxkit.journey.insight.ExposureEffect;
import dev.cxkit.journey.insight.Hotspot;
import dev.cxkit.journey.insight.Hotspots;
import dev.cxkit.journey.insight.MomentsOfTruth;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.render.map.HotspotMark;
import dev.cxkit.render.map.JourneyMapSvg;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The report's designed-versus-observed section: the journeys aligned with the map's steps, the
 * largest deviations, the pain-point hotspots found in the data and drawn on the map, the moments
 * of truth (observational effects) and the action plan under its stated assumptions.
 */
final class InsightsPart implements ReportPart {
  static final String HEADING = "Designed vs observed: deviations, hotspots, moments of truth";
  private static final int TOP = 5;

  private final ReportInputs in;
  private final ActionPlanOptions plan;
  private final EffectOptionsMixin effects;

  InsightsPart(ReportInputs in, ReportSections.@Nullable InsightsSection section) {
    this.in = in;
    this.plan = section != null ? section.plan.check() : new ActionPlanOptions();
    this.effects = section != null ? section.effects : new EffectOptionsMixin();
  }

  @Override
  public List<String> headings() {
    return List.of(HEADING);
  }

  @Override
  public List<String> assumptions() {
    return List.of(
        String.format(
            Locale.ROOT,
            "Action plan: a step fix is assumed to cut drop-off at its step by %s (the gain"
                + " computed exactly on the journeys' Markov chain); extending a clear positive"
                + " moment of truth or fixing a clear harmful one moves its estimated effect; one"
                + " conversion is worth %.2f.",
            ReportOutput.pct(plan.dropOffReduction),
            plan.valuePerConversion),
        Report.OBSERVATIONAL);
  }

  @Override
  public void write(ReportOutput out) throws IOException {
    JourneyMap map = in.journeyMap();
    Journeys js = in.journeys();
    StepMatcher matcher = StepMatcher.byTouchpoint(map);
    ConformanceReport report = ConformanceChecker.of(matcher).check(js);
    out.section(HEADING);
    out.say(
        String.format(
            Locale.ROOT,
            "%s aligned with the map's steps (touchpoints matched to steps): mean fitness %.3f;"
                + " %d %s an allowed path exactly. The most frequent deviations, with the share of"
                + " all %d journeys:",
            Plural.of(report.journeys(), "journey"),
            report.meanFitness(),
            report.conforming(),
            report.conforming() == 1 ? "follows" : "follow",
            report.journeys()));
    Table d =
        new Table(
            Column.text("deviation"),
            Column.count("journeys"),
            Column.proportion("share"),
            Column.proportion("lower"),
            Column.proportion("upper"));
    for (Deviation x : report.deviations().subList(0, Math.min(TOP, report.deviations().size()))) {
      d.row(x.sentence(), x.journeys(), x.share(), x.interval().lower(), x.interval().upper());
    }
    out.show(d);
    MomentsOfTruth mots = MomentsOfTruth.detect(js, matcher, effects.options(js));
    List<Hotspot> hot = Hotspots.rank(mots);
    out.say(
        "Pain-point hotspots from the data, among the steps, the touchpoints the map does not"
            + " design and the transitions it does not design (score: clear harm, drop-off,"
            + " negative emotion or scores when the log has them, repeats, undesigned channel"
            + " switches and time, combined; reach is n):");
    Table h =
        new Table(
            Column.text("item"),
            Column.text("kind"),
            Column.text("at_step").orNull(),
            Column.proportion("hotspot_score"),
            Column.count("reach"),
            Column.proportion("drop_off"),
            Column.proportion("effect").orNull());
    for (Hotspot x : hot.subList(0, Math.min(TOP, hot.size()))) {
      h.row(
          x.item(),
          x.kind().name().toLowerCase(Locale.ROOT),
          x.anchorStepId().orElse(null),
          x.score(),
          x.reach(),
          x.dropOff(),
          x.effect().isPresent() ? x.effect().getAsDouble() : null);
    }
    out.show(h);
    out.figure(
        JourneyMapSvg.of(map)
            .withHotspots(HotspotMark.fromRanked(hot, TOP))
            .withUnplannedHotspots(HotspotMark.unplannedFromRanked(hot, TOP))
            .toSvg());
    out.say(
        "Moments of truth: each step's and unplanned touchpoint's effect on conversion, estimated"
            + " where the exposure can happen (its landmark: among the journeys there without it"
            + " yet, conversion when it happens there minus when it does not), adjusted only for"
            + " history before it ("
            + String.join(", ", mots.adjustedFor())
            + "); Mantel-Haenszel risk difference with its interval, n per arm, and the verdict"
            + " against the map's declared moments:");
    Table m =
        new Table(
            Column.text("candidate"),
            Column.text("landmark"),
            Column.text("verdict"),
            Column.proportion("risk_difference"),
            Column.proportion("lower"),
            Column.proportion("upper"),
            Column.count("exposed"),
            Column.count("not_exposed"));
    for (ExposureEffect e : mots.effects()) {
      if (e.riskDifference().isPresent()
          && (e.declared() || e.verdict() != ExposureEffect.Verdict.NONE)) {
        m.row(
            e.candidate(),
            e.landmark(),
            e.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' '),
            e.riskDifference().getAsDouble(),
            e.interval().orElseThrow().lower(),
            e.interval().orElseThrow().upper(),
            e.exposed(),
            e.unexposed());
      }
    }
    out.show(m);
    out.note(
        "Observational: journeys exposed at a landmark may differ from those not exposed in more"
            + " than the history adjusted for; these estimates are not the result of an"
            + " experiment.");
    List<Action> actions =
        ActionPlan.build(mots, hot, plan.valuePerConversion, plan.dropOffReduction).actions();
    out.say("Action plan, most value at stake first (assumptions above):");
    List<String> items = new ArrayList<>();
    for (Action a : actions.subList(0, Math.min(3, actions.size()))) {
      items.add(a.explain());
    }
    out.list(items);
  }
}
