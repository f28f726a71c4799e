package dev.cxkit.render.chart;

import dev.cxkit.metrics.drivers.IpaPoint;
import dev.cxkit.metrics.drivers.IpaRegion;
import dev.cxkit.metrics.drivers.IpaResult;
import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.render.internal.Axes;
import dev.cxkit.render.internal.Colors;
import dev.cxkit.render.internal.Fmt;
import dev.cxkit.render.internal.Frame;
import dev.cxkit.render.internal.LinearScale;
import dev.cxkit.render.internal.SvgWriter;
import dev.cxkit.render.internal.Text;
import java.util.Locale;
import java.util.Optional;

/**
 * An importance-performance quadrant chart (Martilla and James, 1977): performance across,
 * importance up, crosshair at the analysis centre, the four quadrants named ("Concentrate here",
 * "Keep up the good work", "Low priority", "Possible overkill"), each attribute a labelled dot
 * coloured by its region with interval whiskers when the analysis bootstrapped them. With the
 * diagonal rule the iso-priority diagonal is drawn as well.
 *
 * <pre>{@code
 * IpaResult ipa = ImportancePerformanceAnalysis.defaults()
 *     .stated(names, importanceRatings, performanceRatings);
 * String svg = QuadrantChart.of("Where to act", ipa);
 * }</pre>
 */
public final class QuadrantChart {
  private QuadrantChart() {}

