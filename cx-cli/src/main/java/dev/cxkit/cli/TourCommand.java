package dev.cxkit.cli;

import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.attribution.AttributionResult;
import dev.cxkit.journey.attribution.MarkovAttribution;
import dev.cxkit.journey.attribution.MarkovResult;
import dev.cxkit.journey.attribution.PathTable;
import dev.cxkit.journey.attribution.PathTableReader;
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
import dev.cxkit.journey.events.TieBreak;
import dev.cxkit.journey.events.TimeFormat;
import dev.cxkit.journey.funnel.Checkpoint;
import dev.cxkit.journey.funnel.Funnel;
import dev.cxkit.journey.funnel.FunnelOrdering;
import dev.cxkit.journey.funnel.FunnelResult;
import dev.cxkit.journey.funnel.FunnelStep;
import dev.cxkit.journey.insight.Action;
import dev.cxkit.journey.insight.ActionPlan;
import dev.cxkit.journey.insight.Hotspot;
import dev.cxkit.journey.insight.Hotspots;
import dev.cxkit.journey.insight.MomentsOfTruth;
import dev.cxkit.journey.insight.StepEffect;
import dev.cxkit.journey.paths.Flows;
import dev.cxkit.journey.paths.PathOptions;
import dev.cxkit.journey.paths.PathVariant;
import dev.cxkit.journey.paths.PathVariants;
import dev.cxkit.journey.whatif.AbsorbingChain;
import dev.cxkit.metrics.clv.BgNbd;
import dev.cxkit.metrics.clv.BtydFit;
import dev.cxkit.metrics.clv.CalibrationSplit;
import dev.cxkit.metrics.clv.CustomerSummaries;
import dev.cxkit.metrics.clv.GammaGamma;
import dev.cxkit.metrics.clv.TransactionFormat;
import dev.cxkit.metrics.clv.Transactions;
import dev.cxkit.metrics.drivers.DriverImportance;
import dev.cxkit.metrics.drivers.KeyDriverAnalysis;
import dev.cxkit.metrics.drivers.KeyDriverResult;
import dev.cxkit.metrics.retention.KaplanMeier;
import dev.cxkit.metrics.retention.KaplanMeierCurve;
import dev.cxkit.metrics.retention.LifetimeCounts;
import dev.cxkit.metrics.retention.SbgFit;
import dev.cxkit.metrics.retention.ShiftedBetaGeometric;
import dev.cxkit.metrics.survey.CsatScore;
import dev.cxkit.metrics.survey.IntervalSpec;
import dev.cxkit.metrics.survey.NetScoreAccumulator;
import dev.cxkit.metrics.survey.NetScoreDefinition;
import dev.cxkit.metrics.survey.NetScores;
import dev.cxkit.metrics.survey.Score;
import dev.cxkit.metrics.survey.ScoreAccumulator;
import dev.cxkit.model.csv.IngestReport;
import dev.cxkit.model.csv.RejectPolicy;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.MapDiff;
import dev.cxkit.model.map.PainPoint;
import dev.cxkit.model.map.Severity;
import dev.cxkit.model.map.Step;
import dev.cxkit.model.samples.JourneyMapSamples;
import dev.cxkit.model.survey.Scale;
import dev.cxkit.render.Palette;
import dev.cxkit.render.chart.AttributionChart;
import dev.cxkit.render.chart.DriverChart;
import dev.cxkit.render.chart.FunnelChart;
import dev.cxkit.render.chart.SankeyChart;
import dev.cxkit.render.chart.SurvivalChart;
import dev.cxkit.render.map.JourneyMapSvg;
import dev.cxkit.render.text.MermaidJourney;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cx tour}: the story of a customer experience told end to end on bundled data, with an HTML
 * report. Real data: the CDNOW sample (purchases), ChannelAttribution's path table, the sample
 * journey maps. Synthetic, seeded and labelled as such: the event log walked from the cable-outage
 * map and the survey answers.
 */
@Command(
    name = "tour",
    mixinStandardHelpOptions = true,
    description = {
      "The guided tour: journey map and pain points, journeys from events, funnel, attribution,"
          + " NPS/CSAT and key drivers, retention and CLV, on bundled data; writes an HTML report."
    },
    footer = {"", "Example:", "  ./cx tour", "  ./cx tour --out /tmp/cx-tour --seed 7"})
