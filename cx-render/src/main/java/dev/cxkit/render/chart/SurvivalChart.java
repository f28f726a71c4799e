package dev.cxkit.render.chart;

import dev.cxkit.metrics.retention.KaplanMeierCurve;
import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.render.Palette;
import dev.cxkit.render.internal.Axes;
import dev.cxkit.render.internal.Colors;
import dev.cxkit.render.internal.Fmt;
import dev.cxkit.render.internal.Frame;
import dev.cxkit.render.internal.LinearScale;
import dev.cxkit.render.internal.SvgWriter;
import dev.cxkit.render.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Kaplan-Meier survival (retention) curves per segment as step functions, each with its pointwise
 * confidence band (the curve's log-log interval) and a direct label at its end; segment colours
 * come from the shared {@link Palette}.
 *
 * <pre>{@code
 * String svg = SurvivalChart.of("Retention by plan",
 *     Map.of("basic", KaplanMeier.fit(basic), "premium", KaplanMeier.fit(premium)),
 *     0.95, "months", palette);
 * }</pre>
 */
public final class SurvivalChart {
  private SurvivalChart() {}

  /**
   * The chart. Iteration order of {@code curves} is the legend order (use a sorted or linked map
   * for deterministic output).
   *
   * @throws IllegalArgumentException if {@code confidenceLevel} is not in (0, 1)
   */
  public static String of(
      String title,
      Map<String, KaplanMeierCurve> curves,
      double confidenceLevel,
      String timeUnit,
      Palette palette) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(timeUnit, "timeUnit");
    Objects.requireNonNull(palette, "palette");
    if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
      throw new IllegalArgumentException(
          "confidenceLevel must be in (0, 1), was " + confidenceLevel);
    }
    if (curves.isEmpty()) {
      return Frame.noData(title, "There are no survival curves to draw.");
    }
    double tMax = 0;
    for (KaplanMeierCurve c : curves.values()) {
      tMax = Math.max(tMax, c.lastTime());
    }
    double left = 64;
    double top = Frame.HEADER + 34;
    double plotW = 640;
    double plotH = 340;
    double width = left + plotW + 170;
    double height = top + plotH + 50;
    SvgWriter w =
        Frame.open(
            width,
            height,
            title,
            "Kaplan-Meier estimate with "
                + Fmt.pct(confidenceLevel)
                + " pointwise bands (log-log)");
    LinearScale x = LinearScale.nice(0, tMax, left, left + plotW);
    LinearScale y = LinearScale.exact(0, 1, top + plotH, top);
    Axes.horizontalGrid(w, y, left, left + plotW, v -> Fmt.num(v * 100) + "%");
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
    List<String> names = new ArrayList<>(curves.keySet());
    Frame.legend(
        w,
        16,
        Frame.HEADER + 14,
        names.toArray(new String[0]),
        names.stream().map(palette::color).toArray(String[]::new));
    List<double[]> labels = new ArrayList<>();
    for (String name : names) {
      KaplanMeierCurve c = Objects.requireNonNull(curves.get(name), name);
      String color = palette.color(name);
      double[] times = c.times();
      double[] s = c.survivalAtTimes();
      StringBuilder line = new StringBuilder("M" + Fmt.num(x.map(0)) + " " + Fmt.num(y.map(1)));
      StringBuilder upper = new StringBuilder("M" + Fmt.num(x.map(0)) + " " + Fmt.num(y.map(1)));
      List<String> lower = new ArrayList<>();
      lower.add(Fmt.num(x.map(0)) + " " + Fmt.num(y.map(1)));
      double prevS = 1;
      double prevLo = 1;
      for (int i = 0; i < times.length; i++) {
        double px = x.map(times[i]);
        Interval iv = c.interval(times[i], confidenceLevel);
        line.append(" H").append(Fmt.num(px)).append(" V").append(Fmt.num(y.map(s[i])));
        upper.append(" H").append(Fmt.num(px)).append(" V").append(Fmt.num(y.map(iv.upper())));
        lower.add(Fmt.num(px) + " " + Fmt.num(y.map(prevLo)));
        lower.add(Fmt.num(px) + " " + Fmt.num(y.map(iv.lower())));
        prevS = s[i];
        prevLo = iv.lower();
      }
      double end = x.map(c.lastTime());
      line.append(" H").append(Fmt.num(end));
      upper.append(" H").append(Fmt.num(end));
      lower.add(Fmt.num(end) + " " + Fmt.num(y.map(prevLo)));
      StringBuilder band = new StringBuilder(upper);
      for (int i = lower.size() - 1; i >= 0; i--) {
        band.append(" L").append(lower.get(i));
      }
      band.append(" Z");
      w.start("g", "class", "survival-curve", "data-segment", name);
      w.element(
          "title",
          name
              + ": S("
              + Fmt.tick(c.lastTime())
              + ") = "
              + Fmt.pct(prevS)
              + ", median "
              + c.median().toString());
      w.empty(
          "path",
          "class",
          "band",
          "d",
          band.toString(),
          "fill",
          color,
          "fill-opacity",
          0.15,
          "stroke",
          "none");
      w.empty(
          "path",
          "class",
          "curve",
          "d",
          line.toString(),
          "fill",
          "none",
          "stroke",
          color,
          "stroke-width",
          2.2);
      w.end();
      labels.add(new double[] {end, y.map(prevS), names.indexOf(name)});
    }
    labels.sort((a, b) -> Double.compare(a[1], b[1]));
    double lastY = Double.NEGATIVE_INFINITY;
    for (double[] l : labels) {
      double ly = Math.max(l[1] + 4, lastY + 14);
      lastY = ly;
      String name = names.get((int) l[2]);
      Text.line(
          w,
          name,
          left + plotW + 8,
          ly,
          150,
          11,
          "fill",
          palette.color(name),
          "font-weight",
          "700");
    }
    return w.finish();
  }
}
