package dev.cxkit.render.internal;

import java.util.function.DoubleFunction;

/** Grid lines and tick labels. */
public final class Axes {
  private Axes() {}

  /** Horizontal grid lines across {@code [x0, x1]} with labels left of {@code x0}. */
  public static void horizontalGrid(
      SvgWriter w, LinearScale y, double x0, double x1, DoubleFunction<String> label) {
    w.start("g", "class", "axis axis-y");
    for (double t : y.ticks()) {
      double py = y.map(t);
      w.empty(
          "line",
          "x1",
          x0,
          "y1",
          py,
          "x2",
          x1,
          "y2",
          py,
          "stroke",
          t == 0 ? "#9aa5b1" : Colors.GRID,
          "stroke-width",
          t == 0 ? 1 : 0.8);
      w.element(
          "text",
          label.apply(t),
          "x",
          x0 - 6,
          "y",
          py + 4,
          "font-size",
          10.5,
          "text-anchor",
          "end",
          "fill",
          Colors.MUTED);
    }
    w.end();
  }

  /** Vertical grid lines across {@code [y0, y1]} with labels below {@code y1}. */
  public static void verticalGrid(
      SvgWriter w, LinearScale x, double y0, double y1, DoubleFunction<String> label) {
    w.start("g", "class", "axis axis-x");
    for (double t : x.ticks()) {
      double px = x.map(t);
      w.empty(
          "line",
          "x1",
          px,
          "y1",
          y0,
          "x2",
          px,
          "y2",
          y1,
          "stroke",
          t == 0 ? "#9aa5b1" : Colors.GRID,
          "stroke-width",
          t == 0 ? 1 : 0.8);
      w.element(
          "text",
          label.apply(t),
          "x",
          px,
          "y",
          y1 + 14,
          "font-size",
          10.5,
          "text-anchor",
          "middle",
          "fill",
          Colors.MUTED);
    }
    w.end();
  }

  /** An interval whisker: a line with end caps, horizontal or vertical. */
  public static void whisker(
      SvgWriter w, double a, double b, double at, boolean horizontal, String color) {
    double cap = 4;
    w.start("g", "class", "whisker");
    if (horizontal) {
      w.empty("line", "x1", a, "y1", at, "x2", b, "y2", at, "stroke", color, "stroke-width", 1.5);
      w.empty(
          "line",
          "x1",
          a,
          "y1",
          at - cap,
          "x2",
          a,
          "y2",
          at + cap,
          "stroke",
          color,
          "stroke-width",
          1.5);
      w.empty(
          "line",
          "x1",
          b,
          "y1",
          at - cap,
          "x2",
          b,
          "y2",
          at + cap,
          "stroke",
          color,
          "stroke-width",
          1.5);
    } else {
      w.empty("line", "x1", at, "y1", a, "x2", at, "y2", b, "stroke", color, "stroke-width", 1.5);
      w.empty(
          "line",
          "x1",
          at - cap,
          "y1",
          a,
          "x2",
          at + cap,
          "y2",
          a,
          "stroke",
          color,
          "stroke-width",
          1.5);
      w.empty(
          "line",
          "x1",
          at - cap,
          "y1",
          b,
          "x2",
          at + cap,
          "y2",
          b,
          "stroke",
          color,
          "stroke-width",
          1.5);
    }
    w.end();
  }

  /** Checks that {@code v} is finite, naming the field. */
  public static double finite(String field, double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(field + " must be finite, was " + v);
    }
    return v;
  }
}