final class TourCommand implements Callable<Integer> {
  private static final int STEPS = 9;

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      description = "Directory for the report and generated files (default: target/cx-tour).")
  Path out;

  @Option(names = "--seed", defaultValue = "7", description = "Seed of the synthetic data.")
  long seed;

  @Option(
      names = "--customers",
      defaultValue = "2000",
      description = "Customers in the synthetic event log (default: ${DEFAULT-VALUE}).")
  int customers;

  private PrintWriter w;
  private int step;
  private final TourReport report = new TourReport();

  @Override
  public Integer call() throws Exception {
    w = spec.commandLine().getOut();
    Path data = DataDir.require();
    Path dir = out != null ? out : DataDir.output("cx-tour");
    java.nio.file.Files.createDirectories(dir);
    if (customers < 10) {
      throw new BadInputException("--customers must be >= 10, was " + customers);
    }
    w.println("cxkit tour: one customer experience, end to end");
    w.println(
        "Real data: the cable-outage journey map (sample), ChannelAttribution's path table, the"
            + " CDNOW purchase sample.");
    w.println("Synthetic data (seeded, seed " + seed + "): the event log and the survey answers.");
    w.println();
    report.paragraph(
        "Real data: the cable-outage journey map (a cxkit sample), ChannelAttribution's example"
            + " path table (GPL-3), the CDNOW purchase sample. Synthetic, seeded data (seed "
            + seed
            + "): the event log walked from the map and the survey answers; both are labelled.");
    JourneyMap map = JourneyMapSamples.cableOutage();
    run("Journey map: " + map.name(), () -> journeyMap(map));
    Journeys[] journeys = new Journeys[1];
    run(
        "Journeys assembled from events [synthetic]",
        () -> journeys[0] = journeys(map, dir.resolve("events.synthetic.csv")));
    run("Funnel and drop-off [synthetic]", () -> funnel(journeys[0]));
    run(
        "Designed vs observed: deviations, hotspots, moments of truth, action plan [synthetic]",
        () -> insights(map, journeys[0]));
    run(
        "Attribution: several models side by side (ChannelAttribution's path table)",
        () -> attribution(data.resolve("attribution").resolve("channelattribution_Data.csv")));
    run(
        "NPS and CSAT with intervals, key drivers [synthetic survey]",
        () -> survey(dir.resolve("survey.synthetic.csv")));
    Transactions[] log = new Transactions[1];
    run(
        "Retention: Kaplan-Meier on CDNOW, shifted-beta-geometric on a published cohort",
        () -> log[0] = retention(data.resolve("cdnow").resolve("CDNOW_sample.txt")));
    run("Customer lifetime value: BG/NBD + Gamma-Gamma on CDNOW", () -> clv(log[0]));
    Path html = dir.resolve("report.html");
    run(
        "HTML report",
        () -> {
          report.write(html, "cxkit tour: a customer experience end to end");
          w.println("  report: " + html.toAbsolutePath());
        });
    w.println();
    w.println("Done. Open " + html.toAbsolutePath().toUri() + " in a browser.");
    w.flush();
    return 0;
  }

  private interface Body {
    void run() throws Exception;
  }

  private void run(String title, Body body) throws Exception {
    step++;
    w.printf(Locale.ROOT, "[%d/%d] %s%n", step, STEPS, title);
    w.flush();
    if (step < STEPS) {
      report.section(String.format(Locale.ROOT, "Step %d of %d: %s", step, STEPS - 1, title));
    }
    long t0 = System.nanoTime();
    body.run();
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (seconds > 1.0) {
      w.printf(Locale.ROOT, "  ... %.1f s%n", seconds);
    }
    w.println();
    w.flush();
  }

  private void say(String text) {
    w.println("  " + text);
    report.paragraph(text);
  }

  private void show(Table t) {
    for (String line : t.render(OutputFormat.table).split("\n")) {
      w.println("    " + line);
    }
    report.table(t);
  }

  private static String pct(double share) {
    return String.format(Locale.ROOT, "%.1f %%", 100 * share);
  }

  private void journeyMap(JourneyMap map) {
    say(
        String.format(
            Locale.ROOT,
            "%d stages, %d steps, %d touchpoints. Pain points, worst first:",
            map.stages().size(),
            map.steps().size(),
            map.touchpoints().size()));
    Table t = new Table("severity", "step", "pain point");
    List<Object[]> rows = new ArrayList<>();
    for (Step s : map.steps()) {
      for (PainPoint p : s.painPoints()) {
        rows.add(new Object[] {p.severity(), s.name(), p.description()});
      }
    }
    rows.sort(Comparator.comparing((Object[] r) -> ((Severity) r[0]).ordinal()).reversed());
    for (Object[] r : rows) {
      t.row(r[0].toString().toLowerCase(Locale.ROOT), r[1], r[2]);
    }
    show(t);
    String low =
        map.steps().stream()
            .filter(s -> s.emotion().isPresent())
            .filter(s -> s.emotion().get().valence() <= -1.0)
            .map(Step::name)
            .reduce((a, b) -> a + "; " + b)
            .orElse("none");
    say("Emotional low points (valence -1): " + low + ".");
    MapDiff diff = MapDiff.between(map, JourneyMapSamples.cableOutageFuture());
    say(
        String.format(
            Locale.ROOT,
            "The future-state map adds %d steps, removes %d and changes %d.",
            diff.added().size(),
            diff.removed().size(),
            diff.changed().size()));
    report.figure(
        "Journey map: current state, future state overlaid",
        JourneyMapSvg.of(map).withFuture(JourneyMapSamples.cableOutageFuture()).toSvg());
    report.pre("The map as a Mermaid journey diagram", MermaidJourney.of(map));
  }

  private Journeys journeys(JourneyMap map, Path csv) throws IOException {
    long events = SyntheticJourneys.write(map, customers, seed, csv);
    EventDictionaries dict = new EventDictionaries();
    EventLog.Builder log = EventLog.builder(dict);
    CsvFormat format =
        CsvFormat.of("customer", "time", "touchpoint")
            .withChannel("channel")
            .withType("type")
            .withStage("stage")
            .withTimeFormat(TimeFormat.iso(java.time.ZoneOffset.UTC));
    IngestReport ingest =
        CsvEventReader.of(format, RejectPolicy.skipAndReport()).read(csv, dict, log);
    SplitRules rules =
        SplitRules.none()
            .withInactivityGap(Duration.ofDays(7))
            .withGoal(EventFilter.types(dict, "technician-visit"), false);
    Journeys js = JourneyAssembler.assemble(log.build(), rules, TieBreak.ARRIVAL);
    say(
        String.format(
            Locale.ROOT,
            "%d synthetic customers walked the map (seed %d): %d events written to %s, %d read"
                + " back (%d rejected), assembled into %d journeys; %d reached the technician"
                + " visit (%s).",
            customers,
            seed,
            events,
            csv.getFileName(),
            ingest.accepted(),
            ingest.rejected(),
            js.count(),
            js.convertedCount(),
            pct(js.convertedCount() / (double) js.count())));
    PathVariants v = PathVariants.of(js, PathOptions.of(Dimension.TYPE).collapsingRepeats());
    say(
        String.format(
            Locale.ROOT, "%d distinct paths over steps; the 5 most frequent:", v.distinct()));
    Table t = new Table("path", "journeys", "share", "conversion_rate");
    for (PathVariant p : v.top(5)) {
      t.row(shorten(p.steps()), p.journeys(), p.share(), p.conversionRate());
    }
    show(t);
    Flows f = Flows.of(js, PathOptions.of(Dimension.TYPE).collapsingRepeats(), 6);
    report.figure(
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
    w.println(
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

  private void funnel(Journeys js) {
    List<Checkpoint> steps = new ArrayList<>();
    for (String s : List.of("call-support", "troubleshoot", "technician-visit", "receive-bill")) {
      steps.add(new Checkpoint(s, EventFilter.of(Dimension.TYPE, js.dictionaries(), List.of(s))));
    }
    FunnelResult r = Funnel.of(steps, FunnelOrdering.LOOSE, null).analyze(js);
    Table t =
        new Table("step", "reached", "dropped_off", "from_previous", "95% interval", "from_start");
    FunnelStep worst = null;
    for (FunnelStep s : r.steps()) {
      t.row(
          s.name(),
          s.reached(),
          s.droppedOff(),
          s.conversionFromPrevious(),
          String.format(
              Locale.ROOT,
              "[%.3f, %.3f]",
              s.fromPreviousInterval().lower(),
              s.fromPreviousInterval().upper()),
          s.conversionFromStart());
      if (worst == null || s.droppedOff() > worst.droppedOff()) {
        worst = s;
      }
    }
    show(t);
    List<FunnelChart.Step> bars = new ArrayList<>();
    for (FunnelStep s : r.steps()) {
      bars.add(
          new FunnelChart.Step(
              s.name(), s.reached(), s.fromStartInterval().lower(), s.fromStartInterval().upper()));
    }
    report.figure(
        "Outage funnel (synthetic)", FunnelChart.render("Outage funnel", r.journeys(), bars));
    say(
        "Biggest drop-off before "
            + worst.name()
            + ": "
            + worst.droppedOff()
            + " journeys. Overall conversion "
            + pct(r.overallConversion())
            + " (Wilson intervals).");
  }

  private void insights(JourneyMap map, Journeys js) {
    ConformanceReport report = ConformanceChecker.of(StepMatcher.byTouchpoint(map)).check(js);
    AbsorbingChain chain = AbsorbingChain.fromConformance(report);
    say(
        String.format(
            Locale.ROOT,
            "%d journeys aligned with the map's steps: mean fitness %.3f, %d follow an allowed"
                + " path exactly. Largest deviations:",
            report.journeys(),
            report.meanFitness(),
            report.conforming()));
    for (Deviation d : report.deviations().subList(0, Math.min(3, report.deviations().size()))) {
      say("- " + d.sentence());
    }
    List<Hotspot> hot = Hotspots.rank(report);
    Table h = new Table("step", "hotspot_score", "reach", "drop_off", "repeat_rate");
    for (Hotspot x : hot.subList(0, Math.min(5, hot.size()))) {
      h.row(x.stepId(), x.score(), x.reach(), x.dropOff(), x.repeatRate());
    }
    say("Pain-point hotspots from the data:");
    show(h);
    MomentsOfTruth mots = MomentsOfTruth.detect(report, map, chain);
    say(
        "Moments of truth confirmed by the data: "
            + names(mots.confirmed())
            + "; declared but not confirmed: "
            + names(mots.notConfirmed())
            + "; found, undeclared: "
            + names(mots.undeclared())
            + ".");
    List<Action> actions = ActionPlan.build(report, map, chain, hot, 120.0, 0.2).actions();
    say("Action plan (20 % less drop-off per fix, 120 per resolved outage; assumptions):");
    for (Action a : actions.subList(0, Math.min(3, actions.size()))) {
      say(a.explain());
    }
    List<dev.cxkit.render.map.Hotspot> marks = new ArrayList<>();
    for (int i = 0; i < Math.min(5, hot.size()); i++) {
      Hotspot x = hot.get(i);
      marks.add(
          new dev.cxkit.render.map.Hotspot(
              x.stepId(),
              x.score(),
              i == 0 ? Severity.CRITICAL : i < 3 ? Severity.HIGH : Severity.MEDIUM,
              String.format(Locale.ROOT, "hotspot #%d", i + 1)));
    }
    this.report.figure(
        "Hotspots found in the data, drawn on the map",
        JourneyMapSvg.of(map).withHotspots(marks).toSvg());
  }

  private static String names(List<StepEffect> effects) {
    return effects.isEmpty()
        ? "none"
        : String.join(", ", effects.stream().map(StepEffect::stepId).toList());
  }

  private void attribution(Path file) throws IOException {
    PathTable table = PathTableReader.channelAttribution().read(file);
    say(
        String.format(
            Locale.ROOT,
            "%d paths, %d journeys, %d conversions worth %.2f, %d channels.",
            table.pathCount(),
            table.totalJourneys(),
            table.totalConversions(),
            table.totalValue(),
            table.channelCount()));
    Map<String, AttributionResult> results = new LinkedHashMap<>();
    for (String m : List.of("first", "last", "linear", "position", "shapley-simplified")) {
      results.put(m, AttributionCommand.model(m, 1, Duration.ofDays(7)).attribute(table));
    }
    MarkovResult markov = MarkovAttribution.builder().order(1).build().analyse(table);
    results.put("markov", markov.attribution());
    List<String> cols = new ArrayList<>(List.of("channel"));
    cols.addAll(results.keySet());
    cols.add("removal_effect");
    Table t = new Table(cols.toArray(new String[0]));
    List<String> channels = new ArrayList<>(table.channels());
    channels.sort(Comparator.comparingDouble(c -> -markov.attribution().conversions(c)));
    for (String c : channels) {
      List<Object> row = new ArrayList<>(List.of(c));
      for (AttributionResult r : results.values()) {
        row.add(r.conversions(c));
      }
      row.add(markov.removalEffect(c));
      t.row(row.toArray());
    }
    say("Conversions credited per channel (Markov: order 1, exact removal effects):");
    show(t);
    report.figure(
        "Credit per channel, model by model",
        AttributionChart.of(
            "Conversions credited per channel",
            new ArrayList<>(results.values()),
            Palette.colourBlindSafe()));
  }

  private void survey(Path csv) throws IOException {
    int n = 400;
    SyntheticSurvey s = new SyntheticSurvey(n, seed);
    s.write(csv);
    NetScoreAccumulator nps = new NetScoreAccumulator(NetScoreDefinition.nps());
    nps.addAll(s.recommendScores);
    ScoreAccumulator csat = new ScoreAccumulator(Scale.csat5());
    csat.addAll(s.csat);
    Table t = NpsCommand.scoreTable();
    Score adjusted = NetScores.of(nps.snapshot(), IntervalSpec.adjustedWald(0.95));
    t.row(NpsCommand.scoreRow(adjusted));
    t.row(
        NpsCommand.scoreRow(
            NetScores.of(nps.snapshot(), IntervalSpec.bootstrapPercentile(0.95, 2000, seed))));
    CsatScore c = CsatScore.of(csat.snapshot());
    t.row(NpsCommand.scoreRow(c.topTwoBox()));
    t.row(NpsCommand.scoreRow(c.mean()));
    say(
        n
            + " synthetic respondents (seeded, written to "
            + csv.getFileName()
            + "): likelihood to recommend 0-10 and CSAT 1-5.");
    show(t);
    KeyDriverResult k =
        KeyDriverAnalysis.defaults()
            .withBootstrap(200, seed)
            .analyze(SyntheticSurvey.DRIVERS, s.ratings, s.recommend);
    Table d =
        new Table("driver", "shapley_r2", "95% interval", "share_of_r2", "relative_weight", "r");
    for (DriverImportance di : k.rankedByShapley()) {
      d.row(
          di.name(),
          di.shapley(),
          di.shapleyInterval()
              .map(i -> String.format(Locale.ROOT, "[%.3f, %.3f]", i.lower(), i.upper()))
              .orElse(""),
          di.shapleyShare(),
          di.relativeWeight(),
          di.correlation());
    }
    say(
        String.format(
            Locale.ROOT,
            "Key drivers of recommendation (Shapley/LMG share of R^2 = %.3f, bootstrap intervals):",
            k.rSquared()));
    show(d);
    report.figure(
        "Key drivers of recommendation (synthetic survey)",
        DriverChart.of("What drives recommendation", k));
  }

  private Transactions retention(Path cdnow) throws IOException {
    Transactions log =
        TransactionFormat.cdnowSample()
            .read(cdnow)
            .transactions()
            .orElseThrow(() -> new BadInputException(cdnow + ": no transactions"));
    LocalDate end = LocalDate.of(1998, 6, 30);
    Map<String, LocalDate> first = new HashMap<>();
    Map<String, LocalDate> second = new HashMap<>();
    for (int i = 0; i < log.size(); i++) {
      String c = log.customer(i);
      LocalDate d = log.date(i);
      LocalDate f = first.get(c);
      if (f == null || d.isBefore(f)) {
        if (f != null) {
          second.merge(c, f, (a, b) -> a.isBefore(b) ? a : b);
        }
        first.put(c, d);
      } else if (d.isAfter(f)) {
        second.merge(c, d, (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    LifetimeCounts.Accumulator acc = new LifetimeCounts.Accumulator();
    for (Map.Entry<String, LocalDate> e : first.entrySet()) {
      LocalDate s = second.get(e.getKey());
      LocalDate stop = s == null ? end : s;
      acc.add((stop.toEpochDay() - e.getValue().toEpochDay()) / 7.0, s != null);
    }
    KaplanMeierCurve km = KaplanMeier.fit(acc.snapshot());
    say(
        String.format(
            Locale.ROOT,
            "CDNOW (real): %d customers; Kaplan-Meier share still waiting for a second purchase"
                + " (censored at 1998-06-30):",
            first.size()));
    Table t = new Table("weeks", "share_without_repeat", "95% interval");
    for (int weeks : new int[] {4, 13, 26, 52, 78}) {
      var i = km.interval(weeks, 0.95);
      t.row(
          weeks,
          km.survival(weeks),
          String.format(Locale.ROOT, "[%.3f, %.3f]", i.lower(), i.upper()));
    }
    show(t);
    report.figure(
        "CDNOW: share of customers still without a second purchase",
        SurvivalChart.of(
            "CDNOW: customers without a second purchase",
            Map.of("CDNOW", km),
            0.95,
            "weeks",
            Palette.colourBlindSafe()));
    long[] survivors = {1000, 631, 468, 382, 326};
    SbgFit sbg = ShiftedBetaGeometric.fit(survivors);
    say(
        String.format(
            Locale.ROOT,
            "Shifted-beta-geometric on Fader & Hardie's (2007) published 'regular' cohort (1000,"
                + " 631, 468, 382, 326 after years 0-4): alpha = %.3f, beta = %.3f. Forecast"
                + " survivors in years 5-7: %.0f, %.0f, %.0f (published actuals: 289, 262, 241).",
            sbg.alpha(),
            sbg.beta(),
            sbg.expectedSurvivors(1000, 5),
            sbg.expectedSurvivors(1000, 6),
            sbg.expectedSurvivors(1000, 7)));
    return log;
  }

  private void clv(Transactions log) {
    CustomerSummaries cbs =
        CalibrationSplit.weeks(LocalDate.of(1997, 9, 30), LocalDate.of(1998, 6, 30)).summarise(log);
    BtydFit<BgNbd> fit = BgNbd.fit(cbs);
    BgNbd m = fit.model();
    say(
        String.format(
            Locale.ROOT,
            "CDNOW (real), %d customers, 39 weeks calibration + 39 weeks holdout. BG/NBD: r = %.4f,"
                + " alpha = %.4f, a = %.4f, b = %.4f (log-likelihood %.2f).",
            cbs.size(),
            m.r(),
            m.alpha(),
            m.a(),
            m.b(),
            fit.logLikelihood()));
    say(
        String.format(
            Locale.ROOT,
            "Holdout repeat purchases: predicted %.0f, actual %.0f.",
            m.expectedHoldoutTransactions(cbs),
            cbs.totalHoldoutFrequency()));
    GammaGamma gg = GammaGamma.fit(cbs).model();
    say(
        String.format(
            Locale.ROOT,
            "Gamma-Gamma spend: p = %.3f, q = %.3f, gamma = %.3f; population mean spend %.2f.",
            gg.p(),
            gg.q(),
            gg.gamma(),
            gg.populationMeanSpend()));
    double[] expected = m.conditionalExpectedTransactions(cbs, cbs.holdoutLength());
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < cbs.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -expected[i]).thenComparing(i -> i));
    Table t =
        new Table(
            "customer",
            "x",
            "p_alive",
            "predicted_holdout",
            "actual_holdout",
            "expected_spend",
            "clv_12_months");
    for (int i : order.subList(0, 8)) {
      int x = cbs.frequency(i);
      t.row(
          cbs.customerId(i),
          x,
          m.probabilityAlive(x, cbs.recency(i), cbs.age(i)),
          expected[i],
          cbs.holdoutFrequency(i),
          gg.conditionalExpectedSpend(x, cbs.meanRepeatSpend(i)),
          gg.customerLifetimeValue(
              m, x, cbs.recency(i), cbs.age(i), cbs.meanRepeatSpend(i), 0.3, 12, 52.0 / 12, 0.01));
    }
    say(
        "Customers with the most expected purchases in the holdout (CLV: 30 % margin, 12"
            + " months, 1 % monthly discount rate; assumptions):");
    show(t);
  }
}
