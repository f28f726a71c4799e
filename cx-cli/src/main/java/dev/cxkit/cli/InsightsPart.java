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

  InsightsPart(ReportInputs in, ReportSections.@Nullable InsightsSection section) {
    this.in = in;
    this.plan = section != null ? section.plan.check() : new ActionPlanOptions();
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
            "Action plan: each fix is assumed to cut drop-off at its step by %s; one conversion is"
                + " worth %.2f; the gain is computed exactly on the absorbing Markov chain of the"
                + " aligned journeys.",
            ReportOutput.pct(plan.dropOffReduction),
            plan.valuePerConversion),
        Report.OBSERVATIONAL);
  }

  @Override
  public void write(ReportOutput out) throws IOException {
    JourneyMap map = in.journeyMap();
    Journeys js = in.journeys();
    ConformanceReport report = ConformanceChecker.of(StepMatcher.byTouchpoint(map)).check(js);
    MarkovChain chain = report.chain();
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
    List<Hotspot> hot = Hotspots.rank(report);
    out.say(
        "Pain-point hotspots from the data (score: drop-off, repeats, channel switches and time"
            + " at the step, combined; reach is n):");
    Table h =
        new Table(
            Column.text("step"),
            Column.proportion("hotspot_score"),
            Column.count("reach"),
            Column.proportion("drop_off"),
            Column.proportion("repeat_rate"));
    for (Hotspot x : hot.subList(0, Math.min(TOP, hot.size()))) {
      h.row(x.stepId(), x.score(), x.reach(), x.dropOff(), x.repeatRate());
    }
    out.show(h);
    out.figure(JourneyMapSvg.of(map).withHotspots(HotspotMark.fromRanked(hot, TOP)).toSvg());
    MomentsOfTruth mots = MomentsOfTruth.detect(report, map, chain);
    out.say(
        "Moments of truth: the adjusted difference in conversion between journeys that reached a"
            + " step and those that did not (Mantel-Haenszel risk difference, strata as documented"
            + " by cxkit's MomentsOfTruth), with its interval and n with and without the step:");
    Table m =
        new Table(
            Column.text("step"),
            Column.text("verdict"),
            Column.proportion("risk_difference"),
            Column.proportion("lower"),
            Column.proportion("upper"),
            Column.count("with"),
            Column.count("without"));
    for (StepEffect e : mots.effects()) {
      if (e.verdict() != StepEffect.Verdict.NONE) {
        m.row(
            e.stepId(),
            e.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' '),
            e.riskDifference(),
            e.interval().lower(),
            e.interval().upper(),
            e.withJourneys(),
            e.withoutJourneys());
      }
    }
    out.show(m);
    out.note(
        "Observational: journeys that reach a step differ from those that do not in more than the"
            + " step; these differences are associations, not the effect of changing the step.");
    List<Action> actions =
        ActionPlan.build(report, map, chain, hot, plan.valuePerConversion, plan.dropOffReduction)
            .actions();
    out.say("Action plan, most value at stake first (assumptions above):");
    List<String> items = new ArrayList<>();
    for (Action a : actions.subList(0, Math.min(3, actions.size()))) {
      items.add(a.explain());
    }
    out.list(items);
  }
}
