package dev.cxkit.render.map;

import dev.cxkit.model.blueprint.BlueprintAction;
import dev.cxkit.model.blueprint.BlueprintLine;
import dev.cxkit.model.blueprint.BlueprintLink;
import dev.cxkit.model.blueprint.BlueprintStep;
import dev.cxkit.model.blueprint.Lane;
import dev.cxkit.model.blueprint.ServiceBlueprint;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.Step;
import dev.cxkit.model.touchpoint.BusinessFunction;
import dev.cxkit.render.internal.Colors;
import dev.cxkit.render.internal.Fmt;
import dev.cxkit.render.internal.Frame;
import dev.cxkit.render.internal.SvgWriter;
import dev.cxkit.render.internal.Text;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A service blueprint as a standalone SVG: one column per blueprint step, the five lanes (physical
 * evidence, customer actions, frontstage, backstage, support processes) as rows, the line of
 * interaction, the line of visibility and the line of internal interaction between them, and one
 * arrow per link between actions.
 *
 * {@snippet class=dev.cxkit.render.map.SnippetsTest region=blueprintSvg}
 *
 * <p>Each action is one {@code <g class="action" data-action-id="...">}, each link one {@code <path
 * class="blueprint-link">}. With the journey map, columns carry the map's step names.
 */
public final class BlueprintSvg {
  private static final double LABEL_W = 128;
  private static final double COL_W = 200;
  private static final double HEAD_H = 64;
  private static final double BOX_GAP = 8;

  private BlueprintSvg() {}

