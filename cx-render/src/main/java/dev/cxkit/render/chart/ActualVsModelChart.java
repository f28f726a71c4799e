package dev.cxkit.render.chart;

import dev.cxkit.metrics.clv.FitChecks;
import dev.cxkit.render.internal.Axes;
import dev.cxkit.render.internal.Colors;
import dev.cxkit.render.internal.Fmt;
import dev.cxkit.render.internal.Frame;
import dev.cxkit.render.internal.LinearScale;
import dev.cxkit.render.internal.SvgWriter;
import dev.cxkit.render.internal.Text;
import java.util.List;
import java.util.Objects;

/**
 * A buy-till-you-die fit check as paired bars per group: the observed value beside the model's
 * (Fader, Hardie &amp; Lee 2005, figures 2 and 4): customers by calibration-period repeat
 * transactions, or mean holdout purchases by calibration frequency.
 *
 * <pre>{@code
 * String svg = ActualVsModelChart.of("Calibration fit", "customers",
 *     FitChecks.calibrationFrequencies(model, cbs, 7));
 * }</pre>
 */
public final class ActualVsModelChart {
  private ActualVsModelChart() {}

  /** The chart of {@code check}; {@code valueLabel} names the y axis. */
  public static String of(String title, String valueLabel, FitChecks.Comparison check) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(valueLabel, "valueLabel");
    List<FitChecks.Row> rows = check.rows();
    if (rows.isEmpty()) {
      return Frame.noData(title, "There are no groups to compare.");
    }
    double max = 0;
    for (int i = 0; i < rows.size(); i++) {
      max = Math.max(max, Axes.finite("rows[" + i + "].actual", rows.get(i).actual()));
      max = Math.max(max, Axes.finite("rows[" + i + "].model", rows.get(i).model()));
    }
    double left = 70;
    double top = Frame.HEADER + 46;
    double group = Math.max(36, Math.min(80, 640.0 / rows.size()));
    double plotW = group * rows.size();
    double plotH = 300;
    SvgWriter w =
        Frame.open(left + plotW + 40, top + plotH + 56, title, check.what() + ": actual and model");
    Frame.legend(
        w,
        16,
        Frame.HEADER + 14,
        new String[] {"actual", "model"},
        new String[] {Colors.INK, Colors.ACCENT});
    LinearScale y = LinearScale.nice(0, max == 0 ? 1 : max, top + plotH, top);
    Axes.horizontalGrid(w, y, left, left + plotW, Fmt::tick);
    w.element("text", valueLabel, "x", 16, "y", top - 10, "font-size", 11, "fill", Colors.MUTED);
    double bar = group * 0.36;
    for (int i = 0; i < rows.size(); i++) {
      FitChecks.Row r = rows.get(i);
      double x0 = left + i * group + group * 0.12;
      w.start("g", "class", "fit-group", "data-group", r.label());
      bar(w, "actual", x0, bar, y, r.actual(), Colors.INK, r.label());
      bar(w, "model", x0 + bar + 2, bar, y, r.model(), Colors.ACCENT, r.label());
      Text.line(
          w,
          r.label(),
          left + i * group + group / 2,
          top + plotH + 16,
          group - 2,
          10.5,
          "text-anchor",
          "middle",
          "fill",
          Colors.MUTED);
      w.end();
    }
    return w.finish();
  }

  private static void bar(
      SvgWriter w,
      String kind,
      double x,
      double width,
      LinearScale y,
      double v,
      String color,
      String label) {
    double top = y.map(v);
    w.start(
        "rect",
        "class",
        kind,
        "x",
        x,
        "y",
        top,
        "width",
        width,
        "height",
        Math.max(0, y.map(0) - top),
        "fill",
        color);
    w.element("title", label + ", " + kind + ": " + Fmt.num(v));
    w.end();
  }
}
