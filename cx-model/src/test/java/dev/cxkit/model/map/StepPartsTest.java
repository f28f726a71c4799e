package dev.cxkit.model.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.model.experience.Emotion;
import dev.cxkit.model.experience.MomentOfTruth;
import dev.cxkit.model.experience.MomentOfTruthKind;
import dev.cxkit.model.lifecycle.LifecycleModel;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Validation messages ("field, value, rule") and behaviour of the parts of a journey-map step. */
class StepPartsTest {

  private static void assertRejects(String message, Executable build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
    assertEquals(message, e.getMessage());
  }

  @Test
  void painPointRules() {
    assertRejects(
        "painPoint.description must not be blank, was ' '", () -> PainPoint.of(" ", Severity.LOW));
    assertRejects(
        "painPoint.evidence[1] must not be blank, was ''",
        () ->
            PainPoint.builder()
                .description("Transfers")
                .severity(Severity.HIGH)
                .addEvidence("call logs", "")
                .build());
    assertEquals(
        "PainPoint{HIGH 'Transfers', evidence=[call logs]}",
        PainPoint.builder()
            .description("Transfers")
            .severity(Severity.HIGH)
            .addEvidence("call logs")
            .build()
            .toString());
  }

  @Test
  void opportunityRatesImpactAndEffortOneToFive() {
    assertRejects(
        "opportunity.impact must be 1..5, was 0", () -> Opportunity.of("Proactive texts", 0, 2));
    assertRejects(
        "opportunity.effort must be 1..5, was 6", () -> Opportunity.of("Proactive texts", 5, 6));
    assertRejects(
        "opportunity.description must not be blank, was ''", () -> Opportunity.of("", 1, 1));
    Opportunity quick = Opportunity.of("Proactive texts", 5, 2);
    assertTrue(quick.isQuickWin());
    assertFalse(Opportunity.of("Rebuild billing", 5, 5).isQuickWin());
    assertFalse(Opportunity.of("Tweak copy", 3, 1).isQuickWin());
    assertEquals("Opportunity{'Proactive texts', impact=5, effort=2}", quick.toString());
  }

  @Test
  void kpiRulesAndGap() {
    assertRejects(
        "kpi.target must be a finite number, was NaN",
        () -> Kpi.builder().name("FCR").metric("m").target(Double.NaN).build());
    assertRejects(
        "kpi.current must be a finite number, was Infinity",
        () -> Kpi.builder().name("FCR").metric("m").current(Double.POSITIVE_INFINITY).build());
    assertRejects("kpi.name must not be blank, was ''", () -> Kpi.of("", "m"));
    assertRejects("kpi.metric must not be blank, was ' '", () -> Kpi.of("FCR", " "));
    assertRejects(
        "kpi.unit must not be blank, was ''",
        () -> Kpi.builder().name("FCR").metric("m").unit("").build());
    Kpi fcr =
        Kpi.builder().name("FCR").metric("resolved first time").target(0.8).current(0.5).build();
    assertEquals(0.8 - 0.5, fcr.gapToTarget().orElseThrow(), 0.0);
    assertEquals(Optional.empty(), Kpi.of("FCR", "m").gapToTarget());
    assertEquals("Kpi{'FCR' (resolved first time), current=0.5, target=0.8}", fcr.toString());
  }

  @Test
  void listeningPostRules() {
    assertRejects(
        "listeningPost.metric must not be blank, was ''",
        () -> ListeningPost.of("post-call survey", "", "after every call"));
    assertEquals(
        "ListeningPost{CES via 'post-call survey', after every call}",
        ListeningPost.of("post-call survey", "CES", "after every call").toString());
  }

  @Test
  void tollgateNeedsCriteriaAndFiniteThreshold() {
    assertRejects(
        "tollgate.entryCriteria and tollgate.exitCriteria must not both be empty, was [] and []",
        () -> Tollgate.builder().checkpointMetric("m").threshold(1).build());
    assertRejects(
        "tollgate.threshold must be a finite number, was NaN",
        () ->
            Tollgate.builder()
                .addExitCriteria("shortlist agreed")
                .checkpointMetric("vendors")
                .threshold(Double.NaN)
                .build());
    Tollgate gate =
        Tollgate.builder()
            .addEntryCriteria("sponsor named")
            .addExitCriteria("shortlist agreed")
            .checkpointMetric("vendors")
            .threshold(2)
            .build();
    assertTrue(gate.passes(2));
    assertFalse(gate.passes(1.5));
    assertRejects("value must be a finite number, was NaN", () -> gate.passes(Double.NaN));
    assertEquals(
        "Tollgate{entry=[sponsor named], exit=[shortlist agreed], vendors >= 2.0}",
        gate.toString());
  }

