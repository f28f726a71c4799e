package dev.cxkit.render.testing;

import dev.cxkit.journey.attribution.AttributionModel;
import dev.cxkit.journey.attribution.AttributionResult;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.paths.DirectlyFollowsGraph;
import dev.cxkit.journey.paths.PathOptions;
import dev.cxkit.journey.paths.PathTable;
import dev.cxkit.metrics.drivers.ImportancePerformanceAnalysis;
import dev.cxkit.metrics.drivers.IpaResult;
import dev.cxkit.metrics.drivers.KeyDriverAnalysis;
import dev.cxkit.metrics.drivers.KeyDriverResult;
import dev.cxkit.metrics.retention.CohortCounts;
import dev.cxkit.metrics.retention.CohortRetentionTable;
import dev.cxkit.metrics.retention.KaplanMeier;
import dev.cxkit.metrics.retention.KaplanMeierCurve;
import dev.cxkit.metrics.retention.LifetimeCounts;
import dev.cxkit.metrics.retention.RetentionKind;
import dev.cxkit.metrics.survey.NetScoreCounts;
import dev.cxkit.metrics.survey.NetScores;
import dev.cxkit.metrics.survey.Score;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.Severity;
import dev.cxkit.model.samples.JourneyMapSamples;
import dev.cxkit.render.Palette;
import dev.cxkit.render.chart.AttributionChart;
import dev.cxkit.render.chart.CohortHeatmap;
import dev.cxkit.render.chart.DirectlyFollowsChart;
import dev.cxkit.render.chart.DriverChart;
import dev.cxkit.render.chart.FunnelChart;
import dev.cxkit.render.chart.Histogram;
import dev.cxkit.render.chart.QuadrantChart;
import dev.cxkit.render.chart.SankeyChart;
import dev.cxkit.render.chart.ScoreChart;
import dev.cxkit.render.chart.SurvivalChart;
import dev.cxkit.render.map.BlueprintSvg;
import dev.cxkit.render.map.HotspotMark;
import dev.cxkit.render.map.JourneyMapSvg;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** Deterministic sample inputs and pictures shared by the render tests. */
public final class RenderFixtures {
  private RenderFixtures() {}

  /** The cable-outage map, current and future, with one hotspot. */
  public static String journeyMap(Palette p) {
    JourneyMap m = JourneyMapSamples.cableOutage();
    return JourneyMapSvg.of(m)
        .withFuture(JourneyMapSamples.cableOutageFuture())
        .withHotspots(
            List.of(new HotspotMark("call-support", 0.8, Severity.HIGH, "42% abandon in the IVR")))
        .withPalette(p)
        .toSvg();
  }

  /** The B2B onboarding blueprint with its map's step names. */
  public static String blueprint() {
    return BlueprintSvg.render(
        JourneyMapSamples.b2bOnboarding(), Optional.of(JourneyMapSamples.b2bPurchase()));
  }

  /** A small checkout funnel. */
  public static String funnel() {
    return FunnelChart.render(
        "Checkout funnel",
        1000,
        List.of(
            new FunnelChart.Step("Viewed product", 820, 0.795, 0.843),
            new FunnelChart.Step("Added to cart", 410, 0.380, 0.441),
            new FunnelChart.Step("Paid", 230, 0.205, 0.257)));
  }

  /** Sankey links of a small web shop. */
  public static List<SankeyChart.Link> links() {
    return List.of(
        new SankeyChart.Link(0, "search", "product", 450),
        new SankeyChart.Link(0, "email", "product", 250),
        new SankeyChart.Link(0, "email", "cart", 100),
        new SankeyChart.Link(1, "product", "cart", 380),
        new SankeyChart.Link(1, "product", "support", 120),
        new SankeyChart.Link(1, "cart", "checkout", 90),
        new SankeyChart.Link(2, "cart", "checkout", 300),
        new SankeyChart.Link(2, "support", "checkout", 40));
  }

  /** The Sankey of {@link #links()}. */
  public static String sankey(Palette p) {
    return SankeyChart.render(
        "Top paths",
        List.of(new SankeyChart.Entry("search", 600), new SankeyChart.Entry("email", 400)),
        links(),
        List.of(
            new SankeyChart.Exit("checkout", 380, 50),
            new SankeyChart.Exit("product", 0, 200),
            new SankeyChart.Exit("search", 0, 150)),
        p);
  }