  /** The blueprint picture; with no steps, a picture saying so. */
  public static String render(ServiceBlueprint blueprint, Optional<JourneyMap> map) {
    Objects.requireNonNull(blueprint, "blueprint");
    Objects.requireNonNull(map, "map");
    String title = blueprint.name();
    List<BlueprintStep> steps = blueprint.steps();
    if (steps.isEmpty()) {
      return Frame.noData(title, "The service blueprint '" + blueprint.id() + "' has no steps.");
    }
    Lane[] lanes = Lane.values();
    double[] laneH = new double[lanes.length];
    Map<String, Double> boxH = new HashMap<>();
    for (BlueprintStep s : steps) {
      for (int l = 0; l < lanes.length; l++) {
        double h = BOX_GAP;
        for (BlueprintAction a : s.actionsIn(lanes[l])) {
          double bh = boxHeight(a);
          boxH.put(a.id(), bh);
          h += bh + BOX_GAP;
        }
        laneH[l] = Math.max(laneH[l], Math.max(56, h + 4));
      }
    }
    double top = Frame.HEADER + 26;
    double width = 16 + LABEL_W + steps.size() * COL_W + 190;
    double height = top + HEAD_H;
    for (double h : laneH) {
      height += h;
    }
    height += 20;
    SvgWriter w =
        Frame.open(
            Math.max(width, 720),
            height,
            title,
            steps.size()
                + " steps · "
                + blueprint.links().size()
                + " links · journey map "
                + blueprint.journeyMapId());
    w.start("defs");
    w.start(
        "marker",
        "id",
        "bp-arrow",
        "viewBox",
        "0 0 10 10",
        "refX",
        9,
        "refY",
        5,
        "markerWidth",
        7,
        "markerHeight",
        7,
        "orient",
        "auto-start-reverse");
    w.empty("path", "d", "M0 0 L10 5 L0 10 Z", "fill", "#4a5560");
    w.end();
    w.end();
    double x0 = 16 + LABEL_W;
    double[] laneTop = new double[lanes.length + 1];
    double y = top + HEAD_H;
    for (int l = 0; l < lanes.length; l++) {
      laneTop[l] = y;
      w.empty(
          "rect",
          "x",
          16,
          "y",
          y,
          "width",
          LABEL_W + steps.size() * COL_W,
          "height",
          laneH[l],
          "fill",
          l % 2 == 0 ? "#ffffff" : Colors.BAND);
      Text.block(
          w,
          laneName(lanes[l]),
          24,
          y + 8,
          LABEL_W - 16,
          2,
          11.5,
          "font-weight",
          "600",
          "fill",
          Colors.MUTED,
          "class",
          "lane-label");
      y += laneH[l];
    }
    laneTop[lanes.length] = y;
    for (BlueprintLine line : BlueprintLine.values()) {
      double ly = laneTop[line.below().ordinal()];
      String dash =
          switch (line) {
            case LINE_OF_INTERACTION -> null;
            case LINE_OF_VISIBILITY -> "8 4";
            case LINE_OF_INTERNAL_INTERACTION -> "2 3";
          };
      w.start("g", "class", "blueprint-line", "data-line", line.name().toLowerCase(Locale.ROOT));
      w.empty(
          "line",
          "x1",
          16,
          "y1",
          ly,
          "x2",
          x0 + steps.size() * COL_W + 8,
          "y2",
          ly,
          "stroke",
          Colors.INK,
          "stroke-width",
          1.6,
          "stroke-dasharray",
          dash);
      String label =
          line.name().charAt(0)
              + line.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
      double lx = x0 + steps.size() * COL_W + 8;
      w.empty(
          "rect",
          "x",
          lx,
          "y",
          ly - 8,
          "width",
          Text.width(label, 10) + 10,
          "height",
          15,
          "rx",
          3,
          "fill",
          "#ffffff",
          "stroke",
          Colors.INK,
          "stroke-width",
          0.8);
      w.element("text", label, "x", lx + 5, "y", ly + 3.5, "font-size", 10, "font-weight", "600");
      w.end();
    }
    Map<String, double[]> anchor = new HashMap<>();
    for (int c = 0; c < steps.size(); c++) {
      double cx = x0 + c * COL_W;
      for (int l = 0; l < lanes.length; l++) {
        double by = laneTop[l] + BOX_GAP;
        for (BlueprintAction a : steps.get(c).actionsIn(lanes[l])) {
          double bh = Objects.requireNonNull(boxH.get(a.id()));
          anchor.put(a.id(), new double[] {cx + COL_W / 2, by, by + bh, cx + 10, cx + COL_W - 10});
          by += bh + BOX_GAP;
        }
      }
    }
    w.start("g", "class", "blueprint-links", "fill", "none");
    for (BlueprintLink link : blueprint.links()) {
      double[] a = anchor.get(link.fromActionId());
      double[] b = anchor.get(link.toActionId());
      if (a == null || b == null) {
        throw new IllegalArgumentException(
            "blueprint link must join known actions, was "
                + link.fromActionId()
                + " -> "
                + link.toActionId());
      }
      String d;
      if (Math.abs(a[0] - b[0]) < 1) {
        boolean down = b[1] > a[1];
        double x = a[0] + 18;
        d =
            "M"
                + Fmt.num(x)
                + " "
                + Fmt.num(down ? a[2] : a[1])
                + " L"
                + Fmt.num(x)
                + " "
                + Fmt.num(down ? b[1] : b[2]);
      } else {
        boolean right = b[0] > a[0];
        double sx = right ? a[4] : a[3];
        double ex = right ? b[3] : b[4];
        double sy = (a[1] + a[2]) / 2;
        double ey = (b[1] + b[2]) / 2;
        double mx = (sx + ex) / 2;
        d =
            "M"
                + Fmt.num(sx)
                + " "
                + Fmt.num(sy)
                + " C"
                + Fmt.num(mx)
                + " "
                + Fmt.num(sy)
                + " "
                + Fmt.num(mx)
                + " "
                + Fmt.num(ey)
                + " "
                + Fmt.num(ex)
                + " "
                + Fmt.num(ey);
      }
      w.start(
          "path",
          "class",
          "blueprint-link",
          "d",
          d,
          "stroke",
          "#4a5560",
          "stroke-width",
          1.4,
          "marker-end",
          "url(#bp-arrow)");
      w.element(
          "title",
          link.fromActionId()
              + " \u2192 "
              + link.toActionId()
              + link.label().map(l -> ": " + l).orElse(""));
      w.end();
    }
    w.end();
    for (int c = 0; c < steps.size(); c++) {
      BlueprintStep s = steps.get(c);
      double cx = x0 + c * COL_W;
      String name = map.flatMap(m -> m.step(s.mapStepId())).map(Step::name).orElse(s.mapStepId());
      w.start("g", "class", "blueprint-step", "data-map-step-id", s.mapStepId());
      w.empty(
          "rect",
          "x",
          cx + 4,
          "y",
          top,
          "width",
          COL_W - 8,
          "height",
          HEAD_H - 8,
          "rx",
          5,
          "fill",
          "#1f3b57");
      Text.block(
          w, name, cx + 12, top + 5, COL_W - 24, 2, 12, "fill", "#ffffff", "font-weight", "600");
      String functions =
          s.owningFunctions().stream()
              .map(BusinessFunction::name)
              .collect(Collectors.joining(", "));
      if (!functions.isEmpty()) {
        Text.line(w, functions, cx + 12, top + HEAD_H - 15, COL_W - 24, 10, "fill", "#c9d6e3");
      }
      w.empty(
          "line",
          "x1",
          cx,
          "y1",
          top + HEAD_H,
          "x2",
          cx,
          "y2",
          laneTop[lanes.length],
          "stroke",
          Colors.GRID,
          "stroke-width",
          0.6);
      for (int l = 0; l < lanes.length; l++) {
        double by = laneTop[l] + BOX_GAP;
        for (BlueprintAction a : s.actionsIn(lanes[l])) {
          double bh = Objects.requireNonNull(boxH.get(a.id()));
          action(w, a, cx + 10, by, COL_W - 20, bh, lanes[l]);
          by += bh + BOX_GAP;
        }
      }
      w.end();
    }
    return w.finish();
  }