  @Test
  void quoteAndActionRules() {
    assertRejects("customerQuote.text must not be blank, was ''", () -> CustomerQuote.of(""));
    assertRejects(
        "customerQuote.source must not be blank, was ' '",
        () -> CustomerQuote.builder().text("Nobody came").source(" ").build());
    assertEquals(
        "\"Nobody came\" (home-worker) [survey]",
        CustomerQuote.builder()
            .text("Nobody came")
            .personaId("home-worker")
            .source("survey")
            .build()
            .toString());
    assertRejects("stepAction.who must not be blank, was ''", () -> StepAction.of("", "calls"));
    assertRejects(
        "stepAction.why must not be blank, was ''",
        () -> StepAction.builder().who("Dana").what("calls").why("").build());
    assertEquals(
        "Dana calls support, where: phone",
        StepAction.builder().who("Dana").what("calls support").where("phone").build().toString());
  }

  @Test
  void stageRules() {
    assertRejects("stage.name must not be blank, was ''", () -> MapStage.of("report", ""));
    assertEquals(
        "buy 'Purchase' (purchase)",
        MapStage.builder()
            .id("buy")
            .name("Purchase")
            .lifecycleStageId("purchase")
            .build()
            .toString());
  }

  @Test
  void stageFromLifecycleStage() {
    MapStage retention = MapStage.of(LifecycleModel.standard().stage("retention"));
    assertEquals("retention", retention.id());
    assertEquals(Optional.of("retention"), retention.lifecycleStageId());
  }

  @Test
  void momentsOfTruthMarkTheStepOrItsTouchpoints() {
    Step.Builder call =
        Step.builder().id("call").name("Call").stageId("report").addTouchpointId("ivr");
    assertRejects(
        "step 'call'.momentsOfTruth stepId must be the step's own id 'call', was 'visit'",
        () ->
            Step.builder()
                .from(call.build())
                .addMomentsOfTruth(
                    MomentOfTruth.atStep(MomentOfTruthKind.SERVICE_ENCOUNTER, "visit", "why", 0.5))
                .build());
    assertRejects(
        "step 'call'.momentsOfTruth touchpointId must be one of the step's touchpointIds [ivr],"
            + " was 'technician'",
        () ->
            Step.builder()
                .from(call.build())
                .addMomentsOfTruth(
                    MomentOfTruth.atTouchpoint(
                        MomentOfTruthKind.SERVICE_ENCOUNTER, "technician", "why", 0.5))
                .build());
    Step ok =
        call.addMomentsOfTruth(
                MomentOfTruth.atTouchpoint(MomentOfTruthKind.FIRST, "ivr", "first contact", 0.7),
                MomentOfTruth.atStep(MomentOfTruthKind.SERVICE_ENCOUNTER, "call", "why", 0.5))
            .build();
    assertEquals(2, ok.momentsOfTruth().size());
  }

  @Test
  void idsFollowTheModelIdRule() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Step.of(" call", "Call", "report"));
    assertTrue(e.getMessage().startsWith("step.id must be a non-blank id"), e.getMessage());
    assertTrue(e.getMessage().endsWith("was ' call'"), e.getMessage());
  }

  @Test
  void stepRules() {
    assertRejects(
        "step 'call'.next must be empty when end is true, was [ivr]",
        () ->
            Step.builder()
                .id("call")
                .name("Call")
                .stageId("report")
                .addNext("ivr")
                .end(true)
                .build());
    assertRejects(
        "step 'call'.next must hold unique ids, was 'ivr' twice",
        () ->
            Step.builder().id("call").name("Call").stageId("report").addNext("ivr", "ivr").build());
    assertRejects(
        "step 'call'.touchpointIds must hold unique ids, was 'ivr' twice",
        () ->
            Step.builder()
                .id("call")
                .name("Call")
                .stageId("report")
                .addTouchpointIds("ivr", "ivr")
                .build());
    assertRejects(
        "step 'call'.kpis must have unique names, was 'FCR' twice",
        () ->
            Step.builder()
                .id("call")
                .name("Call")
                .stageId("report")
                .addKpis(Kpi.of("FCR", "a"), Kpi.of("FCR", "b"))
                .build());
    Step call =
        Step.builder()
            .id("call")
            .name("Call")
            .stageId("report")
            .emotion(Emotion.ofMapScore(-2))
            .addPainPoint(PainPoint.of("Long hold", Severity.HIGH))
            .addKpi(Kpi.of("FCR", "a"))
            .addNext("ivr")
            .build();
    assertEquals(Optional.of(Kpi.of("FCR", "a")), call.kpi("FCR"));
    assertEquals(Optional.empty(), call.kpi("AHT"));
    assertEquals(
        "Step{call 'Call' in report, Emotion{valence=-1.00, MAP_MINUS2_TO_PLUS2=-2},"
            + " painPoints=1, next=[ivr]}",
        call.toString());
  }
}
