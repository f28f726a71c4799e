package dev.cxkit.consumer.model;

import dev.cxkit.model.experience.Emotion;
import dev.cxkit.model.journey.JourneyType;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.MapStage;
import dev.cxkit.model.map.MapState;
import dev.cxkit.model.map.Step;
import dev.cxkit.model.touchpoint.Channel;
import dev.cxkit.model.touchpoint.ChannelKind;
import dev.cxkit.model.touchpoint.Ownership;
import dev.cxkit.model.touchpoint.Touchpoint;

/** Builds model values through the public builders, without jackson-databind at hand. */
public final class ModelConsumer {
  private ModelConsumer() {}

  /** Prints one line starting with "ok" when the model works. */
  public static void main(String[] args) {
    requireAbsent("com.fasterxml.jackson.databind.ObjectMapper");
    requireAbsent("org.immutables.value.Value");
    Touchpoint bill =
        Touchpoint.builder()
            .id("monthly-bill")
            .name("Monthly bill")
            .channel(Channel.of("mail", "Postal mail", ChannelKind.PHYSICAL))
            .ownership(Ownership.BRAND_OWNED)
            .build();
    JourneyMap map =
        JourneyMap.builder()
            .id("outage")
            .name("Outage")
            .version("1")
            .state(MapState.CURRENT)
            .journeyType(JourneyType.UNPREDICTABLE_SERVICE)
            .addStages(MapStage.of("report", "Report"))
            .addStep(
                Step.builder()
                    .id("notice")
                    .name("Notices outage")
                    .stageId("report")
                    .emotion(Emotion.ofMapScore(-1))
                    .build())
            .build();
    System.out.println(
        "ok model: "
            + bill.controlLevel()
            + ", "
            + map.steps().size()
            + " step, "
            + map.equals(map));
  }

  static void requireAbsent(String className) {
    try {
      Class.forName(className);
      throw new AssertionError(className + " is on the path: this consumer must run without it");
    } catch (ClassNotFoundException expected) {
      // the point of this consumer
    }
  }
}
