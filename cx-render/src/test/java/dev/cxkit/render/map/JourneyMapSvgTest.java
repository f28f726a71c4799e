package dev.cxkit.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.insight.Hotspot;
import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.metrics.stats.IntervalMethod;
import dev.cxkit.model.experience.Emotion;
import dev.cxkit.model.journey.JourneyType;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.MapStage;
import dev.cxkit.model.map.MapState;
import dev.cxkit.model.map.PainPoint;
import dev.cxkit.model.map.Severity;
import dev.cxkit.model.map.Step;
import dev.cxkit.model.persona.Persona;
import dev.cxkit.model.samples.JourneyMapSamples;
import dev.cxkit.model.touchpoint.Channel;
import dev.cxkit.model.touchpoint.ChannelKind;
import dev.cxkit.render.Palette;
import dev.cxkit.render.testing.Svgs;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class JourneyMapSvgTest {
  private final JourneyMap current = JourneyMapSamples.cableOutage();
  private final JourneyMap future = JourneyMapSamples.cableOutageFuture();

  @Test
  void oneGroupPerStepAndStage() {
    Document d = Svgs.parse(JourneyMapSvg.of(current).toSvg());
    assertEquals(current.steps().size(), Svgs.nodes(d, "//s:g[@class='step']").getLength());
    NodeList steps = Svgs.nodes(d, "//s:g[@class='step']/@data-step-id");
    for (int i = 0; i < steps.getLength(); i++) {
      assertTrue(current.step(steps.item(i).getNodeValue()).isPresent());
    }
    long stagesWithSteps =
        current.stages().stream().filter(s -> !current.stepsInStage(s.id()).isEmpty()).count();
    assertEquals(stagesWithSteps, Svgs.nodes(d, "//s:g[@class='stage']").getLength());
  }

  @Test
  void marksMomentsOfTruthTollgatesPainPointsAndEmotion() {
    Document d = Svgs.parse(JourneyMapSvg.of(current).toSvg());
    long mot = current.steps().stream().filter(s -> !s.momentsOfTruth().isEmpty()).count();
    long gates = current.steps().stream().filter(s -> s.tollgate().isPresent()).count();
    long pains = current.steps().stream().mapToLong(s -> Math.min(3, s.painPoints().size())).sum();
    assertEquals(mot, Svgs.nodes(d, "//s:g[@class='moment-of-truth']").getLength());
    assertEquals(gates, Svgs.nodes(d, "//s:g[@class='tollgate']").getLength());
    assertEquals(pains, Svgs.nodes(d, "//s:g[@class='pain-point']").getLength());
    assertEquals(1, Svgs.nodes(d, "//s:path[@class='current-curve']").getLength());
    assertEquals(
        current.emotionCurve().size(),
        Svgs.nodes(d, "//s:g[@class='emotion-curve']/s:circle").getLength());
  }

  @Test
  void futureStateIsDrawnBelowAndOverlaid() {
    Document d = Svgs.parse(JourneyMapSvg.of(current).withFuture(future).toSvg());
    assertEquals(2, Svgs.nodes(d, "//s:g[@class='journey-map']").getLength());
    assertEquals(
        "future",
        Svgs.nodes(d, "//s:g[@class='journey-map'][2]/@data-state").item(0).getNodeValue());
    assertEquals(
        current.steps().size() + future.steps().size(),
        Svgs.nodes(d, "//s:g[@class='step']").getLength());
    assertEquals(1, Svgs.nodes(d, "//s:path[@class='future-curve']").getLength());
  }

  @Test
  void hotspotsOverlayNamedSteps() {
    String svg =
        JourneyMapSvg.of(current)
            .withHotspots(List.of(new HotspotMark("call-support", 0.9, Severity.CRITICAL, "drop")))
            .toSvg();
    Document d = Svgs.parse(svg);
    assertEquals(
        1, Svgs.nodes(d, "//s:g[@data-step-id='call-support']//s:g[@class='hotspot']").getLength());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                JourneyMapSvg.of(current)
                    .withHotspots(List.of(new HotspotMark("nope", 1, Severity.LOW, "x"))));
    assertTrue(e.getMessage().contains("hotspot.stepId") && e.getMessage().contains("nope"));
    assertThrows(
        IllegalArgumentException.class, () -> new HotspotMark("a", Double.NaN, Severity.LOW, "x"));
  }

  @Test
  void theJourneyEnginesRankedHotspotsGoOnTheMapDirectly() {
    List<Hotspot> ranked =
        List.of(
            insight("call-support", 0.9, 0.31),
            insight("visit-store", 0.5, 0.12),
            insight("research", 0.2, 0.05),
            insight("wait", 0.1, 0.02));
    List<HotspotMark> marks = HotspotMark.fromRanked(ranked, 2);
    assertEquals(
        List.of(
            new HotspotMark("call-support", 0.9, Severity.CRITICAL, "#1 · drop-off 31.0 %"),
            new HotspotMark("visit-store", 0.5, Severity.HIGH, "#2 · drop-off 12.0 %")),
        marks);
    List<HotspotMark> all = HotspotMark.fromRanked(ranked, 10);
    assertEquals(4, all.size());
    assertEquals(Severity.HIGH, all.get(2).severity());
    assertEquals(Severity.MEDIUM, all.get(3).severity());
    assertThrows(IllegalArgumentException.class, () -> HotspotMark.fromRanked(ranked, -1));
    Document d = Svgs.parse(JourneyMapSvg.of(current).withHotspots(marks.subList(0, 1)).toSvg());
    assertEquals(
        1, Svgs.nodes(d, "//s:g[@data-step-id='call-support']//s:g[@class='hotspot']").getLength());
  }

  private static Hotspot insight(String step, double score, double dropOff) {
    return insight(step, Hotspot.Kind.STEP, Optional.of(step), score, dropOff);
  }

  private static Hotspot insight(
      String item, Hotspot.Kind kind, Optional<String> at, double score, double dropOff) {
    return new Hotspot(
        item,
        kind,
        at,
        score,
        100,
        dropOff,
        Interval.of(dropOff / 2, Math.min(1, dropOff * 2), 0.95, IntervalMethod.WILSON),
        Optional.empty(),
        0.0,
        0.0,
        0.0,
        OptionalDouble.empty(),
        false);
  }

  @Test
  void unplannedHotspotsAreDrawnBesideTheStepWhereTheyOccur() {
    List<Hotspot> ranked =
        List.of(
            insight("transfer", Hotspot.Kind.TOUCHPOINT, Optional.of("call-support"), 0.9, 0.2),
            insight("call-support", 0.6, 0.31),
            insight("early-ad", Hotspot.Kind.TOUCHPOINT, Optional.empty(), 0.5, 0.1),
            insight(
                "call-support -> research",
                Hotspot.Kind.TRANSITION,
                Optional.of("call-support"),
                0.4,
                0.05));
    assertEquals(
        List.of(new HotspotMark("call-support", 0.6, Severity.HIGH, "#2 · drop-off 31.0 %")),
        HotspotMark.fromRanked(ranked, 4));
    List<HotspotMark> beside = HotspotMark.unplannedFromRanked(ranked, 4);
    assertEquals(
        List.of(
            new HotspotMark(
                "call-support", 0.9, Severity.CRITICAL, "#1 transfer · drop-off 20.0 %"),
            new HotspotMark(
                "call-support",
                0.4,
                Severity.MEDIUM,
                "#4 call-support -> research · drop-off 5.0 %")),
        beside);
    String svg =
        JourneyMapSvg.of(current)
            .withHotspots(HotspotMark.fromRanked(ranked, 4))
            .withUnplannedHotspots(beside)
            .toSvg();
    Document d = Svgs.parse(svg);
    assertEquals(
        2,
        Svgs.nodes(d, "//s:g[@data-step-id='call-support']//s:g[@class='unplanned-hotspot']")
            .getLength());
    assertEquals(
        1, Svgs.nodes(d, "//s:g[@data-step-id='call-support']//s:g[@class='hotspot']").getLength());
    assertTrue(Svgs.text(svg).contains("Not on the map: #1 transfer"), "title");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                JourneyMapSvg.of(current)
                    .withUnplannedHotspots(List.of(new HotspotMark("nope", 1, Severity.LOW, "x"))));
    assertTrue(e.getMessage().contains("nope"), e.getMessage());
  }

  @Test
  void userTextIsShownNeverExecuted() {
    JourneyMap evil =
        JourneyMap.builder()
            .from(current)
            .name("<script>alert('map')</script>")
            .personas(
                List.of(
                    Persona.builder()
                        .from(current.personas().get(0))
                        .name("<script>alert(1)</script>")
                        .build()))
            .build();
    String svg = JourneyMapSvg.of(evil).toSvg();
    Document d = Svgs.parse(svg);
    assertEquals(0, Svgs.nodes(d, "//s:script").getLength());
    assertTrue(Svgs.text(svg).contains("<script>alert(1)</script>"));
    assertFalse(svg.contains("<script>"));
  }

  @Test
  void anEmptyMapIsRejectedByTheModelWithAClearMessage() {
    // the model refuses a map without steps, so the renderer's "no steps" picture is a fallback
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                JourneyMap.builder()
                    .id("empty")
                    .name("Nothing yet")
                    .version("1")
                    .state(MapState.CURRENT)
                    .journeyType(JourneyType.UNPREDICTABLE_SERVICE)
                    .addStage(MapStage.of("first", "First"))
                    .build());
    assertTrue(e.getMessage().contains("steps must not be empty"), e.getMessage());
  }

  @Test
  void fortyStepsAndThirtyChannelsStayLegible() {
    JourneyMap.Builder b =
        JourneyMap.builder()
            .id("big")
            .name("A very large journey")
            .version("1")
            .state(MapState.CURRENT)
            .journeyType(JourneyType.UNPREDICTABLE_SERVICE);
    for (int c = 0; c < 30; c++) {
      b.addChannel(Channel.of("ch" + c, "Channel number " + c, ChannelKind.DIGITAL));
    }
    for (int s = 0; s < 8; s++) {
      b.addStage(MapStage.of("st" + s, "Stage " + s + " with a long descriptive name"));
    }
    for (int i = 0; i < 40; i++) {
      b.addStep(
          Step.builder()
              .id("s" + i)
              .name("Step " + i + " where the customer does something with a very long name")
              .stageId("st" + (i / 5))
              .addChannelIds("ch" + (i % 30), "ch" + ((i + 7) % 30))
              .emotion(Emotion.ofMapScore((i % 5) - 2))
              .addPainPoint(PainPoint.of("Pain number " + i, Severity.values()[i % 4]))
              .build());
    }
    JourneyMap big = b.build();
    Palette p = Palette.colourBlindSafe();
    String svg = JourneyMapSvg.of(big).withPalette(p).toSvg();
    Document d = Svgs.parse(svg);
    assertEquals(40, Svgs.nodes(d, "//s:g[@class='step']").getLength());
    double width = Double.parseDouble(d.getDocumentElement().getAttribute("width"));
    assertTrue(width >= 40 * 150, "columns keep their width: " + width);
    NodeList sizes = Svgs.nodes(d, "//s:text/@font-size");
    for (int i = 0; i < sizes.getLength(); i++) {
      assertTrue(Double.parseDouble(sizes.item(i).getNodeValue()) >= 9, "font too small");
    }
    assertTrue(
        Svgs.nodes(d, "//s:g[@class='step']//s:text[@class='step-name']/s:title").getLength() > 0,
        "long names carry a tooltip");
    assertEquals(30, p.keys().size());
    assertEquals(svg, JourneyMapSvg.of(big).withPalette(Palette.colourBlindSafe()).toSvg());
  }
}
