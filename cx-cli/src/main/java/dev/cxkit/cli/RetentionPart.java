package dev.cxkit.cli;

import dev.cxkit.metrics.clv.Transactions;
import dev.cxkit.metrics.retention.KaplanMeier;
import dev.cxkit.metrics.retention.KaplanMeierCurve;
import dev.cxkit.metrics.retention.LifetimeCounts;
import dev.cxkit.metrics.retention.SbgFit;
import dev.cxkit.metrics.retention.ShiftedBetaGeometric;
import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.render.Palette;
import dev.cxkit.render.chart.SurvivalChart;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The report's retention: from purchases, the Kaplan-Meier share of customers still without a
 * second purchase; from a contractual cohort, the shifted-beta-geometric fit and its forecast.
 */
final class RetentionPart implements ReportPart {
  static final String HEADING = "Retention";
  private static final int[] WEEKS = {4, 13, 26, 52, 78, 104};

  private final ReportSections.@Nullable ClvSection clv;
  private final ReportSections.@Nullable RetentionSection retention;

  RetentionPart(
      ReportSections.@Nullable ClvSection clv,
      ReportSections.@Nullable RetentionSection retention) {
    this.clv = clv;
    this.retention = retention;
  }

  @Override
  public List<String> headings() {
    return List.of(HEADING);
  }

  @Override
  public List<String> assumptions() {
    List<String> a = new ArrayList<>();
    if (clv != null) {
      a.add(
          "Retention from purchases: weeks from a customer's first purchase to the second,"
              + " censored at the end of observation; Kaplan-Meier with Greenwood variance and"
              + " log-log 95 % intervals.");
    }
    if (retention != null) {
      a.add(
          "Contractual retention: the shifted-beta-geometric model (Fader & Hardie 2007) fitted by"
              + " maximum likelihood to the cohort's survivors; parameter intervals are Wald"
              + " intervals from the observed information.");
    }
    return a;
  }

  @Override
  public void write(ReportOutput out) throws IOException {
    out.section(HEADING);
    ReportSections.ClvSection purchases = clv;
    if (purchases != null) {
      Transactions log = purchases.input.transactions();
      if (log == null) {
        out.say(
            purchases.input.input.getFileName()
                + " holds customer summaries, not purchases: no time to a repeat purchase.");
      } else {
        repeatPurchase(out, purchases.input, log);
      }
    }
    ReportSections.RetentionSection cohort = retention;
    if (cohort != null) {
      cohort(out, cohort);
    }
  }

  private static void repeatPurchase(ReportOutput out, ClvInput input, Transactions log)
      throws IOException {
    LocalDate end = input.observationEnd();
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
    double[] times = new double[first.size()];
    int n = 0;
    for (Map.Entry<String, LocalDate> e : first.entrySet()) {
      LocalDate s = second.get(e.getKey());
      LocalDate stop = s == null ? end : s;
      times[n] = (stop.toEpochDay() - e.getValue().toEpochDay()) / 7.0;
      acc.add(times[n++], s != null);
    }
    KaplanMeierCurve km = KaplanMeier.fit(acc.snapshot());
    out.say(
        String.format(
            Locale.ROOT,
            "%s: %s, %d of them with a second purchase by %s (the end of observation). Share"
                + " still without a second purchase, with its 95 %% interval:",
            input.input.getFileName(),
            Plural.of(first.size(), "customer"),
            second.size(),
            end));
    Table t =
        new Table(
            Column.count("weeks"),
            Column.count("at_risk"),
            Column.proportion("share_without_repeat"),
            Column.proportion("lower"),
            Column.proportion("upper"));
    for (int weeks : WEEKS) {
      if (weeks > km.lastTime()) {
        break;
      }
      Interval i = km.interval(weeks, 0.95);
      t.row(weeks, atRisk(times, weeks), km.survival(weeks), i.lower(), i.upper());
    }
    out.show(t);
    out.figure(
        SurvivalChart.of(
            "Customers still without a second purchase",
            Map.of(String.valueOf(input.input.getFileName()), km),
            0.95,
            "weeks",
            Palette.colourBlindSafe()));
  }

  /** Customers still at risk at {@code t}: neither a second purchase nor censored before. */
  private static long atRisk(double[] times, double t) {
    long n = 0;
    for (double x : times) {
      if (x >= t) {
        n++;
      }
    }
    return n;
  }

  private static void cohort(ReportOutput out, ReportSections.RetentionSection r) {
    long[] survivors = r.survivors.stream().mapToLong(Long::longValue).toArray();
    SbgFit sbg;
    try {
      sbg = ShiftedBetaGeometric.fit(survivors);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("retention --survivors " + r.survivors + ": " + e.getMessage());
    }
    if (!sbg.converged()) {
      throw new BadInputException(
          "retention --survivors "
              + r.survivors
              + ": the shifted-beta-geometric fit did not converge: "
              + sbg.convergenceMessage());
    }
    int periods = survivors.length - 1;
    int ahead = r.holdout != null ? r.holdout.size() : r.forecast;
    if (ahead < 1 || ahead > 100) {
      throw new BadInputException("retention --forecast must be in 1..100, was " + ahead);
    }
    out.say(
        String.format(
            Locale.ROOT,
            "%s: %d customers at the start, %d after %s. Shifted-beta-geometric fit:",
            r.cohort,
            survivors[0],
            survivors[periods],
            Plural.of(periods, "period")));
    Table p =
        new Table(
            Column.text("parameter"),
            Column.estimate("value"),
            Column.estimate("lower").orNull(),
            Column.estimate("upper").orNull());
    Optional<Interval> a = sbg.alphaInterval(0.95);
    Optional<Interval> b = sbg.betaInterval(0.95);
    p.row(
        "alpha",
        sbg.alpha(),
        a.map(i -> (Object) i.lower()).orElse(null),
        a.map(i -> (Object) i.upper()).orElse(null));
    p.row(
        "beta",
        sbg.beta(),
        b.map(i -> (Object) i.lower()).orElse(null),
        b.map(i -> (Object) i.upper()).orElse(null));
    out.show(p);
    out.say(
        "Forecast survivors of the "
            + survivors[0]
            + " after the next "
            + Plural.of(ahead, "period")
            + (r.holdout != null ? ", beside those observed:" : ":"));
    Table f =
        new Table(
            Column.count("period"),
            Column.amount("forecast"),
            Column.count("observed").orNull(),
            Column.proportion("retention_rate"));
    for (int k = 1; k <= ahead; k++) {
      int t = periods + k;
      f.row(
          t,
          sbg.expectedSurvivors(survivors[0], t),
          r.holdout != null ? (Object) r.holdout.get(k - 1) : null,
          sbg.retentionRate(t));
    }
    out.show(f);
  }
}