  /** The directly-follows graph of {@link EngineFixtures#shop()}. */
  public static String dfg(Palette p) {
    return DirectlyFollowsChart.of(
        "Shop journeys",
        DirectlyFollowsGraph.of(EngineFixtures.shop(), PathOptions.of(Dimension.TOUCHPOINT)),
        p);
  }

  /** Path table for attribution. */
  public static PathTable paths() {
    return PathTable.builder()
        .add(List.of("search", "email", "search"), 30, 1200.0, 70)
        .add(List.of("display", "search"), 12, 480.0, 88)
        .add(List.of("email"), 20, 800.0, 40)
        .add(List.of("social", "display", "email"), 9, 360.0, 91)
        .add(List.of("display"), 0, 0.0, 120)
        .build();
  }

  /** Four attribution models side by side. */
  public static List<AttributionResult> attributions() {
    PathTable t = paths();
    return List.of(
        AttributionModel.firstTouch().attribute(t),
        AttributionModel.lastTouch().attribute(t),
        AttributionModel.linear().attribute(t),
        AttributionModel.positionBased().attribute(t));
  }

  /** Attribution chart. */
  public static String attribution(Palette p) {
    return AttributionChart.of("Channel credit by model", attributions(), p);
  }

  /** NPS of three regions (Wilson-type intervals from cx-metrics). */
  public static Map<String, Score> npsByRegion() {
    Map<String, Score> m = new LinkedHashMap<>();
    m.put("North", NetScores.of(NetScoreCounts.nps(180, 90, 60)));
    m.put("South", NetScores.of(NetScoreCounts.nps(120, 100, 90)));
    m.put("Islands <small>", NetScores.of(NetScoreCounts.nps(25, 10, 8)));
    return m;
  }

  /** NPS chart. */
  public static String scores() {
    return ScoreChart.of("NPS by region", npsByRegion(), false);
  }

  /** CSAT over six months. */
  public static String trend() {
    return ScoreChart.render(
        "CSAT by month",
        "CSAT (% satisfied)",
        List.of(
            ScoreChart.Point.of("Jan", 78.5, 74.0, 82.5, 310),
            ScoreChart.Point.of("Feb", 81.0, 77.1, 84.4, 290),
            ScoreChart.Point.of("Mar", 76.2, 71.9, 80.0, 330),
            ScoreChart.Point.of("Apr", 83.4, 79.6, 86.7, 305),
            ScoreChart.Point.of("May", 84.9, 81.2, 88.0, 296),
            ScoreChart.Point.of("Jun", 86.1, 82.6, 89.1, 288)),
        true);
  }

  private static final List<String> DRIVERS =
      List.of("Billing clarity", "Support speed", "App stability", "Installation", "Price");

  private static double[][] driverData(double[] outcome) {
    Random r = new Random(7);
    double[] weights = {0.9, 0.7, 0.4, 0.2, 0.1};
    double[][] cols = new double[DRIVERS.size()][outcome.length];
    for (int i = 0; i < outcome.length; i++) {
      double y = 0;
      for (int d = 0; d < cols.length; d++) {
        cols[d][i] = Math.max(1, Math.min(10, Math.round(6 + 2 * r.nextGaussian() + d * 0.3)));
        y += weights[d] * cols[d][i];
      }
      outcome[i] = y + 2 * r.nextGaussian();
    }
    return cols;
  }

  /** Key-driver analysis with 200 bootstrap replicates. */
  public static KeyDriverResult drivers() {
    double[] y = new double[300];
    double[][] cols = driverData(y);
    return KeyDriverAnalysis.defaults().withBootstrap(100, 42L).analyze(DRIVERS, cols, y);
  }

  /** Importance-performance analysis with bootstrap intervals. */
  public static IpaResult ipa() {
    double[] y = new double[300];
    double[][] cols = driverData(y);
    return ImportancePerformanceAnalysis.defaults()
        .withBootstrap(100, 42L)
        .derived(DRIVERS, cols, y);
  }

