package dev.cxkit.render.testing;

import dev.cxkit.metrics.clv.BgNbd;
import dev.cxkit.metrics.clv.FitChecks;
import dev.cxkit.render.chart.ActualVsModelChart;
import dev.cxkit.render.chart.AliveMatrixChart;
import dev.cxkit.render.chart.TrackingChart;
import java.util.ArrayList;
import java.util.List;

/** Deterministic fit checks of a BG/NBD model at CDNOW's published parameters, and their charts. */
public final class ClvFixtures {
  private ClvFixtures() {}

  /** BG/NBD at r=0.243, α=4.414, a=0.793, b=2.426 (Fader, Hardie &amp; Lee 2005). */
  public static final BgNbd MODEL = BgNbd.of(0.243, 4.414, 0.793, 2.426);

  /** Calibration frequencies 0..7+ of 2,357 customers with the model's expectation at T = 32. */
  public static FitChecks.Comparison frequencies() {
    double[] actual = {1411, 439, 214, 100, 62, 38, 29, 64};
    List<FitChecks.Row> rows = new ArrayList<>();
    double below = 0;
    for (int x = 0; x < 8; x++) {
      double p = x < 7 ? MODEL.probabilityOfTransactions(x, 32) : 1 - below;
      below += p;
      rows.add(
          new FitChecks.Row(x < 7 ? Integer.toString(x) : "7+", actual[x], 2357 * p, actual[x]));
    }
    return new FitChecks.Comparison("customers by calibration-period repeat transactions", rows);
  }

  /** 78 weeks of tracking: the model's curve for a cohort born over 12 weeks, actual ±8 %. */
  public static FitChecks.Tracking tracking() {
    double[] ends = new double[78];
    double[] actual = new double[78];
    double[] model = new double[78];
    double previous = 0;
    for (int k = 0; k < 78; k++) {
      ends[k] = k + 1;
      double total = 0;
      for (int b = 0; b < 12; b++) {
        total += 196 * MODEL.expectedTransactions(Math.max(0, k + 1 - b));
      }
      model[k] = total - previous;
      previous = total;
      actual[k] = Math.round(model[k] * (1 + 0.08 * Math.sin(k)));
    }
    return new FitChecks.Tracking(ends, actual, model, 38.86);
  }

  /** The three fit-check pictures, plus the P(alive) matrix. */
  public static String frequencyChart() {
    return ActualVsModelChart.of("Calibration-period fit", "customers", frequencies());
  }

  /** Cumulative tracking. */
  public static String cumulativeTracking() {
    return TrackingChart.of("Cumulative repeat transactions", "weeks", tracking(), true);
  }

  /** Weekly tracking. */
  public static String weeklyTracking() {
    return TrackingChart.of("Weekly repeat transactions", "weeks", tracking(), false);
  }

  /** P(alive) for x = 0..10 and 8 recency steps at T = 38.86. */
  public static String aliveMatrix() {
    return AliveMatrixChart.of("P(alive)", FitChecks.aliveMatrix(MODEL, 38.86, 10, 8));
  }
}
