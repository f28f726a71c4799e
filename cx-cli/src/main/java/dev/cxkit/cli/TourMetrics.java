package dev.cxkit.cli;

import dev.cxkit.journey.attribution.AttributionResult;
import dev.cxkit.journey.attribution.MarkovAttribution;
import dev.cxkit.journey.attribution.MarkovResult;
import dev.cxkit.journey.attribution.PathTable;
import dev.cxkit.journey.attribution.PathTableReader;
import dev.cxkit.journey.markov.StateConstruction;
import dev.cxkit.metrics.clv.BgNbd;
import dev.cxkit.metrics.clv.BtydFit;
import dev.cxkit.metrics.clv.CalibrationSplit;
import dev.cxkit.metrics.clv.ClvSpecification;
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
import dev.cxkit.model.survey.Scale;
import dev.cxkit.render.Palette;
import dev.cxkit.render.chart.AttributionChart;
import dev.cxkit.render.chart.DriverChart;
import dev.cxkit.render.chart.SurvivalChart;
import java.io.IOException;
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

/**
 * The tour's metric steps: attribution on ChannelAttribution's path table, survey scores and key
 * drivers on the synthetic survey, retention and CLV on the CDNOW sample.
 */
final class TourMetrics {
  /** The tour's CLV assumptions: 30 % margin, 12 months, 1 % monthly discount rate. */
  private static final ClvSpecification TWELVE_MONTHS =
      ClvSpecification.builder()
          .margin(0.3)
          .periods(12)
          .periodLength(52.0 / 12)
          .discountRate(0.01)
          .build();

  private final TourOutput out;
  private final long seed;

  TourMetrics(TourOutput out, long seed) {
    this.out = out;
    this.seed = seed;
  }

  void attribution(Path file) throws IOException {
    PathTable table = PathTableReader.semicolon().read(file);
    out.say(
        String.format(
            Locale.ROOT,
            "%s, %s, %s worth %.2f, %s.",
            Plural.of(table.pathCount(), "path"),
            Plural.of(table.totalJourneys(), "journey"),
            Plural.of(table.totalConversions(), "conversion"),
            table.totalValue(),
            Plural.of(table.channelCount(), "channel")));
    Map<String, AttributionResult> results = new LinkedHashMap<>();
    for (String m : List.of("first", "last", "linear", "position", "shapley-simplified")) {
      results.put(
          m,
          AttributionCommand.model(m, 1, StateConstruction.WINDOWS, Duration.ofDays(7))
              .attribute(table));
    }
    MarkovResult markov = MarkovAttribution.builder().order(1).build().analyze(table);
    results.put("markov", markov.attribution());
    List<Column> cols = new ArrayList<>(List.of(Column.text("channel")));
    for (String m : results.keySet()) {
      cols.add(Column.amount(m.replace('-', '_')));
    }
    cols.add(Column.proportion("removal_effect"));
    Table t = new Table(cols.toArray(new Column[0]));
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
    out.say("Conversions credited per channel (Markov: order 1, exact removal effects):");
    out.show(t);
    out.figure(
        "Credit per channel, model by model",
        AttributionChart.of(
            "Conversions credited per channel",
            new ArrayList<>(results.values()),
            Palette.colourBlindSafe()));
  }

  void survey(Path csv) throws IOException {
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
    out.say(
        Plural.of(n, "synthetic respondent")
            + " (seeded, written to "
            + csv.getFileName()
            + "): likelihood to recommend 0-10 and CSAT 1-5.");
    out.show(t);
    KeyDriverResult k =
        KeyDriverAnalysis.defaults()
            .withBootstrap(200, seed)
            .analyze(SyntheticSurvey.DRIVERS, s.ratings, s.recommend);
    Table d =
        new Table(
            Column.text("driver"),
            Column.proportion("shapley_r2"),
            Column.proportion("lower_95").orNull(),
            Column.proportion("upper_95").orNull(),
            Column.proportion("share_of_r2"),
            Column.proportion("relative_weight"),
            Column.estimate("r"));
    for (DriverImportance di : k.rankedByShapley()) {
      d.row(
          di.name(),
          di.shapley(),
          di.shapleyInterval().map(i -> (Object) i.lower()).orElse(null),
          di.shapleyInterval().map(i -> (Object) i.upper()).orElse(null),
          di.shapleyShare(),
          di.relativeWeight(),
          di.correlation());
    }
    out.say(
        String.format(
            Locale.ROOT,
            "Key drivers of recommendation (Shapley/LMG share of R^2 = %.3f, bootstrap intervals):",
            k.rSquared()));
    out.show(d);
    out.figure(
        "Key drivers of recommendation (synthetic survey)",
        DriverChart.of("What drives recommendation", k));
  }

  Transactions retention(Path cdnow) throws IOException {
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
    out.say(
        String.format(
            Locale.ROOT,
            "CDNOW (real): %s; Kaplan-Meier share still waiting for a second purchase"
                + " (censored at 1998-06-30):",
            Plural.of(first.size(), "customer")));
    Table t =
        new Table(
            Column.count("weeks"),
            Column.proportion("share_without_repeat"),
            Column.proportion("lower_95"),
            Column.proportion("upper_95"));
    for (int weeks : new int[] {4, 13, 26, 52, 78}) {
      var i = km.interval(weeks, 0.95);
      t.row(weeks, km.survival(weeks), i.lower(), i.upper());
    }
    out.show(t);
    out.figure(
        "CDNOW: share of customers still without a second purchase",
        SurvivalChart.of(
            "CDNOW: customers without a second purchase",
            Map.of("CDNOW", km),
            0.95,
            "weeks",
            Palette.colourBlindSafe()));
    long[] survivors = {1000, 631, 468, 382, 326};
    SbgFit sbg = ShiftedBetaGeometric.fit(survivors);
    out.say(
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

  void clv(Transactions log) {
    CustomerSummaries cbs =
        CalibrationSplit.weeks(LocalDate.of(1997, 9, 30), LocalDate.of(1998, 6, 30)).summarise(log);
    BtydFit<BgNbd> fit = BgNbd.fit(cbs);
    BgNbd m = fit.model();
    out.say(
        String.format(
            Locale.ROOT,
            "CDNOW (real), %s, 39 weeks calibration + 39 weeks holdout. BG/NBD: r = %.4f,"
                + " alpha = %.4f, a = %.4f, b = %.4f (log-likelihood %.2f).",
            Plural.of(cbs.size(), "customer"),
            m.r(),
            m.alpha(),
            m.a(),
            m.b(),
            fit.logLikelihood()));
    out.say(
        String.format(
            Locale.ROOT,
            "Holdout repeat purchases: predicted %.0f, actual %.0f.",
            m.expectedHoldoutTransactions(cbs),
            cbs.totalHoldoutFrequency()));
    GammaGamma gg = GammaGamma.fit(cbs).model();
    out.say(
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
            Column.text("customer"),
            Column.count("x"),
            Column.proportion("p_alive"),
            Column.amount("predicted_holdout"),
            Column.count("actual_holdout"),
            Column.money("expected_spend"),
            Column.money("clv_12_months"));
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
              m, x, cbs.recency(i), cbs.age(i), cbs.meanRepeatSpend(i), TWELVE_MONTHS));
    }
    out.say(
        "Customers with the most expected purchases in the holdout (CLV: 30 % margin, 12"
            + " months, 1 % monthly discount rate; assumptions):");
    out.show(t);
  }
}
