package dev.cxkit.render.chart;

import dev.cxkit.metrics.clv.FitChecks;
import dev.cxkit.render.internal.Axes;
import dev.cxkit.render.internal.Colors;
import dev.cxkit.render.internal.Fmt;
import dev.cxkit.render.internal.Frame;
import dev.cxkit.render.internal.LinearScale;
import dev.cxkit.render.internal.SvgWriter;
import java.util.Objects;

/**
 * CDNOW's classic tracking chart (Fader, Hardie &amp; Lee 2005, figure 3): repeat transactions per
 * period, actual (solid) against the model (dashed), cumulative or incremental, with the end of the
 * calibration period marked.
 *
 * <pre>{@code
 * FitChecks.Tracking t = FitChecks.tracking(model, log, split);
 * String cumulative = TrackingChart.of("Cumulative repeat transactions", "weeks", t, true);
 * String weekly = TrackingChart.of("Weekly repeat transactions", "weeks", t, false);
 * }</pre>
 */
public final class TrackingChart {
  private TrackingChart() {}

  /** The chart; {@code cumulative} chooses running totals over per-period counts. */
  public static String of(String title, String timeUnit, FitChecks.Tracking t, boolean cumulative) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(timeUnit, "timeUnit");
    double[] ends = t.periodEnds();
    if (ends.length == 0) {
      return Frame.noData(title, "There are no periods to track.");
    }
    double[] actual = cumulative ? t.cumulativeActual() : t.actual();
    double[] model = cumulative ? t.cumulativeModel() : t.model();
    double max = 0;
    for (int i = 0; i < ends.length; i++) {
      max = Math.max(max, Axes.finite("actual[" + i + "]", actual[i]));
      max = Math.max(max, Axes.finite("model[" + i + "]", model[i]));
    }
    double left = 70;
    double top = Frame.HEADER + 34;
    double plotW = 640;
    double plotH = 320;
    SvgWriter w =
        Frame.open(
            left + plotW + 40,
            top + plotH + 56,
            title,
            (cumulative ? "cumulative" : "per-period") + " repeat transactions: actual and model");
    Frame.legend(
        w,
        16,
        Frame.HEADER + 14,
        new String[] {"actual", "model"},
        new String[] {Colors.INK, Colors.ACCENT});
    LinearScale x = LinearScale.nice(0, ends[ends.length - 1], left, left + plotW);
    LinearScale y = LinearScale.nice(0, max == 0 ? 1 : max, top + plotH, top);
    Axes.horizontalGrid(w, y, left, left + plotW, Fmt::tick);
    Axes.verticalGrid(w, x, top, top + plotH, Fmt::tick);
    w.element(
        "text",
        timeUnit,
        "x",
        left + plotW / 2,
        "y",
        top + plotH + 34,
        "font-size",
        11,
        "text-anchor",
        "middle",
        "fill",
        Colors.MUTED);
    double cal = x.map(Math.min(t.calibrationEnd(), ends[ends.length - 1]));
    w.start("g", "class", "calibration-end");
    w.empty(
        "line",
        "x1",
        cal,
        "y1",
        top,
        "x2",
        cal,
        "y2",
        top + plotH,
        "stroke",
        Colors.MUTED,
        "stroke-dasharray",
        "2 3");
    w.element(
        "text",
        "end of calibration",
        "x",
        cal + 4,
        "y",
        top + 12,
        "font-size",
        10.5,
        "fill",
        Colors.MUTED);
    w.end();
    line(w, "actual", x, y, ends, actual, Colors.INK, "none");
    line(w, "model", x, y, ends, model, Colors.ACCENT, "6 4");
    return w.finish();
  }

  private static void line(
      SvgWriter w,
      String kind,
      LinearScale x,
      LinearScale y,
      double[] ends,
      double[] v,
      String color,
      String dash) {
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < ends.length; i++) {
      d.append(i == 0 ? "M" : " L")
          .append(Fmt.num(x.map(ends[i])))
          .append(' ')
          .append(Fmt.num(y.map(v[i])));
    }
    w.start("g", "class", "tracking-" + kind);
    w.element(
        "title",
        kind + ": " + Fmt.num(v[v.length - 1]) + " at period " + Fmt.tick(ends[ends.length - 1]));
    w.empty(
        "path",
        "class",
        kind,
        "d",
        d.toString(),
        "fill",
        "none",
        "stroke",
        color,
        "stroke-width",
        2,
        "stroke-dasharray",
        dash);
    w.end();
  }
}
