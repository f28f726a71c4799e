package dev.cxkit.render.map;

import static dev.cxkit.render.map.JourneyMapSvg.EMOTION_HEIGHT;
import static dev.cxkit.render.map.JourneyMapSvg.LABEL_WIDTH;
import static dev.cxkit.render.map.JourneyMapSvg.STAGE_HEIGHT;

import dev.cxkit.model.experience.Emotion;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.MapStage;
import dev.cxkit.model.map.Step;
import dev.cxkit.model.map.Tollgate;
import dev.cxkit.render.Palette;
import dev.cxkit.render.internal.Colors;
import dev.cxkit.render.internal.Fmt;
import dev.cxkit.render.internal.SvgWriter;
import dev.cxkit.render.internal.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One map drawn as stage band plus lanes. */
final class MapSection {
  final JourneyMap m;
  final Map<String, HotspotMark> spots;
  final Map<String, List<HotspotMark>> unplanned;
  final Map<String, Double> overlay;
  final double cw;
  final List<Step> columns;
  final double[] lane = new double[5];
  private final MapCells cells;

  MapSection(
      JourneyMap m,
      Map<String, HotspotMark> spots,
      Map<String, List<HotspotMark>> unplanned,
      Map<String, Double> overlay,
      double cw,
      Palette palette) {
    this.m = m;
    this.spots = spots;
    this.unplanned = unplanned;
    this.overlay = overlay;
    this.cw = cw;
    this.columns = columnOrder(m);
    this.cells = new MapCells(m, spots, unplanned, cw, lane, palette);
    SvgWriter scratch = SvgWriter.document(10, 10, "", "");
    for (Step s : columns) {
      lane[0] = Math.max(lane[0], cells.stepCell(scratch, s, 0, 0));
      lane[1] = Math.max(lane[1], cells.channelCell(scratch, s, 0, 0));
      lane[2] = Math.max(lane[2], cells.thoughtCell(scratch, s, 0, 0));
      lane[3] = Math.max(lane[3], cells.painCell(scratch, s, 0, 0));
      lane[4] = Math.max(lane[4], cells.opportunityCell(scratch, s, 0, 0));
    }
    lane[0] = Math.max(lane[0], 64);
    for (int i = 1; i < lane.length; i++) {
      lane[i] = Math.max(lane[i], 40);
    }
  }

  double width() {
    return LABEL_WIDTH + columns.size() * cw;
  }

  double height() {
    double h = STAGE_HEIGHT + EMOTION_HEIGHT;
    for (double l : lane) {
      h += l;
    }
    return h;
  }

