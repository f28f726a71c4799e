package dev.cxkit.render.chart;

import dev.cxkit.journey.paths.DirectlyFollowsGraph;
import dev.cxkit.journey.paths.DirectlyFollowsGraph.Activity;
import dev.cxkit.journey.paths.DirectlyFollowsGraph.Edge;
import dev.cxkit.render.Palette;
import dev.cxkit.render.internal.Colors;
import dev.cxkit.render.internal.Fmt;
import dev.cxkit.render.internal.Frame;
import dev.cxkit.render.internal.SvgWriter;
import dev.cxkit.render.internal.Text;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A directly-follows graph as a picture: steps in columns by the fewest steps from a journey's
 * first step (start steps in the first column), each a box with its name, occurrences and the
 * journeys that start or end there; one curve per edge (coloured by the earlier step, as in the
 * other journey pictures, and widened with its count) labelled with the count and the median time
 * between the events. Edges back to an earlier column or within one arc below the boxes.
 *
 * <pre>{@code
 * String svg = DirectlyFollowsChart.of("Journeys", DirectlyFollowsGraph.of(journeys, options),
 *     Palette.colourBlindSafe());
 * }</pre>
 *
 * <p>Only the {@value #MAX_EDGES} most frequent edges are drawn (one {@code <path
 * class="dfg-edge">} each, its tooltip with the quartiles and 90th percentile of the time); the
 * subtitle says how many were left out. Names are escaped like every text of every picture.
 */
public final class DirectlyFollowsChart {
  /** Largest number of edges drawn. */
  public static final int MAX_EDGES = 60;

  /** Largest number of edges labelled on the picture (all have a tooltip). */
  static final int MAX_LABELS = 24;

  private static final double BOX_W = 150;
  private static final double BOX_H = 46;
  private static final double COL = 240;
  private static final double ROW = 76;

  private DirectlyFollowsChart() {}

  private static final class Box {
    final Activity activity;
    int col;
    double x;
    double y;

    Box(Activity activity) {
      this.activity = activity;
    }
  }

