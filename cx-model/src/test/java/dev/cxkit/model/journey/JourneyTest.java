package dev.cxkit.model.journey;

import static dev.cxkit.model.testing.Contracts.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import dev.cxkit.model.interaction.Interaction;
import dev.cxkit.model.testing.Contracts;
import dev.cxkit.model.testing.ModelArbitraries;
import dev.cxkit.model.testing.ModelExamples;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class JourneyTest {

  private static Journey.Builder outage() {
    return Journey.builder()
        .id("j-outage")
        .customerId("c-42")
        .type(JourneyType.UNPREDICTABLE_SERVICE);
  }

  @Test
  void derivedTimesAndPath() {
    Journey journey = ModelExamples.outageJourney();
    assertEquals(Instant.parse("2024-03-01T08:00:00Z"), journey.start());
    assertEquals(Instant.parse("2024-03-10T09:00:00Z"), journey.end());
    assertEquals(Duration.ofDays(9).plusHours(1), journey.duration());
    assertEquals(
        List.of("support-call", "support-call", "technician-visit", "monthly-bill"),
        journey.touchpointPath());
    assertEquals(1, journey.schemaVersion());
    assertEquals(
        "Journey{j-outage of c-42, unpredictable-service, RESOLVED, support-call > support-call >"
            + " technician-visit > monthly-bill}",
        journey.toString());
  }

  @Test
  void outcomeDefaultsToOngoingAndEqualTimestampsAreInOrder() {
    Interaction call = ModelExamples.outageCall();
    Journey journey =
        outage().addInteractions(call, Interaction.builder().from(call).id("e-1b").build()).build();
    assertEquals(JourneyOutcome.ONGOING, journey.outcome());
  }

  @Test
  void journeyRules() {
    Interaction call = ModelExamples.outageCall();
    Interaction visit = ModelExamples.technicianVisit();
    assertRejected(
        "journey 'j-outage' interactions must not be empty, was []", () -> outage().build());
    assertRejected(
        "journey 'j-outage' interactions must be in time order, was interactions[1] 'e-1' at"
            + " 2024-03-01T08:00:00Z before interactions[0] 'e-3' at 2024-03-03T14:30:00Z",
        () -> outage().addInteractions(visit, call).build());
    assertRejected(
        "journey 'j-outage' interactions[1] must belong to customer 'c-42', was 'c-7'"
            + " (interaction 'e-3')",
        () ->
            outage()
                .addInteractions(call, Interaction.builder().from(visit).customerId("c-7").build())
                .build());
    assertRejected(
        "journey 'j-outage' interactions must have unique ids, was 'e-1' twice",
        () -> outage().addInteractions(call, call).build());
    assertRejected(
        "schemaVersion must be 1 (the version this cxkit reads), was 0",
        () -> outage().addInteractions(call).schemaVersion(0).build());
    assertRejected(
        "journey 'j-outage' customerId must be a non-blank id of at most 200 characters without"
            + " surrounding spaces or control characters, was ''",
        () -> outage().customerId("").addInteractions(call).build());
  }

  @Test
  void journeyTypesAreOpen() {
    assertEquals(5, JourneyType.standard().size());
    assertTrue(JourneyType.RETAIL.isStandard());
    JourneyType onboarding = JourneyType.custom("onboarding", "Onboarding");
    assertFalse(onboarding.isStandard());
    assertRejected(
        "journey type id must be a non-blank id of at most 200 characters without surrounding"
            + " spaces or control characters, was ''",
        () -> JourneyType.custom("", "x"));
    assertRejected(
        "journey type name must not be blank, was ''", () -> JourneyType.custom("x", ""));
  }

  @Property(tries = 100)
  void generatedJourneysKeepTheirInvariants(@ForAll("journeys") Journey journey) {
    assertTrue(!journey.start().isAfter(journey.end()));
    assertFalse(journey.duration().isNegative());
    assertEquals(journey.interactions().size(), journey.touchpointPath().size());
    for (Interaction interaction : journey.interactions()) {
      assertEquals(journey.customerId(), interaction.customerId());
    }
  }

  @Provide
  Arbitrary<Journey> journeys() {
    return ModelArbitraries.journeys();
  }

  @Test
  void nullsAreRejected() {
    Contracts.nullPointerTester().testAllPublicStaticMethods(Journey.class);
    Contracts.nullPointerTester().testAllPublicStaticMethods(JourneyType.class);
    Contracts.nullPointerTester().testAllPublicConstructors(JourneyType.class);
  }

  @Test
  void equality() {
    Journey journey = ModelExamples.outageJourney();
    new EqualsTester()
        .addEqualityGroup(journey, Journey.builder().from(journey).build())
        .addEqualityGroup(
            Journey.builder().from(journey).outcome(JourneyOutcome.UNRESOLVED).build())
        .addEqualityGroup(Journey.builder().from(journey).type(JourneyType.PLANNED_SERVICE).build())
        .addEqualityGroup(
            Journey.builder()
                .from(journey)
                .interactions(List.of(ModelExamples.outageCall()))
                .build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(JourneyType.RETAIL, JourneyType.custom("retail", "Retail"))
        .addEqualityGroup(JourneyType.custom("retail", "Shop"))
        .testEquals();
  }
}
