package dev.cxkit.journey.insight;

import dev.cxkit.model.experience.MomentOfTruth;
import dev.cxkit.model.experience.MomentOfTruthKind;
import dev.cxkit.model.journey.JourneyType;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.MapStage;
import dev.cxkit.model.map.MapState;
import dev.cxkit.model.map.PainPoint;
import dev.cxkit.model.map.Severity;
import dev.cxkit.model.map.Step;

/** A purchase map for planted-signal tests. */
final class PlantedJourneys {
  private PlantedJourneys() {}

  /**
   * browse -> {compare | advice} -> quote -> verify -> pay (end). The map declares a moment of
   * truth at browse (every journey passes it, so data cannot confirm it) and a pain point at
   * verify.
   */
  static JourneyMap map() {
    return JourneyMap.builder()
        .id("shop")
        .name("Shop")
        .version("1")
        .state(MapState.CURRENT)
        .journeyType(JourneyType.PURCHASE)
        .addStage(MapStage.of("explore", "Explore"))
        .addStage(MapStage.of("buy", "Buy"))
        .addStep(
            Step.builder()
                .id("browse")
                .name("Browse")
                .stageId("explore")
                .addTouchpointIds("web-browse")
                .addChannelIds("web")
                .addNext("compare", "advice")
                .addMomentsOfTruth(
                    MomentOfTruth.atStep(
                        MomentOfTruthKind.FIRST, "browse", "first impression", 0.5))
                .build())
        .addStep(
            Step.builder()
                .id("compare")
                .name("Compare")
                .stageId("explore")
                .addTouchpointIds("compare-tool")
                .addChannelIds("web")
                .addNext("quote")
                .build())
        .addStep(
            Step.builder()
                .id("advice")
                .name("Advice call")
                .stageId("explore")
                .addTouchpointIds("advisor-call")
                .addChannelIds("phone")
                .build())
        .addStep(
            Step.builder()
                .id("quote")
                .name("Quote")
                .stageId("buy")
                .addTouchpointIds("quote-page")
                .addChannelIds("web")
                .build())
        .addStep(
            Step.builder()
                .id("verify")
                .name("Verify identity")
                .stageId("buy")
                .addTouchpointIds("id-check")
                .addChannelIds("email")
                .addPainPoints(PainPoint.of("ID upload fails", Severity.HIGH))
                .build())
        .addStep(
            Step.builder()
                .id("pay")
                .name("Pay")
                .stageId("buy")
                .addTouchpointIds("checkout")
                .addChannelIds("web")
                .build())
        .build();
  }
}
