package dev.cxkit.journey.insight;

import dev.cxkit.model.experience.MomentOfTruth;
import dev.cxkit.model.experience.MomentOfTruthKind;
import dev.cxkit.model.journey.JourneyType;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.MapStage;
import dev.cxkit.model.map.MapState;
import dev.cxkit.model.map.Step;
import java.util.List;

/** Journey maps of the planted-effect tests. */
final class EffectMaps {
  private EffectMaps() {}

  /** A step with one touchpoint (its id) in one channel, followed by {@code next} (or in order). */
  static Step step(String id, String channel, boolean end, String... next) {
    Step.Builder b =
        Step.builder()
            .id(id)
            .name(id)
            .stageId("all")
            .addTouchpointIds(id)
            .addChannelIds(channel)
            .end(end);
    for (String n : next) {
      b.addNext(n);
    }
    return b.build();
  }

  static JourneyMap map(String id, List<Step> steps) {
    return JourneyMap.builder()
        .id(id)
        .name(id)
        .version("1")
        .state(MapState.CURRENT)
        .journeyType(JourneyType.UNPREDICTABLE_SERVICE)
        .addStage(MapStage.of("all", "All"))
        .addAllSteps(steps)
        .build();
  }

  /** Outage handling: report -> status page -> call -> troubleshoot -> technician -> resolved. */
  static JourneyMap outage() {
    return map(
        "outage",
        List.of(
            step("report-outage", "phone", false),
            step("status-page", "web", false),
            step("call-support", "phone", false),
            step("troubleshoot", "phone", false),
            step("technician-visit", "field", false),
            step("resolved", "phone", true)));
  }

  /** A linear purchase of five steps, the last an end step. */
  static JourneyMap linear() {
    return map(
        "linear",
        List.of(
            step("s1", "web", false),
            step("s2", "web", false),
            step("s3", "web", false),
            step("s4", "web", false),
            step("s5", "web", true)));
  }

  /** Support with a loop: call -> troubleshoot -> (call again | technician) -> resolved. */
  static JourneyMap loop() {
    return map(
        "loop",
        List.of(
            step("call-support", "phone", false, "troubleshoot"),
            step("troubleshoot", "phone", false, "call-support", "technician-visit"),
            step("technician-visit", "field", false, "resolved"),
            step("resolved", "phone", true)));
  }

  /** A branch: browse -> (compare | advice) -> quote -> pay; advice is declared a moment. */
  static JourneyMap branch() {
    Step browse = step("browse", "web", false, "compare", "advice");
    Step advice =
        Step.builder()
            .id("advice")
            .name("advice")
            .stageId("all")
            .addTouchpointIds("advice")
            .addChannelIds("phone")
            .addNext("quote")
            .addMomentsOfTruth(
                MomentOfTruth.atStep(MomentOfTruthKind.FIRST, "advice", "human advice", 0.8))
            .build();
    return map(
        "branch",
        List.of(
            browse,
            step("compare", "web", false, "quote"),
            advice,
            step("quote", "web", false, "pay"),
            step("pay", "web", true)));
  }
}
