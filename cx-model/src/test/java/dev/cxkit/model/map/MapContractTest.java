package dev.cxkit.model.map;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.cxkit.model.experience.Emotion;
import dev.cxkit.model.journey.JourneyType;
import dev.cxkit.model.lifecycle.LifecycleModel;
import dev.cxkit.model.lifecycle.LifecycleStage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** guava-testlib contracts: nulls rejected everywhere, equals/hashCode by value. */
class MapContractTest {

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(Severity.class, Severity.LOW)
        .setDefault(MapState.class, MapState.CURRENT)
        .setDefault(JourneyType.class, JourneyType.PURCHASE)
        .setDefault(LifecycleStage.class, LifecycleModel.standard().stages().get(0))
        .setDefault(Kpi.class, Kpi.of("k", "m"))
        .setDefault(Step.class, Step.of("a", "A", "report"))
        .setDefault(JourneyMap.class, JourneyMapTest.sample());
  }

  @Test
  void staticFactoriesRejectNulls() {
    NullPointerTester t = tester();
    for (Class<?> type :
        List.of(
            PainPoint.class,
            Opportunity.class,
            Kpi.class,
            ListeningPost.class,
            CustomerQuote.class,
            StepAction.class,
            Tollgate.class,
            MapStage.class,
            Step.class,
            JourneyMap.class,
            MapDiff.class,
            StepChange.class,
            KpiChange.class,
            EmotionPoint.class)) {
      t.testAllPublicStaticMethods(type);
    }
  }

  @Test
  void instancesAndBuildersRejectNulls() {
    NullPointerTester t = tester();
    JourneyMap map = JourneyMapTest.sample();
    t.testAllPublicInstanceMethods(map);
    t.testAllPublicInstanceMethods(map.steps().get(1));
    t.testAllPublicInstanceMethods(Kpi.of("k", "m"));
    t.testAllPublicInstanceMethods(MapDiff.between(map, map));
    t.testAllPublicInstanceMethods(JourneyMap.builder());
    t.testAllPublicInstanceMethods(Step.builder());
    t.testAllPublicInstanceMethods(PainPoint.builder());
    t.testAllPublicInstanceMethods(Tollgate.builder());
    t.testAllPublicConstructors(EmotionPoint.class);
  }

  @Test
  void equalsByValue() {
    Step call = Step.of("call", "Call", "report");
    new EqualsTester()
        .addEqualityGroup(
            PainPoint.of("Transfers", Severity.HIGH), PainPoint.of("Transfers", Severity.HIGH))
        .addEqualityGroup(PainPoint.of("Transfers", Severity.CRITICAL))
        .addEqualityGroup(Opportunity.of("Texts", 5, 2), Opportunity.of("Texts", 5, 2))
        .addEqualityGroup(Opportunity.of("Texts", 5, 3))
        .addEqualityGroup(Kpi.of("FCR", "m"), Kpi.of("FCR", "m"))
        .addEqualityGroup(Kpi.builder().name("FCR").metric("m").current(0.5).build())
        .addEqualityGroup(ListeningPost.of("s", "NPS", "q"), ListeningPost.of("s", "NPS", "q"))
        .addEqualityGroup(CustomerQuote.of("Nobody came"), CustomerQuote.of("Nobody came"))
        .addEqualityGroup(StepAction.of("Dana", "calls"), StepAction.of("Dana", "calls"))
        .addEqualityGroup(MapStage.of("report", "Report"), MapStage.of("report", "Report"))
        .addEqualityGroup(call, Step.of("call", "Call", "report"))
        .addEqualityGroup(Step.builder().from(call).emotion(Emotion.ofMapScore(1)).build())
        .addEqualityGroup(Step.builder().from(call).end(true).build())
        .addEqualityGroup(JourneyMapTest.sample(), JourneyMapTest.sample())
        .addEqualityGroup(JourneyMap.builder().from(JourneyMapTest.sample()).version("2").build())
        .addEqualityGroup(
            new EmotionPoint("call", "report", -0.5), new EmotionPoint("call", "report", -0.5))
        .addEqualityGroup(
            KpiChange.of("FCR", Optional.empty(), Optional.of(Kpi.of("FCR", "m"))),
            KpiChange.of("FCR", Optional.empty(), Optional.of(Kpi.of("FCR", "m"))))
        .addEqualityGroup(
            MapDiff.between(JourneyMapTest.sample(), JourneyMapTest.sample()),
            MapDiff.between(JourneyMapTest.sample(), JourneyMapTest.sample()))
        .testEquals();
  }
}
