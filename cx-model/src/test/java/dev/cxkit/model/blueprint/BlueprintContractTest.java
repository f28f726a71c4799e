package dev.cxkit.model.blueprint;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.samples.JourneyMapSamples;
import dev.cxkit.model.touchpoint.BusinessFunction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** guava-testlib contracts: nulls rejected everywhere, equals/hashCode by value. */
class BlueprintContractTest {

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(Lane.class, Lane.CUSTOMER_ACTIONS)
        .setDefault(BlueprintLink.class, BlueprintLink.of("attend", "run"))
        .setDefault(JourneyMap.class, JourneyMapSamples.b2bPurchase());
  }

  @Test
  void nullsAreRejected() {
    NullPointerTester t = tester();
    for (Class<?> type :
        List.of(
            Lane.class,
            BlueprintLine.class,
            BlueprintAction.class,
            BlueprintLink.class,
            BlueprintStep.class,
            ServiceBlueprint.class,
            LinkCrossing.class)) {
      t.testAllPublicStaticMethods(type);
    }
    ServiceBlueprint bp = ServiceBlueprintTest.base().build();
    t.testAllPublicInstanceMethods(bp);
    t.testAllPublicInstanceMethods(bp.steps().get(0));
    t.testAllPublicInstanceMethods(Lane.BACKSTAGE_ACTIONS);
    t.testAllPublicInstanceMethods(ServiceBlueprint.builder());
    t.testAllPublicInstanceMethods(BlueprintAction.builder());
    t.testAllPublicConstructors(LinkCrossing.class);
  }

  @Test
  void equalsByValue() {
    BlueprintAction a = BlueprintAction.of("run", Lane.FRONTSTAGE_ACTIONS, "Runs kickoff");
    new EqualsTester()
        .addEqualityGroup(a, BlueprintAction.of("run", Lane.FRONTSTAGE_ACTIONS, "Runs kickoff"))
        .addEqualityGroup(BlueprintAction.of("run", Lane.BACKSTAGE_ACTIONS, "Runs kickoff"))
        .addEqualityGroup(
            BlueprintAction.builder().from(a).owningFunction(BusinessFunction.SERVICE).build())
        .addEqualityGroup(BlueprintLink.of("a", "b"), BlueprintLink.of("a", "b"))
        .addEqualityGroup(BlueprintLink.of("b", "a"))
        .addEqualityGroup(ServiceBlueprintTest.base().build(), ServiceBlueprintTest.base().build())
        .addEqualityGroup(ServiceBlueprintTest.base().name("Other").build())
        .addEqualityGroup(
            LinkCrossing.of(
                BlueprintLink.of("a", "b"), Lane.CUSTOMER_ACTIONS, Lane.SUPPORT_PROCESSES),
            LinkCrossing.of(
                BlueprintLink.of("a", "b"), Lane.CUSTOMER_ACTIONS, Lane.SUPPORT_PROCESSES))
        .testEquals();
  }
}
