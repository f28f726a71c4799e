package dev.cxkit.cli;

import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.conformance.ConformanceChecker;
import dev.cxkit.journey.conformance.ConformanceReport;
import dev.cxkit.journey.conformance.Deviation;
import dev.cxkit.journey.conformance.StepMatcher;
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
import dev.cxkit.journey.insight.Action;
import dev.cxkit.journey.insight.ActionPlan;
import dev.cxkit.journey.insight.ExposureEffect;
import dev.cxkit.journey.insight.Hotspot;
import dev.cxkit.journey.insight.Hotspots;
import dev.cxkit.journey.insight.MomentsOfTruth;
import dev.cxkit.journey.paths.Flows;
import dev.cxkit.journey.paths.PathOptions;
import dev.cxkit.journey.paths.PathVariant;
import dev.cxkit.journey.paths.PathVariants;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.MapDiff;
import dev.cxkit.model.map.PainPoint;
import dev.cxkit.model.map.Severity;
import dev.cxkit.model.map.Step;
import dev.cxkit.model.samples.JourneyMapSamples;
import dev.cxkit.render.Palette;
import dev.cxkit.render.chart.FunnelChart;
import dev.cxkit.render.chart.SankeyChart;
import dev.cxkit.render.map.JourneyMapSvg;
import dev.cxkit.render.text.MermaidJourney;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The tour's journey steps: the journey map and its pain points, journeys assembled from the
 * synthetic event log, the funnel, and the designed-versus-observed insights.
 */
final class TourJourneys {
  private final TourOutput out;
  private final int customers;
  private final long seed;

  TourJourneys(TourOutput out, int customers, long seed) {
    this.out = out;
    this.customers = customers;
    this.seed = seed;
  }

  void journeyMap(JourneyMap map) {
    out.say(
        Plural.of(map.stages().size(), "stage")
            + ", "
            + Plural.of(map.steps().size(), "step")
            + ", "
            + Plural.of(map.touchpoints().size(), "touchpoint")
            + ". Pain points, worst first:");
    Table t = new Table(Column.text("severity"), Column.text("step"), Column.text("pain_point"));
    List<Object[]> rows = new ArrayList<>();
    for (Step s : map.steps()) {
      for (PainPoint p : s.painPoints()) {
        rows.add(new Object[] {p.severity(), s.name(), p.description()});
      }
    }
    rows.sort(Comparator.comparing((Object[] r) -> ((Severity) r[0]).ordinal()).reversed());
    for (Object[] r : rows) {
      t.row(r[0], r[1], r[2]);
    }
    out.show(t);
    String low =
        map.steps().stream()
            .filter(s -> s.emotion().isPresent())
            .filter(s -> s.emotion().get().valence() <= -1.0)
            .map(Step::name)
            .reduce((a, b) -> a + "; " + b)
            .orElse("none");
    out.say("Emotional low points (valence -1): " + low + ".");
    MapDiff diff = MapDiff.between(map, JourneyMapSamples.cableOutageFuture());
    out.say(
        "The future-state map adds "
            + Plural.of(diff.added().size(), "step")
            + ", removes "
            + diff.removed().size()
            + " and changes "
            + diff.changed().size()
            + ".");
    out.figure(
        "Journey map: current state, future state overlaid",
        JourneyMapSvg.of(map).withFuture(JourneyMapSamples.cableOutageFuture()).toSvg());
    out.pre("The map as a Mermaid journey diagram", MermaidJourney.of(map));
  }

