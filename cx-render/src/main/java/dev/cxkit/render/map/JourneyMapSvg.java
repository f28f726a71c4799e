package dev.cxkit.render.map;

import dev.cxkit.model.experience.Emotion;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.MapStage;
import dev.cxkit.model.map.Opportunity;
import dev.cxkit.model.map.PainPoint;
import dev.cxkit.model.map.Severity;
import dev.cxkit.model.map.Step;
import dev.cxkit.model.map.Tollgate;
import dev.cxkit.model.persona.Persona;
import dev.cxkit.model.touchpoint.Channel;
import dev.cxkit.model.touchpoint.Touchpoint;
import dev.cxkit.render.Palette;
import dev.cxkit.render.internal.Colors;
import dev.cxkit.render.internal.Fmt;
import dev.cxkit.render.internal.Frame;
import dev.cxkit.render.internal.SvgWriter;
import dev.cxkit.render.internal.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A journey map as a standalone SVG: stages as columns with their steps beneath, then lanes for
 * touchpoints and channels, thoughts, the emotion curve, pain points by severity and opportunities.
 * Moments of truth carry a star, tollgates a dashed gate line. A future-state map is drawn below
 * the current one, and its emotion curve is also overlaid (dashed) on the current map for the steps
 * both maps share. Optional {@link HotspotMark hotspot marks} highlight data-driven pain.
 *
 * {@snippet class=dev.cxkit.render.map.SnippetsTest region=journeyMapSvg}
 *
 * <p>Each step is one {@code <g class="step" data-step-id="...">}; long names wrap and are cut with
 * an ellipsis and a {@code <title>} tooltip. Columns keep a fixed width, so a 40-step map grows
 * wide (scroll it) instead of shrinking its text.
 */
public final class JourneyMapSvg {
  static final double LABEL_WIDTH = 128;
  static final double PAD = 8;
  static final double STAGE_HEIGHT = 34;
  static final double EMOTION_HEIGHT = 128;
  static final int MAX_ITEMS = 3;

  private final JourneyMap map;
  private final Optional<JourneyMap> future;
  private final Map<String, HotspotMark> hotspots;
  private final Map<String, List<HotspotMark>> beside;
  private final Palette palette;

  private JourneyMapSvg(
      JourneyMap map,
      Optional<JourneyMap> future,
      Map<String, HotspotMark> hotspots,
      Map<String, List<HotspotMark>> beside,
      Palette palette) {
    this.map = map;
    this.future = future;
    this.hotspots = hotspots;
    this.beside = beside;
    this.palette = palette;
  }

  /** A renderer for {@code map} with a fresh palette, no future state and no hotspots. */
  public static JourneyMapSvg of(JourneyMap map) {
    return new JourneyMapSvg(
        Objects.requireNonNull(map, "map"),
        Optional.empty(),
        Map.of(),
        Map.of(),
        Palette.colourBlindSafe());
  }

  /** Also draws {@code futureState} below, and overlays its emotion curve on shared steps. */
  public JourneyMapSvg withFuture(JourneyMap futureState) {
    return new JourneyMapSvg(
        map,
        Optional.of(Objects.requireNonNull(futureState, "futureState")),
        hotspots,
        beside,
        palette);
  }

  /**
   * Overlays {@code list} on the current map. Each hotspot must name a step of the map.
   *
   * @throws IllegalArgumentException if a hotspot names an unknown step or a step twice
   */
  public JourneyMapSvg withHotspots(List<HotspotMark> list) {
    Map<String, HotspotMark> byStep = new HashMap<>();
    for (HotspotMark h : list) {
      if (map.step(h.stepId()).isEmpty()) {
        throw new IllegalArgumentException(
            "hotspot.stepId must name a step of map '" + map.id() + "', was '" + h.stepId() + "'");
      }
      if (byStep.put(h.stepId(), h) != null) {
        throw new IllegalArgumentException(
            "hotspot.stepId must be unique, was '" + h.stepId() + "' twice");
      }
    }
    return new JourneyMapSvg(map, future, Map.copyOf(byStep), beside, palette);
  }

