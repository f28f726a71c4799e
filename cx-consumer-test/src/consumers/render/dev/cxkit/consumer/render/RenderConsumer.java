package dev.cxkit.consumer.render;

import dev.cxkit.model.journey.JourneyType;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.MapStage;
import dev.cxkit.model.map.MapState;
import dev.cxkit.model.map.Step;
import dev.cxkit.render.map.JourneyMapSvg;

/** Draws a small journey map as SVG through the public API. */
public final class RenderConsumer {
  private RenderConsumer() {}

  /** Prints one line starting with "ok" when rendering works. */
  public static void main(String[] args) {
    JourneyMap map =
        JourneyMap.builder()
            .id("outage")
            .name("Outage")
            .version("1")
            .state(MapState.CURRENT)
            .journeyType(JourneyType.UNPREDICTABLE_SERVICE)
            .addStages(MapStage.of("report", "Report"))
            .addStep(Step.builder().id("notice").name("Notices outage").stageId("report").build())
            .build();
    String svg = JourneyMapSvg.of(map).toSvg();
    if (!svg.startsWith("<svg") || !svg.contains("Notices outage")) {
      throw new AssertionError(
          "not a journey-map SVG: " + svg.substring(0, Math.min(200, svg.length())));
    }
    System.out.println("ok render: " + svg.length() + " characters of SVG");
  }
}
