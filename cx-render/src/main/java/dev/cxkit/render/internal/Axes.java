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
      stroke(w, a, at, b, at, color);
      stroke(w, a, at - cap, a, at + cap, color);
      stroke(w, b, at - cap, b, at + cap, color);
    } else {
      stroke(w, at, a, at, b, color);
      stroke(w, at - cap, a, at + cap, a, color);
      stroke(w, at - cap, b, at + cap, b, color);
    }
    w.end();
  }

  private static void stroke(
      SvgWriter w, double x1, double y1, double x2, double y2, String color) {
    w.empty("line", "x1", x1, "y1", y1, "x2", x2, "y2", y2, "stroke", color, "stroke-width", 1.5);
  }

  /** Checks that {@code v} is finite, naming the field. */
  public static double finite(String field, double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(field + " must be finite, was " + v);
    }
    return v;
  }
}