  /** Kaplan-Meier curves for two plans. */
  public static Map<String, KaplanMeierCurve> survival() {
    Random r = new Random(11);
    Map<String, KaplanMeierCurve> curves = new LinkedHashMap<>();
    for (String plan : List.of("basic", "premium")) {
      double rate = plan.equals("basic") ? 0.12 : 0.05;
      double[] t = new double[200];
      int[] e = new int[200];
      for (int i = 0; i < t.length; i++) {
        double life = Math.ceil(-Math.log(1 - r.nextDouble()) / rate);
        double censor = 1 + r.nextInt(24);
        t[i] = Math.min(life, censor);
        e[i] = life <= censor ? 1 : 0;
      }
      curves.put(plan, KaplanMeier.fit(LifetimeCounts.of(t, e)));
    }
    return curves;
  }

  /** Survival chart. */
  public static String survivalChart(Palette p) {
    return SurvivalChart.of("Retention by plan", survival(), 0.95, "months", p);
  }

  /** Cohort table: 8 monthly cohorts. */
  public static CohortRetentionTable cohorts() {
    Random r = new Random(3);
    CohortCounts.Accumulator acc = new CohortCounts.Accumulator(7);
    for (int c = 0; c <= 7; c++) {
      for (int i = 0; i < 60; i++) {
        int[] active = new int[8 - c];
        int k = 0;
        for (int p = c; p <= 7; p++) {
          if (p == c || r.nextDouble() < Math.pow(0.8, p - c)) {
            active[k++] = p;
          }
        }
        acc.addCustomer(c, java.util.Arrays.copyOf(active, k));
      }
    }
    return CohortRetentionTable.of(acc.snapshot(), RetentionKind.CLASSIC);
  }

  /** Cohort heat map. */
  public static String heatmap() {
    return CohortHeatmap.of("Monthly retention", cohorts());
  }

  /** P(alive) histogram. */
  public static String pAlive() {
    Random r = new Random(5);
    double[] v = new double[500];
    for (int i = 0; i < v.length; i++) {
      v[i] = Math.min(1, Math.max(0, 1 - Math.pow(r.nextDouble(), 3)));
    }
    return Histogram.probabilities("P(alive)", "probability the customer is still active", v, 20);
  }

  /** Expected-value histogram. */
  public static String clv() {
    Random r = new Random(6);
    double[] v = new double[500];
    for (int i = 0; i < v.length; i++) {
      v[i] = Math.exp(4 + r.nextGaussian());
    }
    return Histogram.render("Expected 12-month value", "expected value (EUR)", v, 30);
  }

  /** Driver chart. */
  public static String driverChart() {
    return DriverChart.of("What drives the outcome", drivers());
  }

  /** Quadrant chart. */
  public static String quadrant() {
    return QuadrantChart.of("Importance and performance", ipa());
  }

  private static Map<String, String> cached;

  /** Every picture, by name, for the cross-cutting tests (rendered once per JVM). */
  public static synchronized Map<String, String> all() {
    if (cached == null) {
      cached = java.util.Collections.unmodifiableMap(renderAll());
    }
    return cached;
  }

  /** Every picture, freshly rendered, in a fixed order. */
  public static Map<String, String> renderAll() {
    Palette p = Palette.colourBlindSafe();
    Map<String, String> m = new LinkedHashMap<>();
    m.put("journey-map", journeyMap(p));
    m.put("blueprint", blueprint());
    m.put("sankey", sankey(p));
    m.put("dfg", dfg(p));
    m.put("funnel", funnel());
    m.put("attribution", attribution(p));
    m.put("nps", scores());
    m.put("csat-trend", trend());
    m.put("drivers", driverChart());
    m.put("quadrant", quadrant());
    m.put("survival", survivalChart(p));
    m.put("cohorts", heatmap());
    m.put("p-alive", pAlive());
    m.put("clv", clv());
    m.put("clv-frequency-fit", ClvFixtures.frequencyChart());
    m.put("clv-tracking-cumulative", ClvFixtures.cumulativeTracking());
    m.put("clv-tracking-weekly", ClvFixtures.weeklyTracking());
    m.put("clv-alive-matrix", ClvFixtures.aliveMatrix());
    return m;
  }
}
