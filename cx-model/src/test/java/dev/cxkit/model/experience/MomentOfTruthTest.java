package dev.cxkit.model.experience;

import static dev.cxkit.model.testing.Contracts.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.testing.EqualsTester;
import dev.cxkit.model.testing.Contracts;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MomentOfTruthTest {

  private static final MomentOfTruth VISIT =
      MomentOfTruth.atTouchpoint(
          MomentOfTruthKind.SERVICE_ENCOUNTER, "technician-visit", "first real fix", 0.9);

  @Test
  void marksATouchpointOrAStep() {
    assertEquals("technician-visit", VISIT.markedId());
    assertEquals(Optional.empty(), VISIT.stepId());
    MomentOfTruth step = MomentOfTruth.atStep(MomentOfTruthKind.ZERO, "research", "reviews", 0.4);
    assertEquals("research", step.markedId());
    assertEquals(Optional.empty(), step.touchpointId());
    assertEquals(
        "MomentOfTruth{SERVICE_ENCOUNTER at touchpoint technician-visit, importance=0.90,"
            + " why='first real fix'}",
        VISIT.toString());
  }

  @Test
  void rules() {
    assertRejected(
        "moment of truth must mark exactly one of touchpointId and stepId, was"
            + " touchpointId=<none> stepId=<none>",
        () -> MomentOfTruth.builder().kind(MomentOfTruthKind.FIRST).why("w").importance(1).build());
    assertRejected(
        "moment of truth must mark exactly one of touchpointId and stepId, was touchpointId=t"
            + " stepId=s",
        () -> MomentOfTruth.builder().from(VISIT).touchpointId("t").stepId("s").build());
    assertRejected(
        "moment of truth importance must be a number in [0, 1], was 1.5",
        () -> MomentOfTruth.atStep(MomentOfTruthKind.FIRST, "s", "w", 1.5));
    assertRejected(
        "moment of truth importance must be a number in [0, 1], was NaN",
        () -> MomentOfTruth.atStep(MomentOfTruthKind.FIRST, "s", "w", Double.NaN));
    assertRejected(
        "moment of truth why must not be blank, was ''",
        () -> MomentOfTruth.atStep(MomentOfTruthKind.FIRST, "s", "", 0.5));
    assertRejected(
        "moment of truth stepId must be a non-blank id of at most 200 characters without"
            + " surrounding spaces or control characters, was ''",
        () -> MomentOfTruth.atStep(MomentOfTruthKind.FIRST, "", "w", 0.5));
  }

  @Test
  void nullsAreRejected() {
    Contracts.nullPointerTester().testAllPublicStaticMethods(MomentOfTruth.class);
    Contracts.nullPointerTester().testAllPublicStaticMethods(Emotion.class);
    Contracts.nullPointerTester().testAllPublicInstanceMethods(VISIT);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            VISIT,
            MomentOfTruth.atTouchpoint(
                MomentOfTruthKind.SERVICE_ENCOUNTER, "technician-visit", "first real fix", 0.9))
        .addEqualityGroup(
            MomentOfTruth.atStep(
                MomentOfTruthKind.SERVICE_ENCOUNTER, "technician-visit", "first real fix", 0.9))
        .addEqualityGroup(MomentOfTruth.builder().from(VISIT).importance(0.8).build())
        .addEqualityGroup(
            MomentOfTruth.builder().from(VISIT).kind(MomentOfTruthKind.SECOND).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Emotion.ofMapScore(-2), Emotion.ofMapScore(-2))
        .addEqualityGroup(Emotion.ofMermaidScore(1))
        .addEqualityGroup(Emotion.ofLevel(EmotionLevel.VERY_NEGATIVE))
        .addEqualityGroup(Emotion.ofMapScore(-2).withIntensity(0.5))
        .testEquals();
  }
}
