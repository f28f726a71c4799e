package dev.cxkit.render.chart;

import dev.cxkit.metrics.survey.Score;
import dev.cxkit.render.internal.Axes;
import dev.cxkit.render.internal.Colors;
import dev.cxkit.render.internal.Fmt;
import dev.cxkit.render.internal.Frame;
import dev.cxkit.render.internal.LinearScale;
import dev.cxkit.render.internal.SvgWriter;
import dev.cxkit.render.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Scores (NPS, CSAT, CES or any estimate) across segments or over time: a dot per segment or period
 * with its interval as a vertical bar and the sample size beneath; over time the dots are joined. A
 * segment without an estimate (no responses) is shown as "no data", never dropped.
 *
 * <pre>{@code
 * String svg = ScoreChart.of("NPS by region", Map.of("north", npsNorth), false);
 * String trend = ScoreChart.render("CSAT by month", "CSAT (%)", List.of(
 *     ScoreChart.Point.of("Jan", 78.5, 74.0, 82.5, 310),
 *     ScoreChart.Point.of("Feb", 81.0, 77.1, 84.4, 290)), true);
 * }</pre>
 */
public final class ScoreChart {
  private ScoreChart() {}

  /**
   * One segment or period.
   *
   * @param label segment or period name
   * @param estimate the score, empty when there is none
   * @param lower interval lower bound, empty when there is no interval
   * @param upper interval upper bound, present exactly when {@code lower} is
   * @param n sample size
   */
  public record Point(
      String label, OptionalDouble estimate, OptionalDouble lower, OptionalDouble upper, long n) {
    /** Checks the arguments. */
    public Point {
      Objects.requireNonNull(label, "label");
      if (lower.isPresent() != upper.isPresent()) {
        throw new IllegalArgumentException(
            "point lower and upper must both be present or both empty (point '" + label + "')");
      }
      estimate.ifPresent(v -> Axes.finite("point.estimate", v));
      lower.ifPresent(v -> Axes.finite("point.lower", v));
      upper.ifPresent(v -> Axes.finite("point.upper", v));
      if (lower.isPresent() && lower.getAsDouble() > upper.getAsDouble()) {
        throw new IllegalArgumentException(
            "point lower must be <= upper, was ["
                + lower.getAsDouble()
                + ", "
                + upper.getAsDouble()
                + "] (point '"
                + label
                + "')");
      }
      if (n < 0) {
        throw new IllegalArgumentException("point.n must be >= 0, was " + n);
      }
    }

    /** A point with an estimate and interval. */
    public static Point of(String label, double estimate, double lower, double upper, long n) {
      return new Point(
          label,
          OptionalDouble.of(estimate),
          OptionalDouble.of(lower),
          OptionalDouble.of(upper),
          n);
    }
  }

  /**
   * Scores from cx-metrics by segment or period label, in the map's iteration order (use a {@code
   * LinkedHashMap} or {@code TreeMap}).
   */
  public static String of(String title, Map<String, Score> bySegment, boolean overTime) {
    List<Point> points = new ArrayList<>();
    String axis = "score";
    for (Map.Entry<String, Score> e : bySegment.entrySet()) {
      Score s = e.getValue();
      OptionalDouble lo =
          s.interval().map(i -> OptionalDouble.of(i.lower())).orElse(OptionalDouble.empty());
      OptionalDouble hi =
          s.interval().map(i -> OptionalDouble.of(i.upper())).orElse(OptionalDouble.empty());
      points.add(new Point(e.getKey(), s.estimate(), lo, hi, s.n()));
      axis =
          s.label()
              + s.interval()
                  .map(
                      i ->
                          " with "
                              + Fmt.pct(i.confidenceLevel())
                              + " intervals ("
                              + i.method().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                              + ")")
                  .orElse("");
    }
    return render(title, axis, points, overTime);
  }