  Journeys journeys(JourneyMap map, Path csv) throws IOException {
    long events;
    IngestReport ingest;
    EventDictionaries dict = new EventDictionaries();
    EventLog.Builder log = EventLog.builder(dict);
    CsvFormat format =
        CsvFormat.of("customer", "time", "touchpoint")
            .withChannel("channel")
            .withType("type")
            .withStage("stage")
            .withTimeFormat(TimeFormat.iso(java.time.ZoneOffset.UTC));
    try (AtomicFile file = AtomicFile.create(csv)) {
      // read back this run's own file before it replaces the target: concurrent tours into one
      // directory each analyse their own events, and the target is only ever one whole file
      events = SyntheticJourneys.write(map, customers, seed, file.temp());
      ingest =
          CsvEventReader.of(format, RejectPolicy.COLLECT_AND_CONTINUE).read(file.temp(), dict, log);
      file.commit();
    }
    SplitRules rules =
        SplitRules.none()
            .withInactivityGap(Duration.ofDays(7))
            .withGoal(EventFilter.types(dict, "technician-visit"), false);
    Journeys js = JourneyAssembler.assemble(log.build(), rules, TieBreak.ARRIVAL);
    out.say(
        Plural.of(customers, "synthetic customer")
            + " walked the map (seed "
            + seed
            + "): "
            + Plural.of(events, "event")
            + " written to "
            + csv.getFileName()
            + ", "
            + ingest.accepted()
            + " read back ("
            + ingest.rejected()
            + " rejected), assembled into "
            + Plural.of(js.count(), "journey")
            + "; "
            + js.convertedCount()
            + " reached the technician visit ("
            + TourOutput.pct(js.convertedCount() / (double) js.count())
            + ").");
    PathVariants v = PathVariants.of(js, PathOptions.of(Dimension.TYPE).collapsingRepeats());
    out.say(
        Plural.of(v.distinct(), "distinct path")
            + " over steps; the "
            + Math.min(5, v.distinct())
            + " most frequent:");
    Table t =
        new Table(
            Column.text("path"),
            Column.count("journeys"),
            Column.proportion("share"),
            Column.proportion("conversion_rate"));
    for (PathVariant p : v.top(5)) {
      t.row(shorten(p.steps()), p.journeys(), p.share(), p.conversionRate());
    }
    out.show(t);
    Flows f = Flows.of(js, PathOptions.of(Dimension.TYPE).collapsingRepeats(), 6);
    out.figure(
        "Top paths, first six steps (synthetic)",
        SankeyChart.render(
            "Top paths, first six steps",
            f.entries().stream().map(e -> new SankeyChart.Entry(e.name(), e.journeys())).toList(),
            f.links().stream()
                .map(l -> new SankeyChart.Link(l.step(), l.from(), l.to(), l.journeys()))
                .toList(),
            f.exits().stream()
                .map(e -> new SankeyChart.Exit(e.name(), e.converted(), e.notConverted()))
                .toList(),
            Palette.colourBlindSafe()));
    out.console(
        "  try: ./cx journeys --input "
            + csv.toAbsolutePath()
            + " --type-column type --goal-type technician-visit --gap P7D --dimension type"
            + " variants");
    return js;
  }

  /** A long path as its first two and last two steps around the number left out. */
  static String shorten(List<String> steps) {
    if (steps.size() <= 5) {
      return String.join(" > ", steps);
    }
    return String.join(" > ", steps.subList(0, 2))
        + " > ("
        + (steps.size() - 4)
        + " more) > "
        + String.join(" > ", steps.subList(steps.size() - 2, steps.size()));
  }

  void funnel(Journeys js) {
    List<Checkpoint> steps = new ArrayList<>();
    for (String s : List.of("call-support", "troubleshoot", "technician-visit", "receive-bill")) {
      steps.add(new Checkpoint(s, EventFilter.of(Dimension.TYPE, js.dictionaries(), List.of(s))));
    }
    FunnelResult r = Funnel.of(steps, FunnelOrdering.LOOSE, null).analyze(js);
    FunnelStep worst = r.steps().get(0);
    for (FunnelStep s : r.steps()) {
      if (s.droppedOff() > worst.droppedOff()) {
        worst = s;
      }
    }
    Table t = JourneysCommand.steps(r);
    out.show(t);
    List<FunnelChart.Step> bars = new ArrayList<>();
    for (FunnelStep s : r.steps()) {
      bars.add(
          new FunnelChart.Step(
              s.name(), s.reached(), s.fromStartInterval().lower(), s.fromStartInterval().upper()));
    }
    out.figure(
        "Outage funnel (synthetic)", FunnelChart.render("Outage funnel", r.journeys(), bars));
    out.say(
        "Biggest drop-off before "
            + worst.name()
            + ": "
            + Plural.of(worst.droppedOff(), "journey")
            + ". Overall conversion "
            + TourOutput.pct(r.overallConversion())
            + " (Wilson intervals).");
  }