  /**
   * Draws hotspots the map does not design (an unplanned touchpoint, an undesigned transition)
   * beside the step where they occur: each hotspot's {@code stepId} names that step, its label the
   * unplanned item. A step may have several; they are drawn with a dashed ring, below the step's
   * own hotspot.
   *
   * @throws IllegalArgumentException if a hotspot names an unknown step
   */
  public JourneyMapSvg withUnplannedHotspots(List<HotspotMark> list) {
    Map<String, List<HotspotMark>> byStep = new HashMap<>();
    for (HotspotMark h : list) {
      if (map.step(h.stepId()).isEmpty()) {
        throw new IllegalArgumentException(
            "unplanned hotspot.stepId must name a step of map '"
                + map.id()
                + "', was '"
                + h.stepId()
                + "'");
      }
      byStep.computeIfAbsent(h.stepId(), k -> new ArrayList<>()).add(h);
    }
    Map<String, List<HotspotMark>> copy = new HashMap<>();
    byStep.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return new JourneyMapSvg(map, future, hotspots, Map.copyOf(copy), palette);
  }

  /** Uses {@code p} for channel colours, so they match other pictures drawn with {@code p}. */
  public JourneyMapSvg withPalette(Palette p) {
    return new JourneyMapSvg(map, future, hotspots, beside, Objects.requireNonNull(p, "palette"));
  }

  /** The SVG document. */
  public String toSvg() {
    // the title says what is drawn, so a map shown twice (as designed, with hotspots) is not
    // titled twice
    String title =
        (hotspots.isEmpty() ? "Journey map: " : "Hotspots on the journey map: ")
            + map.name()
            + (future.isPresent() ? " (current and future state)" : "");
    if (map.steps().isEmpty()) {
      return Frame.noData(title, "The journey map '" + map.id() + "' has no steps.");
    }
    Map<String, Double> futureValence = new HashMap<>();
    future.ifPresent(
        f ->
            f.steps()
                .forEach(s -> s.emotion().ifPresent(e -> futureValence.put(s.id(), e.valence()))));
    Section current = new Section(map, hotspots, beside, futureValence, columnWidth(map));
    Section second =
        future
            .filter(f -> !f.steps().isEmpty())
            .map(f -> new Section(f, Map.of(), Map.of(), Map.of(), columnWidth(f)))
            .orElse(null);
    double width = Math.max(760, current.width() + 16);
    double height = Frame.HEADER + 28 + current.height();
    if (second != null) {
      width = Math.max(width, second.width() + 16);
      height += 24 + second.height();
    }
    height += 12;
    SvgWriter w = Frame.open(width, height, title, subtitle(map));
    legend(w, Frame.HEADER + 8, !futureValence.isEmpty());
    double y = Frame.HEADER + 28;
    current.draw(w, 8, y);
    y += current.height();
    if (second != null) {
      y += 24;
      second.draw(w, 8, y);
    }
    return w.finish();
  }

  private static double columnWidth(JourneyMap m) {
    return m.steps().size() > 24 ? 150 : 176;
  }

  private static String subtitle(JourneyMap m) {
    String personas = m.personas().stream().map(Persona::name).collect(Collectors.joining(", "));
    if (personas.isEmpty()) {
      personas = String.join(", ", m.personaIds());
    }
    return String.format(
        Locale.ROOT,
        "%s state · %d stages · %d steps%s",
        m.state().name().charAt(0) + m.state().name().substring(1).toLowerCase(Locale.ROOT),
        m.stages().size(),
        m.steps().size(),
        personas.isEmpty() ? "" : " · persona: " + personas);
  }

