package dev.cxkit.render.chart;

import dev.cxkit.journey.paths.Flows;
import dev.cxkit.render.Palette;
import dev.cxkit.render.internal.Colors;
import dev.cxkit.render.internal.Fmt;
import dev.cxkit.render.internal.Frame;
import dev.cxkit.render.internal.SvgWriter;
import dev.cxkit.render.internal.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Sankey diagram of journey flows: columns are path positions, nodes the steps at each position
 * (coloured per step name with the shared {@link Palette}), ribbons the transitions, red stubs the
 * journeys that end at a node, and a side panel of exits split into converted and not converted.
 *
 * <pre>{@code
 * String svg = SankeyChart.of("Top paths", Flows.of(journeys, options, 5), palette);
 * String byHand = SankeyChart.render("Top paths",
 *     List.of(new SankeyChart.Entry("search", 900)),
 *     List.of(new SankeyChart.Link(0, "search", "product", 700)),
 *     List.of(new SankeyChart.Exit("product", 300, 400)),
 *     Palette.colourBlindSafe());
 * }</pre>
 *
 * <p>From the journey engine's {@code Flows}: map each {@code FlowLink(step, from, to, journeys)},
 * {@code FlowNode(name, journeys)} and {@code FlowExit(name, converted, notConverted)} one to one.
 * Only the {@value #MAX_LINKS} largest links are drawn (one {@code <path class="flow-link">} each);
 * the subtitle says how many were left out. Drop-offs use all links.
 */
public final class SankeyChart {
  /** Largest number of links drawn. */
  public static final int MAX_LINKS = 80;

  private static final double NODE_W = 12;
  private static final double GAP = 12;

  private SankeyChart() {}

  /**
   * A transition between path positions.
   *
   * @param step 0-based position of {@code from}
   * @param from step name at {@code step}
   * @param to step name at {@code step + 1}
   * @param journeys journeys taking the transition
   */
  public record Link(int step, String from, String to, long journeys) {
    /** Checks the arguments. */
    public Link {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (step < 0 || journeys < 0) {
        throw new IllegalArgumentException(
            "link.step and link.journeys must be >= 0, was step "
                + step
                + ", journeys "
                + journeys);
      }
    }
  }

  /**
   * An entry point.
   *
   * @param name the first step
   * @param journeys journeys starting there
   */
  public record Entry(String name, long journeys) {
    /** Checks the arguments. */
    public Entry {
      Objects.requireNonNull(name, "name");
      if (journeys < 0) {
        throw new IllegalArgumentException("entry.journeys must be >= 0, was " + journeys);
      }
    }
  }

  /**
   * An exit point.
   *
   * @param name the last step
   * @param converted converted journeys ending there
   * @param notConverted other journeys ending there
   */
  public record Exit(String name, long converted, long notConverted) {
    /** Checks the arguments. */
    public Exit {
      Objects.requireNonNull(name, "name");
      if (converted < 0 || notConverted < 0) {
        throw new IllegalArgumentException(
            "exit counts must be >= 0, was converted "
                + converted
                + ", notConverted "
                + notConverted);
      }
    }
  }

  private static final class Node {
    final int col;
    final String name;
    long in;
    long out;
    double x;
    double y;
    double h;
    double inCursor;
    double outCursor;

    Node(int col, String name) {
      this.col = col;
      this.name = name;
    }

    long value() {
      return Math.max(in, out);
    }
  }

  /** The Sankey of the journey engine's flows (entries, transitions and exits). */
  public static String of(String title, Flows flows, Palette palette) {
    List<Entry> entries = new ArrayList<>();
    flows.entries().forEach(n -> entries.add(new Entry(n.name(), n.journeys())));
    List<Link> links = new ArrayList<>();
    flows.links().forEach(l -> links.add(new Link(l.step(), l.from(), l.to(), l.journeys())));
    List<Exit> exits = new ArrayList<>();
    flows.exits().forEach(e -> exits.add(new Exit(e.name(), e.converted(), e.notConverted())));
    return render(title, entries, links, exits, palette);
  }

  /** The Sankey picture; a picture saying so when there are no links with journeys. */
  public static String render(
      String title, List<Entry> entries, List<Link> links, List<Exit> exits, Palette palette) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(palette, "palette");
    List<Link> nonEmpty = new ArrayList<>();
    for (Link l : links) {
      if (l.journeys() > 0) {
        nonEmpty.add(l);
      }
    }
    if (nonEmpty.isEmpty()) {
      return Frame.noData(title, "There are no flows between steps to draw.");
    }
    Map<String, Node> nodes = new LinkedHashMap<>();
    int lastCol = 0;
    for (Link l : nonEmpty) {
      node(nodes, l.step(), l.from()).out += l.journeys();
      node(nodes, l.step() + 1, l.to()).in += l.journeys();
      lastCol = Math.max(lastCol, l.step() + 1);
    }
    for (Entry e : entries) {
      Node n = nodes.get(key(0, e.name()));
      if (n != null) {
        n.in = Math.max(n.in, e.journeys());
      }
    }
    List<Link> drawn = new ArrayList<>(nonEmpty);
    drawn.sort(
        Comparator.comparingLong(Link::journeys)
            .reversed()
            .thenComparingInt(Link::step)
            .thenComparing(Link::from)
            .thenComparing(Link::to));
    long hiddenJourneys = 0;
    int hidden = 0;
    if (drawn.size() > MAX_LINKS) {
      for (Link l : drawn.subList(MAX_LINKS, drawn.size())) {
        hiddenJourneys += l.journeys();
        hidden++;
      }
      drawn = new ArrayList<>(drawn.subList(0, MAX_LINKS));
    }
    java.util.Set<String> visible = new java.util.HashSet<>();
    for (Link l : drawn) {
      visible.add(key(l.step(), l.from()));
      visible.add(key(l.step() + 1, l.to()));
    }
    List<List<Node>> cols = new ArrayList<>();
    for (int c = 0; c <= lastCol; c++) {
      cols.add(new ArrayList<>());
    }
    for (Map.Entry<String, Node> e : nodes.entrySet()) {
      if (visible.contains(e.getKey())) {
        cols.get(e.getValue().col).add(e.getValue());
      }
    }
    long maxTotal = 1;
    int maxNodes = 1;
    for (List<Node> col : cols) {
      col.sort(Comparator.comparingLong(Node::value).reversed().thenComparing(n -> n.name));
      long total = 0;
      for (Node n : col) {
        total += n.value();
      }
      maxTotal = Math.max(maxTotal, total);
      maxNodes = Math.max(maxNodes, col.size());
    }
    double plotH = Math.max(300, maxNodes * 34.0);
    double colSpacing = 210;
    double left = 16;
    double top = Frame.HEADER + 40;
    double scale = (plotH - GAP * (maxNodes - 1)) / maxTotal;
    List<Exit> exitRows = new ArrayList<>(exits);
    exitRows.sort(
        Comparator.comparingLong((Exit e) -> e.converted() + e.notConverted())
            .reversed()
            .thenComparing(Exit::name));
    boolean exitPanel = !exitRows.isEmpty();
    double panelX = left + lastCol * colSpacing + 190;
    double width = panelX + (exitPanel ? 300 : 0);
    double height = top + plotH + 70;
    String subtitle =
        Fmt.count(nonEmpty.size())
            + " transitions over "
            + (lastCol + 1)
            + " positions · orange: journeys ending at a step"
            + (hidden > 0
                ? " · "
                    + hidden
                    + " smaller links ("
                    + Fmt.count(hiddenJourneys)
                    + " journeys) not drawn"
                : "");
    SvgWriter w = Frame.open(width, height, title, subtitle);
    for (int c = 0; c <= lastCol; c++) {
      double y = top;
      double x = left + c * colSpacing;
      w.element(
          "text",
          "Step " + (c + 1),
          "x",
          x,
          "y",
          top - 14,
          "font-size",
          11,
          "fill",
          Colors.MUTED,
          "font-weight",
          "600");
      for (Node n : cols.get(c)) {
        n.x = x;
        n.y = y;
        n.h = Math.max(2, n.value() * scale);
        y += n.h + GAP;
      }
    }
    Map<String, Node> byKey = new HashMap<>();
    for (List<Node> col : cols) {
      for (Node n : col) {
        byKey.put(key(n.col, n.name), n);
      }
    }
    drawn.sort(
        Comparator.comparingInt(Link::step)
            .thenComparingDouble(l -> laidOut(byKey, l.step(), l.from()).y)
            .thenComparingDouble(l -> laidOut(byKey, l.step() + 1, l.to()).y));
    w.start("g", "class", "flow-links", "fill", "none");
    for (Link l : drawn) {
      Node a = laidOut(byKey, l.step(), l.from());
      Node b = laidOut(byKey, l.step() + 1, l.to());
      double t = Math.max(1, l.journeys() * scale);
      double y0 = a.y + a.outCursor + t / 2;
      double y1 = b.y + b.inCursor + t / 2;
      a.outCursor += l.journeys() * scale;
      b.inCursor += l.journeys() * scale;
      double x0 = a.x + NODE_W;
      double x1 = b.x;
      double mx = (x0 + x1) / 2;
      w.start(
          "path",
          "class",
          "flow-link",
          "d",
          "M"
              + Fmt.num(x0)
              + " "
              + Fmt.num(y0)
              + " C"
              + Fmt.num(mx)
              + " "
              + Fmt.num(y0)
              + " "
              + Fmt.num(mx)
              + " "
              + Fmt.num(y1)
              + " "
              + Fmt.num(x1)
              + " "
              + Fmt.num(y1),
          "stroke",
          palette.color(l.from()),
          "stroke-opacity",
          0.4,
          "stroke-width",
          t);
      w.element(
          "title", l.from() + " \u2192 " + l.to() + ": " + Fmt.count(l.journeys()) + " journeys");
      w.end();
    }
    w.end();
    for (int c = 0; c <= lastCol; c++) {
      for (Node n : cols.get(c)) {
        String color = palette.color(n.name);
        long ends = c < lastCol ? Math.max(0, n.in - n.out) : 0;
        w.start("g", "class", "flow-node", "data-name", n.name, "data-position", c + 1);
        w.element(
            "title",
            n.name
                + " (step "
                + (c + 1)
                + "): "
                + Fmt.count(n.value())
                + " journeys"
                + (ends > 0 ? ", " + Fmt.count(ends) + " end here" : ""));
        w.empty("rect", "x", n.x, "y", n.y, "width", NODE_W, "height", n.h, "fill", color);
        if (ends > 0) {
          double dh = Math.max(1, ends * scale);
          double bx = n.x + NODE_W;
          double by = n.y + n.h - dh;
          w.empty(
              "path",
              "class",
              "drop-off",
              "d",
              "M"
                  + Fmt.num(bx)
                  + " "
                  + Fmt.num(by)
                  + " L"
                  + Fmt.num(bx + 16)
                  + " "
                  + Fmt.num(by + 10)
                  + " L"
                  + Fmt.num(bx + 16)
                  + " "
                  + Fmt.num(by + dh + 10)
                  + " L"
                  + Fmt.num(bx)
                  + " "
                  + Fmt.num(by + dh)
                  + " Z",
              "fill",
              Colors.BAD,
              "fill-opacity",
              0.55);
        }
        double ly = n.y + Math.min(n.h / 2, 16) + 4;
        Text.line(
            w,
            n.name,
            n.x + NODE_W + (ends > 0 ? 20 : 5),
            ly,
            colSpacing - 48,
            11.5,
            "font-weight",
            "600");
        String sub = Fmt.count(n.value()) + (ends > 0 ? " · ends " + Fmt.count(ends) : "");
        w.element(
            "text",
            sub,
            "x",
            n.x + NODE_W + (ends > 0 ? 20 : 5),
            "y",
            ly + 13,
            "font-size",
            10,
            "fill",
            ends > 0 ? Colors.BAD : Colors.MUTED);
        w.end();
      }
    }
    if (exitPanel) {
      exits(w, exitRows, panelX, top);
    }
    return w.finish();
  }

  private static void exits(SvgWriter w, List<Exit> rows, double x, double top) {
    w.start("g", "class", "exits");
    w.element(
        "text",
        "Where journeys end",
        "x",
        x,
        "y",
        top - 14,
        "font-size",
        11.5,
        "font-weight",
        "600");
    long max = 1;
    for (Exit e : rows) {
      max = Math.max(max, e.converted() + e.notConverted());
    }
    double barW = 150;
    int shown = Math.min(rows.size(), 14);
    for (int i = 0; i < shown; i++) {
      Exit e = rows.get(i);
      double y = top + i * 30;
      long total = e.converted() + e.notConverted();
      w.start("g", "class", "exit", "data-name", e.name());
      w.element(
          "title",
          e.name()
              + ": "
              + Fmt.count(e.converted())
              + " converted, "
              + Fmt.count(e.notConverted())
              + " not converted");
      Text.line(w, e.name(), x, y + 10, 130, 11);
      double cw = barW * e.converted() / max;
      double nw = barW * e.notConverted() / max;
      w.empty("rect", "x", x, "y", y + 14, "width", cw, "height", 9, "fill", Colors.GOOD);
      w.empty("rect", "x", x + cw, "y", y + 14, "width", nw, "height", 9, "fill", "#b8c0c8");
      w.element(
          "text",
          Fmt.count(total)
              + " · "
              + Fmt.pct(total == 0 ? 0 : (double) e.converted() / total)
              + " conv.",
          "x",
          x + cw + nw + 6,
          "y",
          y + 22,
          "font-size",
          10,
          "fill",
          Colors.MUTED);
      w.end();
    }
    if (rows.size() > shown) {
      w.element(
          "text",
          "+" + (rows.size() - shown) + " more exits",
          "x",
          x,
          "y",
          top + shown * 30 + 12,
          "font-size",
          10.5,
          "fill",
          Colors.MUTED);
    }
    double ly = top + shown * 30 + 30;
    Frame.legend(
        w,
        x,
        ly,
        new String[] {"converted", "not converted"},
        new String[] {Colors.GOOD, "#b8c0c8"});
    w.end();
  }

  private static Node node(Map<String, Node> nodes, int col, String name) {
    return nodes.computeIfAbsent(key(col, name), k -> new Node(col, name));
  }

  private static String key(int col, String name) {
    return col + "\u0000" + name;
  }

  /** The node of a link end: every link joins two laid-out nodes. */
  private static Node laidOut(Map<String, Node> byKey, int col, String name) {
    return Objects.requireNonNull(byKey.get(key(col, name)), name);
  }
}
