package dev.cxkit.render.map;

import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.Severity;
import dev.cxkit.model.persona.Persona;
import dev.cxkit.render.Palette;
import dev.cxkit.render.internal.Colors;
import dev.cxkit.render.internal.Fmt;
import dev.cxkit.render.internal.Frame;
import dev.cxkit.render.internal.SvgWriter;
import dev.cxkit.render.internal.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
    MapSection current =
        new MapSection(map, hotspots, beside, futureValence, columnWidth(map), palette);
    MapSection second =
        future
            .filter(f -> !f.steps().isEmpty())
            .map(f -> new MapSection(f, Map.of(), Map.of(), Map.of(), columnWidth(f), palette))
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
}
