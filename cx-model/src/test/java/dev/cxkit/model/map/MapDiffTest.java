package dev.cxkit.model.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.model.experience.Emotion;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The structural diff of two small maps, computed by hand. */
class MapDiffTest {

  private static Kpi fcr(double current) {
    return Kpi.builder()
        .name("FCR")
        .metric("resolved first time")
        .current(current)
        .target(0.8)
        .build();
  }

  @Test
  void addedRemovedAndChangedStepsWithEmotionAndKpiChanges() {
    JourneyMap before =
        JourneyMapTest.base()
            .addStep(Step.of("notice", "Notices", "report"))
            .addStep(
                Step.builder()
                    .id("call")
                    .name("Calls")
                    .stageId("report")
                    .emotion(Emotion.ofMapScore(-2))
                    .addKpis(fcr(0.5), Kpi.of("AHT", "handle time"))
                    .build())
            .addStep(Step.of("transfer", "Transferred", "repair"))
            .build();
    JourneyMap after =
        JourneyMapTest.base()
            .version("2")
            .state(MapState.FUTURE)
            .addStep(Step.of("alert", "Gets a text", "report"))
            .addStep(Step.of("notice", "Notices", "report"))
            .addStep(
                Step.builder()
                    .id("call")
                    .name("Calls")
                    .stageId("repair")
                    .emotion(Emotion.ofMapScore(1))
                    .addKpis(fcr(0.75), Kpi.of("CES", "effort"))
                    .build())
            .build();
    MapDiff diff = MapDiff.between(before, after);
    assertEquals(List.of("alert"), JourneyMapTest.ids(diff.added()));
    assertEquals(List.of("transfer"), JourneyMapTest.ids(diff.removed()));
    assertEquals(1, diff.changed().size());
    StepChange call = diff.change("call").orElseThrow();
    assertEquals(List.of("stageId", "emotion", "kpis"), call.changedFields());
    // valence -1.0 (map score -2) -> +0.5 (map score +1): +1.5
    assertEquals(Optional.of(1.5), call.valenceChange());
    assertEquals(
        List.of(
            KpiChange.of("FCR", Optional.of(fcr(0.5)), Optional.of(fcr(0.75))),
            KpiChange.of("CES", Optional.empty(), Optional.of(Kpi.of("CES", "effort"))),
            KpiChange.of("AHT", Optional.of(Kpi.of("AHT", "handle time")), Optional.empty())),
        call.kpiChanges());
    assertEquals(0.25, call.kpiChanges().get(0).currentChange().orElseThrow(), 1e-12);
    assertEquals(0.0, call.kpiChanges().get(0).targetChange().orElseThrow(), 0.0);
    assertEquals(
        "MapDiff outage v1 CURRENT -> outage v2 FUTURE\n"
            + "  + alert 'Gets a text'\n"
            + "  - transfer 'Transferred'\n"
            + "  ~ call: [stageId, emotion, kpis], valence -1.00 -> +0.50 (+1.50),"
            + " kpi 'FCR' current 0.5000 -> 0.7500 (+0.2500), target 0.8000 -> 0.8000,"
            + " kpi 'CES' added, kpi 'AHT' removed",
        diff.toString());
    assertTrue(MapDiff.between(before, before).isEmpty());
    assertEquals(
        "MapDiff outage v1 CURRENT -> outage v1 CURRENT: no step changes",
        MapDiff.between(before, before).toString());
  }

  @Test
  void changeRules() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> KpiChange.of("FCR", Optional.of(fcr(0.5)), Optional.of(fcr(0.5))));
    assertEquals("kpiChange 'FCR' must change the KPI, was equal", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> KpiChange.of("AHT", Optional.of(fcr(0.5)), Optional.empty()));
    assertTrue(e.getMessage().startsWith("before.name must be 'AHT', was "), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> StepChange.of("call", List.of(), Optional.empty(), Optional.empty(), List.of()));
    assertEquals("stepChange 'call'.changedFields must not be empty", e.getMessage());
  }
}