  /** The quadrant chart; a picture saying so when the result has no attributes. */
  public static String of(String title, IpaResult result) {
    if (result.points().isEmpty()) {
      return Frame.noData(title, "The importance-performance analysis has no attributes.");
    }
    double minP = result.centrePerformance();
    double maxP = minP;
    double minI = result.centreImportance();
    double maxI = minI;
    boolean diagonal = false;
    for (IpaPoint p : result.points()) {
      minP = Math.min(minP, p.performanceInterval().map(Interval::lower).orElse(p.performance()));
      maxP = Math.max(maxP, p.performanceInterval().map(Interval::upper).orElse(p.performance()));
      minI = Math.min(minI, p.importanceInterval().map(Interval::lower).orElse(p.importance()));
      maxI = Math.max(maxI, p.importanceInterval().map(Interval::upper).orElse(p.importance()));
      minP = Math.min(minP, p.performance());
      maxP = Math.max(maxP, p.performance());
      minI = Math.min(minI, p.importance());
      maxI = Math.max(maxI, p.importance());
      diagonal |= p.region() == IpaRegion.ABOVE_DIAGONAL || p.region().name().contains("DIAGONAL");
    }
    double left = 70;
    double top = Frame.HEADER + 20;
    double size = 520;
    double width = left + size + 40;
    double padP = (maxP - minP) * 0.08 + 1e-9;
    double padI = (maxI - minI) * 0.08 + 1e-9;
    minP -= padP;
    maxP += padP;
    minI -= padI;
    maxI += padI;
    double height = top + size + 56;
    SvgWriter w =
        Frame.open(
            width,
            height,
            title,
            "n = "
                + Fmt.count(result.n())
                + " · importance from "
                + result.importanceSource().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " · crosshair at "
                + result.crosshair().rule().name().toLowerCase(Locale.ROOT));
    LinearScale x = LinearScale.nice(minP, maxP, left, left + size);
    LinearScale y = LinearScale.nice(minI, maxI, top + size, top);
    double cx = x.map(result.centrePerformance());
    double cy = y.map(result.centreImportance());
    w.start("g", "class", "quadrants");
    w.empty("rect", "x", left, "y", top, "width", cx - left, "height", cy - top, "fill", "#fbe9df");
    w.empty(
        "rect",
        "x",
        cx,
        "y",
        top,
        "width",
        left + size - cx,
        "height",
        cy - top,
        "fill",
        "#e3f3ed");
    w.empty(
        "rect",
        "x",
        left,
        "y",
        cy,
        "width",
        cx - left,
        "height",
        top + size - cy,
        "fill",
        "#f4f6f8");
    w.empty(
        "rect",
        "x",
        cx,
        "y",
        cy,
        "width",
        left + size - cx,
        "height",
        top + size - cy,
        "fill",
        "#fdf3dc");
    w.end();
    Axes.horizontalGrid(w, y, left, left + size, Fmt::tick);
    Axes.verticalGrid(w, x, top, top + size, Fmt::tick);
    w.empty(
        "line",
        "x1",
        cx,
        "y1",
        top,
        "x2",
        cx,
        "y2",
        top + size,
        "stroke",
        Colors.INK,
        "stroke-width",
        1.2);
    w.empty(
        "line",
        "x1",
        left,
        "y1",
        cy,
        "x2",
        left + size,
        "y2",
        cy,
        "stroke",
        Colors.INK,
        "stroke-width",
        1.2);
    if (diagonal) {
      double lo = Math.max(x.min(), y.min());
      double hi = Math.min(x.max(), y.max());
      w.empty(
          "line",
          "class",
          "diagonal",
          "x1",
          x.map(lo),
          "y1",
          y.map(lo),
          "x2",
          x.map(hi),
          "y2",
          y.map(hi),
          "stroke",
          Colors.MUTED,
          "stroke-dasharray",
          "6 4");
    }
    quadrantLabel(w, "Concentrate here", left + 8, top + 18, "start", Colors.BAD);
    quadrantLabel(w, "Keep up the good work", left + size - 8, top + 18, "end", Colors.GOOD);
    quadrantLabel(w, "Low priority", left + 8, top + size - 10, "start", Colors.MUTED);
    quadrantLabel(w, "Possible overkill", left + size - 8, top + size - 10, "end", "#9a6a00");
    w.element(
        "text",
        "performance \u2192",
        "x",
        left + size / 2,
        "y",
        top + size + 34,
        "font-size",
        11.5,
        "text-anchor",
        "middle",
        "fill",
        Colors.MUTED);
    w.element(
        "text",
        "importance \u2192",
        "x",
        18,
        "y",
        top + size / 2,
        "font-size",
        11.5,
        "text-anchor",
        "middle",
        "fill",
        Colors.MUTED,
        "transform",
        "rotate(-90 18 " + Fmt.num(top + size / 2) + ")");
    for (IpaPoint p : result.points()) {
      double px = x.map(p.performance());
      double py = y.map(p.importance());
      String color = color(p.region());
      w.start("g", "class", "ipa-point", "data-attribute", p.attribute());
      w.element(
          "title",
          p.attribute()
              + ": importance "
              + Fmt.fixed(p.importance(), 2)
              + ", performance "
              + Fmt.fixed(p.performance(), 2)
              + " \u2014 "
              + p.region().name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + p.regionStability().stream()
                  .mapToObj(s -> " (stable in " + Fmt.pct(s) + ")")
                  .findFirst()
                  .orElse(""));
      whiskers(w, p.performanceInterval(), py, true, x);
      whiskers(w, p.importanceInterval(), px, false, y);
      w.empty(
          "circle",
          "cx",
          px,
          "cy",
          py,
          "r",
          6,
          "fill",
          color,
          "stroke",
          "#ffffff",
          "stroke-width",
          1.5);
      Text.line(w, p.attribute(), px + 9, py - 7, 150, 11, "font-weight", "600");
      w.end();
    }
    return w.finish();
  }

  private static void whiskers(
      SvgWriter w, Optional<Interval> iv, double at, boolean horizontal, LinearScale s) {
    iv.ifPresent(
        i -> Axes.whisker(w, s.map(i.lower()), s.map(i.upper()), at, horizontal, "#7b8794"));
  }

  private static void quadrantLabel(
      SvgWriter w, String text, double x, double y, String anchor, String color) {
    w.element(
        "text",
        text,
        "x",
        x,
        "y",
        y,
        "font-size",
        12,
        "font-weight",
        "700",
        "fill",
        color,
        "text-anchor",
        anchor,
        "class",
        "quadrant-label");
  }

  private static String color(IpaRegion r) {
    return switch (r) {
      case CONCENTRATE_HERE, ABOVE_DIAGONAL -> Colors.BAD;
      case KEEP_UP_THE_GOOD_WORK -> Colors.GOOD;
      case POSSIBLE_OVERKILL -> Colors.WARN;
      default -> Colors.MUTED;
    };
  }
}
