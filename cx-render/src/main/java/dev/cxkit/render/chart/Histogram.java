package dev.cxkit.render.chart;

import dev.cxkit.render.internal.Axes;
import dev.cxkit.render.internal.Colors;
import dev.cxkit.render.internal.Fmt;
import dev.cxkit.render.internal.Frame;
import dev.cxkit.render.internal.LinearScale;
import dev.cxkit.render.internal.SvgWriter;
import java.util.Arrays;
import java.util.Objects;

/**
 * A histogram of per-customer values with mean and median marked: for CLV, the distribution of
 * P(alive) ({@link #probabilities}) and of expected value ({@link #render}).
 *
 * <pre>{@code
 * String alive = Histogram.probabilities("P(alive)", "probability customer is alive", pAlive, 20);
 * String clv = Histogram.render("Expected 12-month value", "expected value", clvValues, 30);
 * }</pre>
 */
public final class Histogram {
  private Histogram() {}

  /**
   * Values in [0, 1] on a fixed [0, 1] axis.
   *
   * @throws IllegalArgumentException if a value is outside [0, 1] or {@code bins} is not positive
   */
  public static String probabilities(String title, String axisLabel, double[] values, int bins) {
    for (int i = 0; i < values.length; i++) {
      if (!(values[i] >= 0 && values[i] <= 1)) {
        throw new IllegalArgumentException("values[" + i + "] must be in [0, 1], was " + values[i]);
      }
    }
    return draw(title, axisLabel, values, bins, 0, 1);
  }

  /**
   * Values on an axis from their minimum to their maximum.
   *
   * @throws IllegalArgumentException if a value is not finite or {@code bins} is not positive
   */
  public static String render(String title, String axisLabel, double[] values, int bins) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < values.length; i++) {
      Axes.finite("values[" + i + "]", values[i]);
      min = Math.min(min, values[i]);
      max = Math.max(max, values[i]);
    }
    if (values.length > 0 && max == min) {
      max = min + 1;
    }
    return draw(title, axisLabel, values, bins, min, max);
  }

  private static String draw(
      String title, String axisLabel, double[] values, int bins, double min, double max) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(axisLabel, "axisLabel");
    if (bins < 1 || bins > 500) {
      throw new IllegalArgumentException("bins must be in 1..500, was " + bins);
    }
    if (values.length == 0) {
      return Frame.noData(title, "There are no values to count.");
    }
    long[] counts = new long[bins];
    double sum = 0;
    for (double v : values) {
      int b = (int) Math.floor((v - min) / (max - min) * bins);
      counts[Math.max(0, Math.min(bins - 1, b))]++;
      sum += v;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    double mean = sum / n;
    long top = 1;
    for (long c : counts) {
      top = Math.max(top, c);
    }
    double left = 64;
    double y0 = Frame.HEADER + 24;
    double plotW = 620;
    double plotH = 280;
    SvgWriter w =
        Frame.open(
            left + plotW + 40,
            y0 + plotH + 52,
            title,
            "n = "
                + Fmt.count(n)
                + " · mean "
                + Fmt.fixed(mean, 3)
                + " · median "
                + Fmt.fixed(median, 3));
    LinearScale x = LinearScale.exact(min, max, left, left + plotW);
    LinearScale ticks = LinearScale.nice(min, max, left, left + plotW);
    LinearScale y = LinearScale.nice(0, top, y0 + plotH, y0);
    Axes.horizontalGrid(w, y, left, left + plotW, Fmt::tick);
    w.start("g", "class", "bins");
    double bw = plotW / bins;
    for (int b = 0; b < bins; b++) {
      double lo = min + (max - min) * b / bins;
      double hi = min + (max - min) * (b + 1) / bins;
      w.start(
          "rect",
          "class",
          "bin",
          "x",
          left + b * bw + 0.5,
          "y",
          y.map(counts[b]),
          "width",
          Math.max(0.5, bw - 1),
          "height",
          y.map(0) - y.map(counts[b]),
          "fill",
          Colors.ACCENT);
      w.element("title", "[" + Fmt.tick(lo) + ", " + Fmt.tick(hi) + "): " + Fmt.count(counts[b]));
      w.end();
    }
    w.end();
    for (double v : ticks.ticks()) {
      if (v < min - 1e-9 || v > max + 1e-9) {
        continue;
      }
      w.empty(
          "line",
          "x1",
          x.map(v),
          "y1",
          y0 + plotH,
          "x2",
          x.map(v),
          "y2",
          y0 + plotH + 4,
          "stroke",
          Colors.MUTED);
      w.element(
          "text",
          Fmt.tick(v),
          "x",
          x.map(v),
          "y",
          y0 + plotH + 16,
          "font-size",
          10.5,
          "text-anchor",
          "middle",
          "fill",
          Colors.MUTED);
    }
    w.element(
        "text",
        "customers",
        "x",
        left - 8,
        "y",
        y0 - 10,
        "font-size",
        10.5,
        "text-anchor",
        "end",
        "fill",
        Colors.MUTED);
    w.element(
        "text",
        axisLabel,
        "x",
        left + plotW / 2,
        "y",
        y0 + plotH + 36,
        "font-size",
        11,
        "text-anchor",
        "middle",
        "fill",
        Colors.MUTED);
    marker(w, x.map(mean), y0, y0 + plotH, "mean", Colors.BAD, "6 3");
    marker(w, x.map(median), y0, y0 + plotH, "median", Colors.INK, "2 3");
    return w.finish();
  }

  private static void marker(
      SvgWriter w, double x, double top, double bottom, String label, String color, String dash) {
    w.start("g", "class", "marker-" + label);
    w.empty(
        "line",
        "x1",
        x,
        "y1",
        top,
        "x2",
        x,
        "y2",
        bottom,
        "stroke",
        color,
        "stroke-width",
        1.5,
        "stroke-dasharray",
        dash);
    w.element(
        "text",
        label,
        "x",
        x + 4,
        "y",
        top + ("mean".equals(label) ? 10 : 22),
        "font-size",
        10.5,
        "fill",
        color,
        "font-weight",
        "600");
    w.end();
  }
}
