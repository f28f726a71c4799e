package dev.cxkit.render.map;

import static dev.cxkit.render.map.JourneyMapSvg.MAX_ITEMS;
import static dev.cxkit.render.map.JourneyMapSvg.PAD;

import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.Opportunity;
import dev.cxkit.model.map.PainPoint;
import dev.cxkit.model.map.Step;
import dev.cxkit.model.touchpoint.Channel;
import dev.cxkit.model.touchpoint.Touchpoint;
import dev.cxkit.render.Palette;
import dev.cxkit.render.internal.Colors;
import dev.cxkit.render.internal.Fmt;
import dev.cxkit.render.internal.SvgWriter;
import dev.cxkit.render.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The cells of one journey-map column, lane by lane (step, touchpoints and channels, thoughts, pain
 * points with hotspots, opportunities). Each draws into the writer and returns the height it used,
 * so the same call measures a lane (on a scratch writer) and draws it.
 */
final class MapCells {
  private final JourneyMap m;
  private final Map<String, HotspotMark> spots;
  private final Map<String, List<HotspotMark>> unplanned;
  private final double cw;
  private final double[] lane;
  private final Palette palette;

  MapCells(
      JourneyMap m,
      Map<String, HotspotMark> spots,
      Map<String, List<HotspotMark>> unplanned,
      double cw,
      double[] lane,
      Palette palette) {
    this.m = m;
    this.spots = spots;
    this.unplanned = unplanned;
    this.cw = cw;
    this.lane = lane;
    this.palette = palette;
  }

  double stepCell(SvgWriter w, Step s, double x, double y) {
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
      JourneyMapSvg.star(w, x + cw - PAD - 6, y + 18, 7);
      w.end();
    }
    return h + 12;
  }

  double channelCell(SvgWriter w, Step s, double x, double y) {
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

  double thoughtCell(SvgWriter w, Step s, double x, double y) {
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

  double painCell(SvgWriter w, Step s, double x, double y) {
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
              w, spot.label(), x + PAD + 24, y + h + 11, inner - 24, 2, 10.5, "fill", Colors.MUTED);
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
      h += Math.max(16, Text.block(w, p.description(), x + PAD + 21, y + h, inner - 21, 3, 11)) + 5;
      w.end();
      shown++;
    }
    return h + 3;
  }

  double opportunityCell(SvgWriter w, Step s, double x, double y) {
    double h = 8;
    double inner = cw - 2 * PAD;
    int shown = 0;
    for (Opportunity o : s.opportunities()) {
      if (shown == MAX_ITEMS) {
        h += more(w, s.opportunities().size() - shown, x + PAD, y + h);
        break;
      }
      w.start("g", "class", "opportunity");
      w.empty("rect", "x", x + PAD, "y", y + h + 2, "width", 3, "height", 26, "fill", Colors.GOOD);
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
        w.empty("rect", "x", bx, "y", by, "width", 54, "height", 12, "rx", 6, "fill", Colors.GOOD);
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
}
