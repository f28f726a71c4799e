package dev.cxkit.model.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cxkit.model.*;
import dev.cxkit.model.blueprint.*;
import dev.cxkit.model.experience.*;
import dev.cxkit.model.experience.Emotion;
import dev.cxkit.model.interaction.*;
import dev.cxkit.model.journey.*;
import dev.cxkit.model.journey.JourneyType;
import dev.cxkit.model.json.*;
import dev.cxkit.model.lifecycle.*;
import dev.cxkit.model.persona.*;
import dev.cxkit.model.samples.*;
import dev.cxkit.model.survey.*;
import dev.cxkit.model.touchpoint.*;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of this package as {@code {@snippet}} regions: compiled and run here, shown
 * in the javadoc of the classes named by each region.
 */
@SuppressWarnings("unused") // the examples name values they show, not values they use
class SnippetsTest {

  @Test
  void customerQuote() throws Exception {
    // @start region="customerQuote"
    CustomerQuote q =
        CustomerQuote.builder()
            .text("I explained the outage three times to three different people.")
            .source("call recording, March")
            .personaId("home-worker")
            .build();
    // @end
  }

  @Test
  void journeyMap() throws Exception {
    // @start region="journeyMap"
    JourneyMap map =
        JourneyMap.builder()
            .id("cable-outage")
            .name("Service outage")
            .version("1")
            .state(MapState.CURRENT)
            .journeyType(JourneyType.UNPREDICTABLE_SERVICE)
            .addPersonaId("home-worker")
            .addStage(MapStage.of("report", "Report"))
            .addStep(Step.of("notice", "Notices outage", "report"))
            .addStep(
                Step.builder()
                    .id("call")
                    .name("Calls support")
                    .stageId("report")
                    .emotion(Emotion.ofMapScore(-2))
                    .build())
            .build();
    map.successors("notice"); // [Step{call ...}]
    map.emotionCurve(); // [report/call -1.00]
    // @end
  }

  @Test
  void kpi() throws Exception {
    // @start region="kpi"
    Kpi fcr =
        Kpi.builder()
            .name("First-contact resolution")
            .metric("share of outage calls resolved without a repeat call within 7 days")
            .target(0.80)
            .current(0.52)
            .unit("ratio")
            .build();
    fcr.gapToTarget(); // Optional[0.28]
    // @end
  }

  @Test
  void listeningPost() throws Exception {
    // @start region="listeningPost"
    ListeningPost postCall = ListeningPost.of("post-call IVR survey", "CES", "after every call");
    // @end
  }

  @Test
  void mapDiff() throws Exception {
    // @start region="mapDiff"
    MapDiff diff =
        MapDiff.between(JourneyMapSamples.cableOutage(), JourneyMapSamples.cableOutageFuture());
    diff.added(); // steps only in the future map
    diff.removed(); // steps the future design eliminates
    System.out.println(diff);
    // @end
  }

  @Test
  void mapStage() throws Exception {
    // @start region="mapStage"
    MapStage report = MapStage.of("report", "Report the outage");
    MapStage buy =
        MapStage.builder().id("buy").name("Purchase").lifecycleStageId("purchase").build();
    MapStage retention = MapStage.of(LifecycleModel.standard().stage("retention"));
    // @end
  }

  @Test
  void opportunity() throws Exception {
    // @start region="opportunity"
    Opportunity proactive = Opportunity.of("Text customers about known outages", 5, 2);
    proactive.isQuickWin(); // true: impact >= 4 and effort <= 2
    // @end
  }

  @Test
  void painPoint() throws Exception {
    // @start region="painPoint"
    PainPoint transfers =
        PainPoint.builder()
            .description("Transferred between three departments")
            .severity(Severity.HIGH)
            .addEvidence("38% of outage calls transferred at least once (call logs, Q3)")
            .build();
    // @end
  }

