package dev.cxkit.journey.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import dev.cxkit.metrics.stats.PValueAdjustment;
import dev.cxkit.metrics.stats.TwoByTwo;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConversionCorrelationTest {

  /** One journey per path; touchpoint "order" (type order) is the goal; journeys go on after it. */
  private static Journeys journeys(List<String> paths) {
    EventDictionaries d = new EventDictionaries();
    EventLog.Builder b = EventLog.builder(d);
    for (int c = 0; c < paths.size(); c++) {
      long t = 0;
      for (String step : paths.get(c).split(" ")) {
        b.add("c" + c, t, step, "web", step.equals("order") ? "order" : "view", "");
        t += 60_000;
      }
    }
    return JourneyAssembler.assemble(
        b.build(),
        SplitRules.none().withGoal(EventFilter.types(d, "order"), false),
        TieBreak.ARRIVAL);
  }

  @Test
  void countsExposureBeforeConversionOnly() {
    Journeys js =
        journeys(
            List.of("a demo order", "demo order", "a order demo", "a b", "b", "demo b", "a order"));
    ConversionCorrelation c =
        ConversionCorrelation.of(js, Dimension.TOUCHPOINT, 1, 0.95, PValueAdjustment.NONE);
    assertEquals(7, c.journeys());
    assertEquals(4, c.conversions());
    ConversionCorrelation.Feature demo = feature(c, "demo");
    // exposed before conversion: "a demo order", "demo order", "demo b" ("a order demo": after)
    assertEquals(3, demo.exposed());
    assertEquals(2, demo.exposedConversions());
    assertEquals(4, demo.unexposed());
    assertEquals(2, demo.unexposedConversions());
    assertEquals(TwoByTwo.oddsRatio(2, 1, 2, 2, 0.95), demo.oddsRatio());
    ConversionCorrelation.Feature b = feature(c, "b");
    assertEquals(0, b.exposedConversions()); // a zero cell: Haldane-Anscombe
    assertTrue(b.oddsRatio().corrected());
    assertTrue(c.features().stream().noneMatch(f -> f.name().equals("order")), "the outcome");
  }

  @Test
  void aValueInEveryJourneyCannotBeTestedAndIsSaidSo() {
    Journeys js = journeys(List.of("a order", "a b", "a c order"));
    ConversionCorrelation c =
        ConversionCorrelation.of(js, Dimension.TOUCHPOINT, 1, 0.95, PValueAdjustment.HOLM);
    assertEquals(List.of("a"), c.untestable());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ConversionCorrelation.of(
                journeys(List.of("a order")),
                Dimension.TOUCHPOINT,
                1,
                0.95,
                PValueAdjustment.HOLM));
    // a threshold no value reaches: nothing tested, an empty ranking (not an error)
    ConversionCorrelation none =
        ConversionCorrelation.of(js, Dimension.TOUCHPOINT, 1L << 31, 0.95, PValueAdjustment.HOLM);
    assertEquals(List.of(), none.features());
    assertEquals(List.of(), none.untestable());
  }

  /**
   * Simulated from a known model: a demo raises the conversion probability from 0.2 to 0.5 (true
   * odds ratio 4), three other touchpoints do nothing. Over 200 seeded simulations the demo's 95%
   * interval covers 4 about 95% of the time, and Holm keeps the family-wise rate of false findings
   * among the null touchpoints near 5%.
   */
  @Test
  void findsAPlantedEffectWithCalibratedIntervalsAndFewFalseFindings() {
    Random r = new Random(19);
    int covered = 0;
    int falseFindings = 0;
    int demoFirst = 0;
    int sims = 200;
    for (int s = 0; s < sims; s++) {
      List<String> paths = new ArrayList<>();
      for (int j = 0; j < 800; j++) {
        StringBuilder p = new StringBuilder();
        boolean demo = r.nextDouble() < 0.3;
        String[] others = {"search", "email", "call"};
        for (int k = 0; k < 1 + r.nextInt(4); k++) {
          p.append(others[r.nextInt(3)]).append(' ');
        }
        if (demo) {
          p.append("demo ");
        }
        if (r.nextDouble() < (demo ? 0.5 : 0.2)) {
          p.append("order ");
        }
        paths.add(p.toString().trim());
      }
      ConversionCorrelation c =
          ConversionCorrelation.of(
              journeys(paths), Dimension.TOUCHPOINT, 5, 0.95, PValueAdjustment.HOLM);
      ConversionCorrelation.Feature demo = feature(c, "demo");
      covered += demo.oddsRatio().interval().contains(4.0) ? 1 : 0;
      demoFirst += c.features().get(0).name().equals("demo") ? 1 : 0;
      boolean any = false;
      for (ConversionCorrelation.Feature f : c.features()) {
        any |= !f.name().equals("demo") && f.adjustedPValue() < 0.05;
      }
      falseFindings += any ? 1 : 0;
    }
    assertTrue(covered >= 0.90 * sims && covered <= 0.99 * sims, "coverage " + covered);
    assertEquals(sims, demoFirst);
    assertTrue(falseFindings <= 0.10 * sims, "family-wise false findings " + falseFindings);
  }

  private static ConversionCorrelation.Feature feature(ConversionCorrelation c, String name) {
    return c.features().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }
}