  void draw(SvgWriter w, double x0, double y0) {
    w.start(
        "g",
        "class",
        "journey-map",
        "data-map-id",
        m.id(),
        "data-state",
        m.state().name().toLowerCase(Locale.ROOT));
    double gx = x0 + LABEL_WIDTH;
    double[] laneTop = new double[7];
    String[] names = {
      "Steps", "Touchpoints & channels", "Thoughts", "Emotion", "Pain points", "Opportunities"
    };
    double[] heights = {lane[0], lane[1], lane[2], EMOTION_HEIGHT, lane[3], lane[4]};
    double y = y0 + STAGE_HEIGHT;
    for (int i = 0; i < heights.length; i++) {
      laneTop[i] = y;
      w.empty(
          "rect",
          "x",
          x0,
          "y",
          y,
          "width",
          width(),
          "height",
          heights[i],
          "fill",
          i % 2 == 0 ? "#ffffff" : Colors.BAND);
      w.empty("line", "x1", x0, "y1", y, "x2", x0 + width(), "y2", y, "stroke", Colors.GRID);
      Text.block(
          w,
          names[i],
          x0 + 8,
          y + 8,
          LABEL_WIDTH - 16,
          2,
          11.5,
          "font-weight",
          "600",
          "fill",
          Colors.MUTED,
          "class",
          "lane-label");
      y += heights[i];
    }
    laneTop[6] = y;
    w.empty("line", "x1", x0, "y1", y, "x2", x0 + width(), "y2", y, "stroke", Colors.GRID);
    // state badge in the corner
    String state = m.state().name().toLowerCase(Locale.ROOT) + " state";
    w.empty(
        "rect",
        "x",
        x0,
        "y",
        y0,
        "width",
        LABEL_WIDTH - 4,
        "height",
        STAGE_HEIGHT - 4,
        "rx",
        4,
        "fill",
        Colors.INK);
    w.element(
        "text",
        state,
        "x",
        x0 + (LABEL_WIDTH - 4) / 2,
        "y",
        y0 + 20,
        "fill",
        "#ffffff",
        "font-size",
        11.5,
        "font-weight",
        "600",
        "text-anchor",
        "middle");
    stages(w, gx, y0);
    for (int c = 0; c < columns.size(); c++) {
      Step s = columns.get(c);
      double cx = gx + c * cw;
      HotspotMark h = spots.get(s.id());
      w.start("g", "class", "step", "data-step-id", s.id());
      if (h != null) {
        w.empty(
            "rect",
            "class",
            "hotspot-column",
            "x",
            cx + 2,
            "y",
            laneTop[0] + 2,
            "width",
            cw - 4,
            "height",
            laneTop[6] - laneTop[0] - 4,
            "rx",
            6,
            "fill",
            SeverityColors.fill(h.severity()),
            "fill-opacity",
            0.14,
            "stroke",
            SeverityColors.fill(h.severity()),
            "stroke-width",
            2);
      }
      w.empty(
          "line",
          "x1",
          cx,
          "y1",
          laneTop[0],
          "x2",
          cx,
          "y2",
          laneTop[6],
          "stroke",
          Colors.GRID,
          "stroke-width",
          0.6);
      cells.stepCell(w, s, cx, laneTop[0]);
      cells.channelCell(w, s, cx, laneTop[1]);
      cells.thoughtCell(w, s, cx, laneTop[2]);
      cells.painCell(w, s, cx, laneTop[4]);
      cells.opportunityCell(w, s, cx, laneTop[5]);
      s.tollgate().ifPresent(t -> tollgate(w, t, cx + cw, y0 + STAGE_HEIGHT, laneTop[6]));
      w.end();
    }
    emotion(w, gx, laneTop[3]);
    w.end();
  }

  private void stages(SvgWriter w, double gx, double y0) {
    int c = 0;
    int band = 0;
    while (c < columns.size()) {
      String stageId = columns.get(c).stageId();
      int start = c;
      while (c < columns.size() && columns.get(c).stageId().equals(stageId)) {
        c++;
      }
      String name = m.stage(stageId).map(MapStage::name).orElse(stageId);
      double x = gx + start * cw;
      double wdt = (c - start) * cw;
      w.start("g", "class", "stage", "data-stage-id", stageId);
      w.empty(
          "rect",
          "x",
          x + 1,
          "y",
          y0,
          "width",
          wdt - 2,
          "height",
          STAGE_HEIGHT - 4,
          "rx",
          4,
          "fill",
          band % 2 == 0 ? "#1f3b57" : "#35597a");
      Text.line(w, name, x + 10, y0 + 20, wdt - 20, 12.5, "fill", "#ffffff", "font-weight", "600");
      w.end();
      band++;
    }
  }