  @Test
  void severity() throws Exception {
    // @start region="severity"
    PainPoint missed = PainPoint.of("Technician misses the window", Severity.CRITICAL);
    boolean urgent = missed.severity().compareTo(Severity.HIGH) >= 0; // true
    // @end
  }

  @Test
  void step() throws Exception {
    // @start region="step"
    Step call =
        Step.builder()
            .id("call-support")
            .name("Call support")
            .stageId("report")
            .goal("Get service back")
            .action(StepAction.of("Subscriber", "Calls the support line"))
            .addTouchpointId("support-line")
            .addChannelId("phone")
            .emotion(Emotion.ofMapScore(-1))
            .addPainPoint(PainPoint.of("Long IVR menu", Severity.MEDIUM))
            .addNext("ivr-routing")
            .build();
    // @end
  }

  @Test
  void stepAction() throws Exception {
    // @start region="stepAction"
    StepAction call =
        StepAction.builder()
            .who("Subscriber")
            .what("Calls the support line")
            .when("within minutes of the outage")
            .where("mobile phone")
            .why("to learn when service comes back")
            .build();
    // @end
  }

  @Test
  void tollgate() throws Exception {
    // @start region="tollgate"
    Tollgate shortlist =
        Tollgate.builder()
            .addEntryCriteria("Requirements document signed off by the user group")
            .addExitCriteria("Two vendors shortlisted")
            .checkpointMetric("vendors meeting all must-have requirements")
            .threshold(2)
            .build();
    // @end
  }

  @Test
  void mapState() {
    JourneyMap asIs = JourneyMapSamples.cableOutage();
    JourneyMap toBe = JourneyMapSamples.cableOutageFuture();
    // @start region="mapState"
    MapDiff redesign =
        MapDiff.between(asIs, toBe); // asIs.state() == CURRENT, toBe.state() == FUTURE
    // @end
    assertEquals(MapState.CURRENT, asIs.state());
    assertEquals(MapState.FUTURE, toBe.state());
    assertEquals("cable-outage v1 CURRENT", redesign.beforeMap());
    assertEquals("cable-outage v2 FUTURE", redesign.afterMap());
  }

  @Test
  void stepChange() {
    MapDiff diff =
        MapDiff.between(JourneyMapSamples.cableOutage(), JourneyMapSamples.cableOutageFuture());
    // @start region="stepChange"
    StepChange c = diff.change("troubleshoot").orElseThrow();
    c.changedFields(); // [action, emotion, kpis]
    c.valenceChange(); // Optional[0.5]: from 0.0 to 0.5
    // @end
    assertEquals(List.of("action", "emotion", "kpis"), c.changedFields());
    assertEquals(Optional.of(0.0), c.valenceBefore());
    assertEquals(Optional.of(0.5), c.valenceAfter());
    assertEquals(Optional.of(0.5), c.valenceChange());
  }

  @Test
  void kpiChange() {
    MapDiff diff =
        MapDiff.between(JourneyMapSamples.cableOutage(), JourneyMapSamples.cableOutageFuture());
    // @start region="kpiChange"
    KpiChange c = diff.change("troubleshoot").orElseThrow().kpiChanges().get(0);
    c.name(); // "First-contact resolution"
    c.targetChange(); // about 0.05: the target rose from 0.75 to 0.80
    c.currentChange(); // Optional.empty: the future map records no current value
    // @end
    assertEquals("First-contact resolution", c.name());
    assertEquals(0.05, c.targetChange().orElseThrow(), 1e-12);
    assertEquals(Optional.empty(), c.currentChange());
  }

  @Test
  void emotionPoint() {
    JourneyMap map = JourneyMapSamples.cableOutage();
    // @start region="emotionPoint"
    List<EmotionPoint> curve = map.emotionCurve();
    EmotionPoint lowest =
        curve.stream().min(Comparator.comparingDouble(EmotionPoint::valence)).orElseThrow();
    // report/ivr-routing -1.00
    // @end
    assertEquals("report/ivr-routing -1.00", lowest.toString());
  }
}