  private static double boxHeight(BlueprintAction a) {
    int lines = Text.wrap(a.description(), Text.charsFitting(COL_W - 36, 11), 4).lines().size();
    return 14 + lines * 13.75 + (a.owningFunction().isPresent() ? 13 : 0);
  }

  private static void action(
      SvgWriter w, BlueprintAction a, double x, double y, double wdt, double h, Lane lane) {
    String fill =
        switch (lane) {
          case PHYSICAL_EVIDENCE -> "#f1f3f5";
          case CUSTOMER_ACTIONS -> "#dcebf7";
          case FRONTSTAGE_ACTIONS -> "#e3f3ed";
          case BACKSTAGE_ACTIONS -> "#fdf3dc";
          case SUPPORT_PROCESSES -> "#efe6f3";
        };
    w.start(
        "g",
        "class",
        "action",
        "data-action-id",
        a.id(),
        "data-lane",
        lane.name().toLowerCase(Locale.ROOT));
    w.empty(
        "rect", "x", x, "y", y, "width", wdt, "height", h, "rx", 5, "fill", fill, "stroke",
        "#9aa5b1");
    double used = Text.block(w, a.description(), x + 8, y + 6, wdt - 16, 4, 11);
    a.owningFunction()
        .ifPresent(
            f ->
                Text.line(
                    w,
                    f.name(),
                    x + 8,
                    y + 6 + used + 10,
                    wdt - 16,
                    9.5,
                    "fill",
                    Colors.MUTED,
                    "font-style",
                    "italic"));
    w.end();
  }

  private static String laneName(Lane lane) {
    return switch (lane) {
      case PHYSICAL_EVIDENCE -> "Physical evidence";
      case CUSTOMER_ACTIONS -> "Customer actions";
      case FRONTSTAGE_ACTIONS -> "Frontstage actions";
      case BACKSTAGE_ACTIONS -> "Backstage actions";
      case SUPPORT_PROCESSES -> "Support processes";
    };
  }
}