  private void tollgate(SvgWriter w, Tollgate t, double x, double top, double bottom) {
    w.start("g", "class", "tollgate");
    w.element(
        "title",
        "Tollgate: "
            + t.checkpointMetric()
            + " \u2265 "
            + Fmt.num(t.threshold())
            + (t.exitCriteria().isEmpty() ? "" : "; exit: " + String.join("; ", t.exitCriteria())));
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
        Colors.ACCENT,
        "stroke-width",
        2,
        "stroke-dasharray",
        "5 4");
    w.empty(
        "rect",
        "x",
        x - 6,
        "y",
        top + 2,
        "width",
        12,
        "height",
        12,
        "fill",
        Colors.ACCENT,
        "transform",
        "rotate(45 " + Fmt.num(x) + " " + Fmt.num(top + 8) + ")");
    w.end();
  }

  private void emotion(SvgWriter w, double gx, double top) {
    double pad = 18;
    double y0 = top + pad;
    double y1 = top + EMOTION_HEIGHT - pad;
    w.start("g", "class", "emotion-curve");
    for (double v : new double[] {1, 0, -1}) {
      double y = y1 - (v + 1) / 2 * (y1 - y0);
      w.empty(
          "line",
          "x1",
          gx,
          "y1",
          y,
          "x2",
          gx + columns.size() * cw,
          "y2",
          y,
          "stroke",
          v == 0 ? "#9aa5b1" : Colors.GRID,
          "stroke-dasharray",
          v == 0 ? null : "2 3");
      w.element(
          "text",
          v > 0 ? "positive" : v < 0 ? "negative" : "neutral",
          "x",
          gx - 6,
          "y",
          y + 4,
          "font-size",
          9.5,
          "fill",
          Colors.MUTED,
          "text-anchor",
          "end");
    }
    curve(w, gx, y0, y1, false);
    if (!overlay.isEmpty()) {
      curve(w, gx, y0, y1, true);
    }
    w.end();
  }

  private void curve(SvgWriter w, double gx, double y0, double y1, boolean futureCurve) {
    StringBuilder d = new StringBuilder();
    boolean pen = false;
    List<double[]> points = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      Step s = columns.get(c);
      Optional<Double> v =
          futureCurve
              ? Optional.ofNullable(overlay.get(s.id()))
              : s.emotion().map(Emotion::valence);
      if (v.isEmpty()) {
        pen = false;
        continue;
      }
      double val = Math.max(-1, Math.min(1, v.get()));
      double x = gx + c * cw + cw / 2;
      double y = y1 - (val + 1) / 2 * (y1 - y0);
      d.append(pen ? " L" : (d.length() == 0 ? "M" : " M"))
          .append(Fmt.num(x))
          .append(' ')
          .append(Fmt.num(y));
      pen = true;
      points.add(new double[] {x, y, val});
    }
    if (d.length() > 0) {
      w.empty(
          "path",
          "d",
          d.toString(),
          "fill",
          "none",
          "stroke",
          futureCurve ? Colors.GOOD : Colors.INK,
          "stroke-width",
          2.2,
          "stroke-linejoin",
          "round",
          "stroke-dasharray",
          futureCurve ? "6 4" : null,
          "class",
          futureCurve ? "future-curve" : "current-curve");
    }
    for (double[] p : points) {
      String fill = p[2] > 0.15 ? Colors.GOOD : p[2] < -0.15 ? Colors.BAD : "#9aa5b1";
      w.start(
          "circle",
          "cx",
          p[0],
          "cy",
          p[1],
          "r",
          futureCurve ? 3.5 : 5,
          "fill",
          futureCurve ? "#ffffff" : fill,
          "stroke",
          futureCurve ? Colors.GOOD : "#ffffff",
          "stroke-width",
          1.5);
      w.element(
          "title",
          (futureCurve ? "Future valence " : "Valence ")
              + String.format(Locale.ROOT, "%+.2f", p[2]));
      w.end();
    }
  }

  private static List<Step> columnOrder(JourneyMap m) {
    List<Step> order = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (MapStage stage : m.stages()) {
      for (Step s : m.stepsInStage(stage.id())) {
        if (seen.add(s.id())) {
          order.add(s);
        }
      }
    }
    for (Step s : m.steps()) {
      if (seen.add(s.id())) {
        order.add(s);
      }
    }
    return order;
  }
}