  private static void legend(SvgWriter w, double y, boolean withFuture) {
    w.start("g", "class", "legend");
    double x = 16;
    Text.line(w, "Pain severity:", x, y, 100, 11, "fill", Colors.MUTED);
    x += 84;
    for (Severity s : Severity.values()) {
      w.empty(
          "rect",
          "x",
          x,
          "y",
          y - 10,
          "width",
          16,
          "height",
          12,
          "rx",
          2,
          "fill",
          SeverityColors.fill(s));
      w.element(
          "text",
          SeverityColors.letter(s),
          "x",
          x + 8,
          "y",
          y,
          "font-size",
          9,
          "text-anchor",
          "middle",
          "font-weight",
          "700",
          "fill",
          SeverityColors.text(s));
      w.element("text", SeverityColors.label(s), "x", x + 20, "y", y, "font-size", 11);
      x += 20 + Text.width(SeverityColors.label(s), 11) + 12;
    }
    x += 8;
    star(w, x + 6, y - 4, 6);
    w.element("text", "Moment of truth", "x", x + 16, "y", y, "font-size", 11);
    x += 16 + Text.width("Moment of truth", 11) + 14;
    w.empty(
        "line",
        "x1",
        x,
        "y1",
        y - 11,
        "x2",
        x,
        "y2",
        y + 2,
        "stroke",
        Colors.ACCENT,
        "stroke-width",
        2,
        "stroke-dasharray",
        "4 3");
    w.element("text", "Tollgate", "x", x + 6, "y", y, "font-size", 11);
    x += 6 + Text.width("Tollgate", 11) + 14;
    w.empty(
        "line",
        "x1",
        x,
        "y1",
        y - 4,
        "x2",
        x + 22,
        "y2",
        y - 4,
        "stroke",
        Colors.INK,
        "stroke-width",
        2);
    w.element("text", "Emotion", "x", x + 26, "y", y, "font-size", 11);
    x += 26 + Text.width("Emotion", 11) + 14;
    if (withFuture) {
      w.empty(
          "line",
          "x1",
          x,
          "y1",
          y - 4,
          "x2",
          x + 22,
          "y2",
          y - 4,
          "stroke",
          Colors.GOOD,
          "stroke-width",
          2,
          "stroke-dasharray",
          "6 4");
      w.element("text", "Future-state emotion", "x", x + 26, "y", y, "font-size", 11);
    }
    w.end();
  }