  void insights(JourneyMap map, Journeys js) {
    ConformanceReport report = ConformanceChecker.of(StepMatcher.byTouchpoint(map)).check(js);
    out.say(
        String.format(
            Locale.ROOT,
            "%s aligned with the map's steps: mean fitness %.3f, %d %s an allowed path exactly."
                + " Largest deviations:",
            Plural.of(report.journeys(), "journey"),
            report.meanFitness(),
            report.conforming(),
            report.conforming() == 1 ? "follows" : "follow"));
    for (Deviation d : report.deviations().subList(0, Math.min(3, report.deviations().size()))) {
      out.say("- " + d.sentence());
    }
    MomentsOfTruth mots = MomentsOfTruth.detect(js, StepMatcher.byTouchpoint(map));
    List<Hotspot> hot = Hotspots.rank(mots);
    Table h =
        new Table(
            Column.text("item"),
            Column.text("kind"),
            Column.text("at_step").orNull(),
            Column.proportion("hotspot_score"),
            Column.count("reach"),
            Column.proportion("drop_off"),
            Column.proportion("effect").orNull());
    for (Hotspot x : hot.subList(0, Math.min(5, hot.size()))) {
      h.row(
          x.item(),
          x.kind(),
          x.anchorStepId().orElse(null),
          x.score(),
          x.reach(),
          x.dropOff(),
          x.effect().isPresent() ? x.effect().getAsDouble() : null);
    }
    out.say(
        "Pain-point hotspots from the data (steps, touchpoints the map does not design, and"
            + " undesigned transitions):");
    out.show(h);
    Table e =
        new Table(
            Column.text("candidate"),
            Column.text("landmark"),
            Column.count("exposed"),
            Column.count("not_exposed"),
            Column.proportion("risk_difference"),
            Column.proportion("lower"),
            Column.proportion("upper"),
            Column.text("verdict"));
    for (ExposureEffect x : mots.effects()) {
      if (x.riskDifference().isPresent()) {
        e.row(
            x.candidate(),
            x.landmark(),
            x.exposed(),
            x.unexposed(),
            x.riskDifference().getAsDouble(),
            x.interval().orElseThrow().lower(),
            x.interval().orElseThrow().upper(),
            x.verdict());
      }
    }
    out.say(
        "Moments of truth: each step's and unplanned touchpoint's effect on reaching the"
            + " technician visit, estimated where the exposure can happen (its landmark) and"
            + " adjusted only for history before it. Observational estimates, not an experiment:");
    out.show(e);
    out.say(
        "Confirmed by the data: "
            + names(mots.confirmed())
            + "; declared but not confirmed: "
            + names(mots.notConfirmed())
            + "; found, undeclared: "
            + names(mots.undeclared())
            + ".");
    List<Action> actions = ActionPlan.build(mots, hot, 120.0, 0.2).actions();
    out.say(
        "Action plan (extend what helps, fix what hurts; 20 % less drop-off per step fix, 120 per"
            + " resolved outage; assumptions):");
    for (Action a : actions.subList(0, Math.min(3, actions.size()))) {
      out.say(a.explain());
    }
    List<dev.cxkit.render.map.Hotspot> marks = new ArrayList<>();
    List<dev.cxkit.render.map.Hotspot> beside = new ArrayList<>();
    for (int i = 0; i < Math.min(5, hot.size()); i++) {
      Hotspot x = hot.get(i);
      Severity sev = i == 0 ? Severity.CRITICAL : i < 3 ? Severity.HIGH : Severity.MEDIUM;
      if (x.kind() == Hotspot.Kind.STEP) {
        marks.add(
            new dev.cxkit.render.map.Hotspot(
                x.item(), x.score(), sev, String.format(Locale.ROOT, "hotspot #%d", i + 1)));
      } else if (x.anchorStepId().isPresent()) {
        beside.add(
            new dev.cxkit.render.map.Hotspot(
                x.anchorStepId().get(),
                x.score(),
                sev,
                String.format(Locale.ROOT, "hotspot #%d: %s", i + 1, x.item())));
      }
    }
    out.figure(
        "Hotspots found in the data, drawn on the map (dashed: not on the map)",
        JourneyMapSvg.of(map).withHotspots(marks).withUnplannedHotspots(beside).toSvg());
  }

  private static String names(List<ExposureEffect> effects) {
    return effects.isEmpty()
        ? "none"
        : String.join(", ", effects.stream().map(ExposureEffect::candidate).toList());
  }
}
