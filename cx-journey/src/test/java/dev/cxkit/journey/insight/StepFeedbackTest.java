package dev.cxkit.journey.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cxkit.journey.conformance.StepMatcher;
import dev.cxkit.model.experience.Emotion;
import dev.cxkit.model.interaction.Initiator;
import dev.cxkit.model.interaction.Interaction;
import dev.cxkit.model.survey.Scale;
import dev.cxkit.model.survey.SurveyContext;
import dev.cxkit.model.survey.SurveyResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StepFeedbackTest {

  static SurveyResponse csat(String id, SurveyContext context, int value) {
    return SurveyResponse.builder()
        .respondentId(id)
        .time(Instant.EPOCH)
        .context(context)
        .questionId("csat")
        .scale(Scale.csat5())
        .value(value)
        .build();
  }

  @Test
  void surveysByStepAndTouchpointContext() {
    StepMatcher m = StepMatcher.byTouchpoint(PlantedJourneys.map());
    Map<String, StepFeedback> fb =
        StepFeedback.fromSurveys(
            List.of(
                csat("c1", SurveyContext.step("shop", "verify"), 1),
                csat("c2", SurveyContext.touchpoint("id-check"), 2),
                csat("c3", SurveyContext.touchpoint("checkout"), 5),
                csat("c4", SurveyContext.relationship(), 1),
                csat("c5", SurveyContext.step("other-map", "pay"), 1)),
            m);
    // CSAT 1..5, high is good: goodness (v-1)/4, valence 2g-1: 1 -> -1, 2 -> -0.5, 5 -> +1
    assertEquals(-0.75, fb.get("verify").meanValence(), 1e-15);
    assertEquals(2, fb.get("verify").responses());
    assertEquals(1.0, fb.get("pay").meanValence(), 1e-15);
    assertEquals(1, fb.get("pay").responses());
    assertFalse(fb.containsKey("browse"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new StepFeedback("x", -2, 1));
    assertEquals("step 'x' feedback meanValence must be in [-1, 1], was -2.0", e.getMessage());
  }

  @Test
  void interactionEmotionsByMatchedStep() {
    StepMatcher m = StepMatcher.byTouchpoint(PlantedJourneys.map());
    List<Interaction> in = new java.util.ArrayList<>();
    double[] valences = {-1.0, 0.0, 0.5};
    String[] tps = {"id-check", "id-check", "checkout"};
    for (int i = 0; i < 3; i++) {
      in.add(
          Interaction.builder()
              .id("i" + i)
              .customerId("c")
              .timestamp(Instant.EPOCH.plusSeconds(i))
              .touchpointId(tps[i])
              .channelId("web")
              .type("visit")
              .initiator(Initiator.CUSTOMER)
              .emotion(Emotion.ofValence(valences[i]))
              .build());
    }
    Map<String, StepFeedback> fb = StepFeedback.fromInteractions(in, m);
    assertEquals(-0.5, fb.get("verify").meanValence(), 1e-15);
    assertEquals(0.5, fb.get("pay").meanValence(), 1e-15);
    List<Hotspot> hot =
        Hotspots.rank(
            MomentsOfTruth.detect(PlantedSignalsTest.journeys(), m),
            fb,
            new HotspotWeights(0, 0, 1, 0, 0, 0));
    // with only the emotion weight, the step with negative valence ranks first
    assertEquals("verify", hot.get(0).item());
  }
}