  static void star(SvgWriter w, double cx, double cy, double r) {
    StringBuilder pts = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      double rr = i % 2 == 0 ? r : r * 0.45;
      double a = -Math.PI / 2 + i * Math.PI / 5;
      if (i > 0) {
        pts.append(' ');
      }
      pts.append(Fmt.num(cx + rr * Math.cos(a))).append(',').append(Fmt.num(cy + rr * Math.sin(a)));
    }
    w.empty(
        "polygon",
        "points",
        pts.toString(),
        "fill",
        "#CC79A7",
        "stroke",
        "#7a3f66",
        "stroke-width",
        0.8);
  }

  /** One map drawn as stage band plus lanes. */
  private final class Section {
    final JourneyMap m;
    final Map<String, HotspotMark> spots;
    final Map<String, List<HotspotMark>> unplanned;
    final Map<String, Double> overlay;
    final double cw;
    final List<Step> columns;
    final double[] lane = new double[5];

    Section(
        JourneyMap m,
        Map<String, HotspotMark> spots,
        Map<String, List<HotspotMark>> unplanned,
        Map<String, Double> overlay,
        double cw) {
      this.m = m;
      this.spots = spots;
      this.unplanned = unplanned;
      this.overlay = overlay;
      this.cw = cw;
      this.columns = columnOrder(m);
      SvgWriter scratch = SvgWriter.document(10, 10, "", "");
      for (Step s : columns) {
        lane[0] = Math.max(lane[0], stepCell(scratch, s, 0, 0));
        lane[1] = Math.max(lane[1], channelCell(scratch, s, 0, 0));
        lane[2] = Math.max(lane[2], thoughtCell(scratch, s, 0, 0));
        lane[3] = Math.max(lane[3], painCell(scratch, s, 0, 0));
        lane[4] = Math.max(lane[4], opportunityCell(scratch, s, 0, 0));
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
        stepCell(w, s, cx, laneTop[0]);
        channelCell(w, s, cx, laneTop[1]);
        thoughtCell(w, s, cx, laneTop[2]);
        painCell(w, s, cx, laneTop[4]);
        opportunityCell(w, s, cx, laneTop[5]);
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
        Text.line(
            w, name, x + 10, y0 + 20, wdt - 20, 12.5, "fill", "#ffffff", "font-weight", "600");
        w.end();
        band++;
      }
    }

    private double stepCell(SvgWriter w, Step s, double x, double y) {
      double inner = cw - 2 * PAD;
      w.empty(
          "rect",
          "x",
          x + 4,
          "y",
          y + 6,
          "width",
          cw - 8,
          "height",
          lane[0] - 12,
          "rx",
          6,
          "fill",
          "#ffffff",
          "stroke",
          "#9aa5b1",
          "class",
          "step-box");
      double h = 12;
      double textWidth = s.momentsOfTruth().isEmpty() ? inner : inner - 14;
      h +=
          Text.block(
              w,
              s.name(),
              x + PAD + 2,
              y + h,
              textWidth,
              3,
              12.5,
              "font-weight",
              "600",
              "class",
              "step-name");
      if (s.action().isPresent()) {
        String a = s.action().get().who() + ": " + s.action().get().what();
        h += 2 + Text.block(w, a, x + PAD + 2, y + h + 2, inner, 2, 10.5, "fill", Colors.MUTED);
      }
      if (!s.momentsOfTruth().isEmpty()) {
        w.start("g", "class", "moment-of-truth");
        String why =
            s.momentsOfTruth().stream()
                .map(mt -> "Moment of truth (" + mt.kind() + "): " + mt.why())
                .collect(Collectors.joining("\n"));
        w.element("title", why);
        star(w, x + cw - PAD - 6, y + 18, 7);
        w.end();
      }
      return h + 12;
    }

    private double channelCell(SvgWriter w, Step s, double x, double y) {
      double h = 8;
      double inner = cw - 2 * PAD;
      List<String> channels = new ArrayList<>(s.channelIds());
      int shown = 0;
      for (String id : channels) {
        if (shown == MAX_ITEMS) {
          h += more(w, channels.size() - shown, x + PAD, y + h);
          break;
        }
        String name = m.channel(id).map(Channel::name).orElse(id);
        String color = palette.color(name);
        w.start("g", "class", "channel", "data-channel", name);
        w.empty(
            "rect", "x", x + PAD, "y", y + h, "width", inner, "height", 18, "rx", 9, "fill", color);
        Text.line(w, name, x + PAD + 8, y + h + 13, inner - 16, 11, "fill", Palette.textOn(color));
        w.end();
        h += 22;
        shown++;
      }
      int tshown = 0;
      for (String id : s.touchpointIds()) {
        if (tshown == MAX_ITEMS) {
          h += more(w, s.touchpointIds().size() - tshown, x + PAD, y + h);
          break;
        }
        String name = m.touchpoint(id).map(Touchpoint::name).orElse(id);
        w.start("g", "class", "touchpoint");
        w.empty("circle", "cx", x + PAD + 4, "cy", y + h + 8, "r", 3, "fill", Colors.MUTED);
        h += Text.block(w, name, x + PAD + 12, y + h, inner - 12, 2, 11) + 3;
        w.end();
        tshown++;
      }
      return h + 6;
    }

    private double thoughtCell(SvgWriter w, Step s, double x, double y) {
      double h = 8;
      int shown = 0;
      for (String t : s.thoughts()) {
        if (shown == 2) {
          h += more(w, s.thoughts().size() - shown, x + PAD, y + h);
          break;
        }
        h +=
            Text.block(
                    w,
                    "\u201C" + t + "\u201D",
                    x + PAD,
                    y + h,
                    cw - 2 * PAD,
                    3,
                    11,
                    "font-style",
                    "italic",
                    "class",
                    "thought")
                + 4;
        shown++;
      }
      return h + 4;
    }

    private double painCell(SvgWriter w, Step s, double x, double y) {
      double h = 8;
      double inner = cw - 2 * PAD;
      HotspotMark spot = spots.get(s.id());
      if (spot != null) {
        w.start("g", "class", "hotspot");
        w.element("title", spot.label() + " (score " + Fmt.num(spot.score()) + ")");
        double r = 5 + Math.min(5, spot.score() * 4);
        w.empty(
            "circle",
            "cx",
            x + PAD + 10,
            "cy",
            y + h + 10,
            "r",
            r,
            "fill",
            SeverityColors.fill(spot.severity()),
            "stroke",
            "#662506",
            "stroke-width",
            1);
        Text.line(
            w,
            "Hotspot " + Fmt.fixed(spot.score(), 2),
            x + PAD + 24,
            y + h + 9,
            inner - 24,
            10.5,
            "font-weight",
            "700");
        double used =
            Text.block(
                w,
                spot.label(),
                x + PAD + 24,
                y + h + 11,
                inner - 24,
                2,
                10.5,
                "fill",
                Colors.MUTED);
        w.end();
        h += Math.max(24, 14 + used) + 4;
      }
      for (HotspotMark u : unplanned.getOrDefault(s.id(), List.of())) {
        w.start("g", "class", "unplanned-hotspot");
        w.element("title", "Not on the map: " + u.label() + " (score " + Fmt.num(u.score()) + ")");
        double r = 5 + Math.min(5, u.score() * 4);
        w.empty(
            "circle",
            "cx",
            x + PAD + 10,
            "cy",
            y + h + 10,
            "r",
            r,
            "fill",
            SeverityColors.fill(u.severity()),
            "stroke",
            "#662506",
            "stroke-width",
            1.5,
            "stroke-dasharray",
            "3 2");
        Text.line(
            w,
            "Not on the map " + Fmt.fixed(u.score(), 2),
            x + PAD + 24,
            y + h + 9,
            inner - 24,
            10.5,
            "font-weight",
            "700");
        double used =
            Text.block(
                w, u.label(), x + PAD + 24, y + h + 11, inner - 24, 2, 10.5, "fill", Colors.MUTED);
        w.end();
        h += Math.max(24, 14 + used) + 4;
      }
      List<PainPoint> pains = new ArrayList<>(s.painPoints());
      pains.sort((a, b) -> b.severity().compareTo(a.severity()));
      int shown = 0;
      for (PainPoint p : pains) {
        if (shown == MAX_ITEMS) {
          h += more(w, pains.size() - shown, x + PAD, y + h);
          break;
        }
        w.start(
            "g",
            "class",
            "pain-point",
            "data-severity",
            p.severity().name().toLowerCase(Locale.ROOT));
        w.element("title", SeverityColors.label(p.severity()) + ": " + p.description());
        w.empty(
            "rect",
            "x",
            x + PAD,
            "y",
            y + h + 1,
            "width",
            16,
            "height",
            14,
            "rx",
            3,
            "fill",
            SeverityColors.fill(p.severity()));
        w.element(
            "text",
            SeverityColors.letter(p.severity()),
            "x",
            x + PAD + 8,
            "y",
            y + h + 12,
            "font-size",
            9.5,
            "font-weight",
            "700",
            "text-anchor",
            "middle",
            "fill",
            SeverityColors.text(p.severity()));
        h +=
            Math.max(16, Text.block(w, p.description(), x + PAD + 21, y + h, inner - 21, 3, 11))
                + 5;
        w.end();
        shown++;
      }
      return h + 3;
    }

    private double opportunityCell(SvgWriter w, Step s, double x, double y) {
      double h = 8;
      double inner = cw - 2 * PAD;
      int shown = 0;
      for (Opportunity o : s.opportunities()) {
        if (shown == MAX_ITEMS) {
          h += more(w, s.opportunities().size() - shown, x + PAD, y + h);
          break;
        }
        w.start("g", "class", "opportunity");
        w.empty(
            "rect", "x", x + PAD, "y", y + h + 2, "width", 3, "height", 26, "fill", Colors.GOOD);
        double used = Text.block(w, o.description(), x + PAD + 8, y + h, inner - 8, 2, 11);
        String meta = "impact " + o.impact() + " · effort " + o.effort();
        w.element(
            "text",
            meta,
            "x",
            x + PAD + 8,
            "y",
            y + h + used + 11,
            "font-size",
            10,
            "fill",
            Colors.MUTED);
        double extra = 0;
        if (o.isQuickWin()) {
          double bx = x + PAD + 8 + Text.width(meta, 10) + 6;
          double by = y + h + used + 2;
          if (bx + 54 > x + cw - 4) {
            bx = x + PAD + 8;
            by += 14;
            extra = 14;
          }
          w.empty(
              "rect", "x", bx, "y", by, "width", 54, "height", 12, "rx", 6, "fill", Colors.GOOD);
          w.element(
              "text",
              "quick win",
              "x",
              bx + 27,
              "y",
              by + 9,
              "font-size",
              9,
              "fill",
              "#ffffff",
              "text-anchor",
              "middle",
              "font-weight",
              "600");
        }
        w.end();
        h += used + 18 + extra;
        shown++;
      }
      return h + 2;
    }

    private double more(SvgWriter w, int n, double x, double y) {
      w.element(
          "text", "+" + n + " more", "x", x, "y", y + 11, "font-size", 10.5, "fill", Colors.MUTED);
      return 16;
    }

    private void tollgate(SvgWriter w, Tollgate t, double x, double top, double bottom) {
      w.start("g", "class", "tollgate");
      w.element(
          "title",
          "Tollgate: "
              + t.checkpointMetric()
              + " \u2265 "
              + Fmt.num(t.threshold())
              + (t.exitCriteria().isEmpty()
                  ? ""
                  : "; exit: " + String.join("; ", t.exitCriteria())));
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