  /** The chart; a picture saying so when no point has an estimate. */
  public static String render(
      String title, String axisLabel, List<Point> points, boolean overTime) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(axisLabel, "axisLabel");
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Point p : points) {
      for (OptionalDouble v : List.of(p.estimate(), p.lower(), p.upper())) {
        if (v.isPresent()) {
          min = Math.min(min, v.getAsDouble());
          max = Math.max(max, v.getAsDouble());
        }
      }
    }
    if (points.isEmpty() || min > max) {
      return Frame.noData(title, "No segment or period has a score.");
    }
    int decimals = max - min < 5 ? 2 : 1;
    double slot = Math.max(44, Math.min(110, 900.0 / points.size()));
    double left = 70;
    double top = Frame.HEADER + 24;
    double plotH = 300;
    double width = Math.max(520, left + slot * points.size() + 30);
    boolean rotate = slot < 80;
    double height = top + plotH + (rotate ? 110 : 60);
    SvgWriter w = Frame.open(width, height, title, axisLabel);
    LinearScale y =
        LinearScale.nice(Math.min(min, max > 0 && min > 0 ? min : min), max, top + plotH, top);
    Axes.horizontalGrid(w, y, left, left + slot * points.size(), Fmt::tick);
    List<double[]> line = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      double cx = left + slot * i + slot / 2;
      w.start("g", "class", "score-point", "data-label", p.label());
      if (p.estimate().isPresent()) {
        double est = p.estimate().getAsDouble();
        String tip =
            p.label()
                + ": "
                + Fmt.fixed(est, decimals)
                + (p.lower().isPresent()
                    ? " ["
                        + Fmt.fixed(p.lower().getAsDouble(), decimals)
                        + ", "
                        + Fmt.fixed(p.upper().getAsDouble(), decimals)
                        + "]"
                    : "")
                + ", n = "
                + Fmt.count(p.n());
        w.element("title", tip);
        if (p.lower().isPresent()) {
          double lo = y.map(p.lower().getAsDouble());
          double hi = y.map(p.upper().getAsDouble());
          w.empty(
              "rect",
              "x",
              cx - 7,
              "y",
              hi,
              "width",
              14,
              "height",
              Math.max(1, lo - hi),
              "rx",
              3,
              "fill",
              Colors.ACCENT,
              "fill-opacity",
              0.22,
              "class",
              "interval");
          Axes.whisker(w, hi, lo, cx, false, Colors.ACCENT);
        }
        w.empty(
            "circle",
            "cx",
            cx,
            "cy",
            y.map(est),
            "r",
            5,
            "fill",
            Colors.ACCENT,
            "stroke",
            "#ffffff",
            "stroke-width",
            1.5);
        w.element(
            "text",
            Fmt.fixed(est, decimals),
            "x",
            cx + 10,
            "y",
            y.map(est) + 4,
            "font-size",
            10.5,
            "font-weight",
            "600");
        line.add(new double[] {cx, y.map(est)});
      } else {
        w.element("title", p.label() + ": no data (n = " + Fmt.count(p.n()) + ")");
        w.element(
            "text",
            "no data",
            "x",
            cx,
            "y",
            top + plotH / 2,
            "font-size",
            10.5,
            "text-anchor",
            "middle",
            "fill",
            Colors.MUTED,
            "font-style",
            "italic");
        if (overTime) {
          line.add(null);
        }
      }
      double ly = top + plotH + 16;
      if (rotate) {
        w.start("g", "transform", "rotate(-40 " + Fmt.num(cx) + " " + Fmt.num(ly) + ")");
        Text.line(w, p.label(), cx, ly, 120, 10.5, "text-anchor", "end");
        w.end();
      } else {
        Text.line(
            w, p.label(), cx, ly, slot - 6, 11, "text-anchor", "middle", "font-weight", "600");
        w.element(
            "text",
            "n = " + Fmt.count(p.n()),
            "x",
            cx,
            "y",
            ly + 14,
            "font-size",
            10,
            "text-anchor",
            "middle",
            "fill",
            p.n() < Score.SMALL_SAMPLE_SIZE ? Colors.BAD : Colors.MUTED);
      }
      w.end();
    }
    if (overTime) {
      StringBuilder d = new StringBuilder();
      boolean pen = false;
      for (double[] pt : line) {
        if (pt == null) {
          pen = false;
          continue;
        }
        d.append(d.length() == 0 ? "M" : pen ? " L" : " M")
            .append(Fmt.num(pt[0]))
            .append(' ')
            .append(Fmt.num(pt[1]));
        pen = true;
      }
      w.empty(
          "path",
          "d",
          d.toString(),
          "fill",
          "none",
          "stroke",
          Colors.ACCENT,
          "stroke-width",
          1.5,
          "stroke-opacity",
          0.6,
          "class",
          "trend");
    }
    return w.finish();
  }
}