  /** The picture of {@code graph}; a picture saying so when it has no steps. */
  public static String of(String title, DirectlyFollowsGraph graph, Palette palette) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(palette, "palette");
    if (graph.activities().isEmpty()) {
      return Frame.noData(title, "There are no journeys to draw.");
    }
    Map<String, Box> boxes = new HashMap<>();
    for (Activity a : graph.activities()) {
      boxes.put(a.name(), new Box(a));
    }
    List<List<Box>> cols = columns(graph, boxes);
    List<Edge> drawn = graph.edges().subList(0, Math.min(MAX_EDGES, graph.edges().size()));
    int hidden = graph.edges().size() - drawn.size();
    int rows = 1;
    for (List<Box> c : cols) {
      rows = Math.max(rows, c.size());
    }
    double left = 16;
    double top = Frame.HEADER + 34;
    double width = left + (cols.size() - 1) * COL + BOX_W + 40;
    double height = top + rows * ROW + 70;
    for (int c = 0; c < cols.size(); c++) {
      for (int r = 0; r < cols.get(c).size(); r++) {
        Box b = cols.get(c).get(r);
        b.x = left + c * COL;
        b.y = top + r * ROW;
      }
    }
    long max = 1;
    for (Edge e : drawn) {
      max = Math.max(max, e.count());
    }
    String subtitle =
        graph.activities().size()
            + " steps · "
            + Fmt.count(graph.edges().size())
            + " edges · width: how often a step directly follows another · label: count, median"
            + " time"
            + (hidden > 0 ? " · " + hidden + " rarer edges not drawn" : "");
    SvgWriter w = Frame.open(Math.max(width, 560), height, title, subtitle);
    w.start("defs");
    w.start(
        "marker",
        "id",
        "dfg-arrow",
        "viewBox",
        "0 0 10 10",
        "refX",
        9,
        "refY",
        5,
        "markerWidth",
        6,
        "markerHeight",
        6,
        "orient",
        "auto");
    w.empty("path", "d", "M0 0 L10 5 L0 10 Z", "fill", Colors.MUTED);
    w.end();
    w.end();
    w.start("g", "class", "dfg-edges", "fill", "none");
    int labelled = 0;
    List<double[]> labels = new ArrayList<>();
    List<Edge> labelledEdges = new ArrayList<>();
    for (Edge e : drawn) {
      Box a = Objects.requireNonNull(boxes.get(e.from()), e.from());
      Box b = Objects.requireNonNull(boxes.get(e.to()), e.to());
      double[] mid = new double[2];
      String d = curve(a, b, mid);
      w.start(
          "path",
          "class",
          "dfg-edge",
          "d",
          d,
          "stroke",
          palette.color(e.from()),
          "stroke-opacity",
          0.55,
          "stroke-width",
          1 + 6.0 * e.count() / max,
          "marker-end",
          "url(#dfg-arrow)");
      w.element("title", tooltip(e));
      w.end();
      if (labelled++ < MAX_LABELS) {
        labels.add(mid);
        labelledEdges.add(e);
      }
    }
    w.end();
    w.start("g", "class", "dfg-edge-labels");
    for (int i = 0; i < labels.size(); i++) {
      Edge e = labelledEdges.get(i);
      w.element(
          "text",
          Fmt.count(e.count()) + " · " + Fmt.duration(e.time().median()),
          "x",
          labels.get(i)[0],
          "y",
          labels.get(i)[1] - 3,
          "font-size",
          9.5,
          "text-anchor",
          "middle",
          "fill",
          Colors.INK,
          "paint-order",
          "stroke",
          "stroke",
          "#ffffff",
          "stroke-width",
          3);
    }
    w.end();
    for (List<Box> c : cols) {
      for (Box b : c) {
        node(w, b, palette);
      }
    }
    return w.finish();
  }

  /** Columns by the fewest steps from a start step (breadth first over all edges). */
  private static List<List<Box>> columns(DirectlyFollowsGraph graph, Map<String, Box> boxes) {
    Map<String, List<String>> next = new HashMap<>();
    for (Edge e : graph.edges()) {
      next.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
    }
    Map<String, Integer> rank = new HashMap<>();
    Deque<String> todo = new ArrayDeque<>();
    for (Activity a : graph.activities()) {
      if (a.starts() > 0) {
        rank.put(a.name(), 0);
        todo.add(a.name());
      }
    }
    while (!todo.isEmpty()) {
      String s = todo.poll();
      int r = rank.getOrDefault(s, 0);
      for (String t : next.getOrDefault(s, List.of())) {
        if (!rank.containsKey(t)) {
          rank.put(t, r + 1);
          todo.add(t);
        }
      }
    }
    List<List<Box>> cols = new ArrayList<>();
    for (Activity a : graph.activities()) { // most occurrences first within a column
      int c = rank.getOrDefault(a.name(), 0);
      while (cols.size() <= c) {
        cols.add(new ArrayList<>());
      }
      Box b = Objects.requireNonNull(boxes.get(a.name()), a.name());
      b.col = c;
      cols.get(c).add(b);
    }
    return cols;
  }

  /** The path of an edge; {@code mid} receives the point its label goes at. */
  private static String curve(Box a, Box b, double[] mid) {
    if (a == b) {
      double x = a.x + BOX_W - 24;
      double y = a.y;
      mid[0] = x + 8;
      mid[1] = y - 16;
      return "M" + p(x, y) + " C" + p(x - 6, y - 26) + " " + p(x + 22, y - 26) + " " + p(x + 16, y);
    }
    if (b.col > a.col) {
      double x0 = a.x + BOX_W;
      double y0 = a.y + BOX_H / 2;
      double x1 = b.x - 2;
      double y1 = b.y + BOX_H / 2;
      double mx = (x0 + x1) / 2;
      mid[0] = mx;
      mid[1] = (y0 + y1) / 2;
      return "M" + p(x0, y0) + " C" + p(mx, y0) + " " + p(mx, y1) + " " + p(x1, y1);
    }
    // back to an earlier column or within one: an arc below the boxes
    double x0 = a.x + BOX_W / 2 + 10;
    double y0 = a.y + BOX_H;
    double x1 = b.x + BOX_W / 2 - 10;
    double y1 = b.y + BOX_H + 2;
    double dip = Math.max(y0, y1) + 22 + 6 * Math.abs(a.col - b.col);
    mid[0] = (x0 + x1) / 2;
    mid[1] = dip + 2;
    return "M" + p(x0, y0) + " C" + p(x0, dip) + " " + p(x1, dip) + " " + p(x1, y1);
  }

  private static String p(double x, double y) {
    return Fmt.num(x) + " " + Fmt.num(y);
  }

  private static String tooltip(Edge e) {
    return e.from()
        + " \u2192 "
        + e.to()
        + ": "
        + Fmt.count(e.count())
        + " times; time between: median "
        + Fmt.duration(e.time().median())
        + ", quartiles "
        + Fmt.duration(e.time().p25())
        + " to "
        + Fmt.duration(e.time().p75())
        + ", 90th percentile "
        + Fmt.duration(e.time().p90());
  }

  private static void node(SvgWriter w, Box b, Palette palette) {
    Activity a = b.activity;
    String color = palette.color(a.name());
    w.start("g", "class", "dfg-node", "data-name", a.name());
    w.element(
        "title",
        a.name()
            + ": "
            + Fmt.count(a.occurrences())
            + " occurrences, "
            + Fmt.count(a.starts())
            + " journeys start here, "
            + Fmt.count(a.ends())
            + " end here");
    w.empty(
        "rect",
        "x",
        b.x,
        "y",
        b.y,
        "width",
        BOX_W,
        "height",
        BOX_H,
        "rx",
        6,
        "fill",
        Colors.BAND,
        "stroke",
        color,
        "stroke-width",
        a.starts() > 0 ? 2.5 : 1.2);
    w.empty("rect", "x", b.x, "y", b.y, "width", 6, "height", BOX_H, "rx", 3, "fill", color);
    Text.line(w, a.name(), b.x + 12, b.y + 18, BOX_W - 18, 11.5, "font-weight", "600");
    String sub =
        Fmt.count(a.occurrences())
            + (a.starts() > 0 ? " · starts " + Fmt.count(a.starts()) : "")
            + (a.ends() > 0 ? " · ends " + Fmt.count(a.ends()) : "");
    Text.line(w, sub, b.x + 12, b.y + 34, BOX_W - 18, 9.5, "fill", Colors.MUTED);
    w.end();
  }
}
