package dev.cxkit.model.survey;

import static dev.cxkit.model.testing.Contracts.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import dev.cxkit.model.testing.Contracts;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SurveyResponseTest {

  private static SurveyResponse.Builder answer() {
    return SurveyResponse.builder()
        .respondentId("c-42")
        .time(Instant.parse("2024-03-01T10:15:30Z"))
        .context(SurveyContext.touchpoint("support-call"))
        .questionId("ces")
        .scale(Scale.ces2())
        .value(6);
  }

  @Test
  void relationshipAndInteractionContextsAreDistinct() {
    SurveyContext relationship = SurveyContext.relationship();
    SurveyContext touchpoint = SurveyContext.touchpoint("support-call");
    SurveyContext step = SurveyContext.step("outage-map", "technician-visit");
    assertTrue(relationship.isRelationship());
    assertFalse(relationship.isInteraction());
    assertTrue(touchpoint.isInteraction());
    assertEquals(SurveyContextKind.STEP, step.kind());
    assertEquals("SurveyContext{step outage-map/technician-visit}", step.toString());
    assertEquals("SurveyContext{relationship}", relationship.toString());
    assertEquals("SurveyContext{touchpoint support-call}", touchpoint.toString());
  }

  @Test
  void contextIdsMustMatchTheKind() {
    assertRejected(
        "survey context RELATIONSHIP must not have a touchpointId, was t",
        () ->
            ImmutableSurveyContext.builder()
                .from(SurveyContext.relationship())
                .touchpointId("t")
                .build());
    assertRejected(
        "survey context STEP must have both mapId and stepId, was mapId=m stepId=<none>",
        () -> ImmutableSurveyContext.builder().kind(SurveyContextKind.STEP).mapId("m").build());
    assertRejected(
        "survey context TOUCHPOINT must have a touchpointId, was <none>",
        () -> ImmutableSurveyContext.builder().kind(SurveyContextKind.TOUCHPOINT).build());
    assertRejected(
        "survey context touchpointId must be a non-blank id of at most 200 characters without"
            + " surrounding spaces or control characters, was ''",
        () -> SurveyContext.touchpoint(""));
  }

  @Test
  void responseRules() {
    assertRejected("CES 2.0 1-7 score must be 1..7, was 8", () -> answer().value(8).build());
    assertRejected(
        "survey response weight must be finite and > 0, was 0.0",
        () -> answer().weight(0.0).build());
    assertRejected(
        "survey response weight must be finite and > 0, was Infinity",
        () -> answer().weight(Double.POSITIVE_INFINITY).build());
    assertRejected(
        "survey response comment must not be blank, was ' '", () -> answer().comment(" ").build());
    assertRejected(
        "survey response respondentId must be a non-blank id of at most 200 characters without"
            + " surrounding spaces or control characters, was ''",
        () -> answer().respondentId("").build());
    assertRejected(
        "survey response questionId must be a non-blank id of at most 200 characters without"
            + " surrounding spaces or control characters, was ''",
        () -> answer().questionId("").build());
  }

  @Test
  void ratingIsCheckedAgainstItsScale() {
    assertRejected("CES 1.0 1-5 score must be 1..5, was 0", () -> Rating.of(Scale.ces1(), 0));
    assertEquals(0.75, Rating.of(Scale.ces1(), 2).goodness(), 1e-12);
    assertEquals("2 on CES 1.0 1-5 [1..5, low is good]", Rating.of(Scale.ces1(), 2).toString());
  }

  @Test
  void weightDefaultsToOne() {
    assertEquals(1.0, answer().build().weightOrOne());
    assertEquals(2.5, answer().weight(2.5).build().weightOrOne());
    assertEquals(Rating.of(Scale.ces2(), 6), answer().build().rating());
  }

  @Test
  void nullsAreRejected() {
    Contracts.nullPointerTester().testAllPublicStaticMethods(SurveyResponse.class);
    Contracts.nullPointerTester().testAllPublicStaticMethods(SurveyContext.class);
    Contracts.nullPointerTester().testAllPublicStaticMethods(Rating.class);
    Contracts.nullPointerTester().testAllPublicConstructors(Rating.class);
    Contracts.nullPointerTester().testAllPublicStaticMethods(Scale.class);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(answer().build(), answer().build())
        .addEqualityGroup(answer().value(5).build())
        .addEqualityGroup(answer().context(SurveyContext.relationship()).build())
        .addEqualityGroup(answer().weight(2.0).build())
        .addEqualityGroup(answer().comment("ok").build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(SurveyContext.relationship(), SurveyContext.relationship())
        .addEqualityGroup(SurveyContext.touchpoint("a"), SurveyContext.touchpoint("a"))
        .addEqualityGroup(SurveyContext.step("a", "b"))
        .addEqualityGroup(SurveyContext.step("b", "a"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Rating.of(Scale.nps(), 9), Rating.of(Scale.nps(), 9))
        .addEqualityGroup(Rating.of(Scale.nps(), 10))
        .addEqualityGroup(Rating.of(Scale.ces2(), 7))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Scale.nps(), Scale.nps())
        .addEqualityGroup(Scale.csat5())
        .addEqualityGroup(Scale.of("NPS 0-10", 0, 10, Direction.LOW_IS_GOOD))
        .testEquals();
  }
}
