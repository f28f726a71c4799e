package dev.cxkit.journey.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.JourneyTesting;
import dev.cxkit.journey.assembly.Distribution;
import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FlowsTest {

  @Test
  void stepTransitionsEntriesAndExits() {
    Journeys js = JourneyTesting.journeys("a b order", "a c", "b c d", "a b");
    Flows f = Flows.of(js, PathOptions.of(Dimension.TOUCHPOINT), 2);
    assertEquals(
        List.of(
            new Flows.FlowLink(0, "a", "b", 2),
            new Flows.FlowLink(0, "a", "c", 1),
            new Flows.FlowLink(0, "b", "c", 1)),
        f.links());
    Flows all = Flows.of(js, PathOptions.of(Dimension.TOUCHPOINT), 10);
    assertEquals(5, all.links().size()); // (0,a,b) (0,a,c) (0,b,c) (1,b,order) (1,c,d)
    assertEquals(List.of(new Flows.FlowNode("a", 3), new Flows.FlowNode("b", 1)), f.entries());
    assertEquals(
        List.of(
            new Flows.FlowExit("b", 0, 1),
            new Flows.FlowExit("c", 0, 1),
            new Flows.FlowExit("d", 0, 1),
            new Flows.FlowExit("order", 1, 0)),
        f.exits());
  }

  @Test
  void distributionsOfLengthAndTimeToConversion() {
    Journeys js = JourneyTesting.journeys("a b order", "a c", "order", "a b c d");
    JourneyDistributions d = JourneyDistributions.of(js);
    assertEquals(
        List.of(0L, 1L, 1L, 1L, 1L), java.util.Arrays.stream(d.lengthHistogram()).boxed().toList());
    assertEquals(2, d.timeToConversion().n());
    assertEquals(60_000.0, d.timeToConversion().median()); // 120 s and 0 s
    assertEquals(2.5, d.length().median());
  }

  @Test
  void quantilesFollowHyndmanFanType7() {
    // R: quantile(c(1, 2, 3, 4), c(.25, .5, .75, .9)) = 1.75 2.50 3.25 3.70 (type 7, the default)
    Distribution d = Distribution.of(new long[] {4, 1, 3, 2});
    assertEquals(1.75, d.p25(), 1e-12);
    assertEquals(2.5, d.median(), 1e-12);
    assertEquals(3.25, d.p75(), 1e-12);
    assertEquals(3.7, d.p90(), 1e-12);
    assertEquals(2.5, d.mean(), 1e-12);
    assertEquals(0, Distribution.of(new long[0]).n());
  }

  /** Seeded: counting in parts and merging with addAll gives the flows of all journeys. */
  @Test
  void countersMergeToTheWhole() {
    Random r = new Random(5);
    for (int round = 0; round < 30; round++) {
      EventLog log = JourneyTesting.randomLog(r.nextLong(), 40, 8, true);
      Journeys js =
          JourneyAssembler.assemble(
              log, JourneyTesting.randomRules(r, log.dictionaries()), TieBreak.ARRIVAL);
      PathOptions opt =
          r.nextBoolean()
              ? PathOptions.of(Dimension.TOUCHPOINT)
              : PathOptions.of(Dimension.CHANNEL).collapsingRepeats();
      int maxSteps = 2 + r.nextInt(6);
      Flows.Counter a = Flows.counter(js.dictionaries(), opt, maxSteps);
      Flows.Counter b = Flows.counter(js.dictionaries(), opt, maxSteps);
      js.forEach(j -> (r.nextBoolean() ? a : b).journey(j));
      assertEquals(js.count(), a.n() + b.n());
      Flows whole = Flows.of(js, opt, maxSteps);
      Flows merged = a.addAll(b).snapshot();
      assertEquals(whole.links(), merged.links());
      assertEquals(whole.entries(), merged.entries());
      assertEquals(whole.exits(), merged.exits());
      assertEquals(js.count(), a.n());
      assertTrue(a.toString().contains(js.count() + " journeys"), a::toString);
    }
    Journeys js = JourneyTesting.journeys("a b");
    Flows.Counter two = Flows.counter(js.dictionaries(), PathOptions.of(Dimension.TOUCHPOINT), 2);
    Flows.Counter three = Flows.counter(js.dictionaries(), PathOptions.of(Dimension.TOUCHPOINT), 3);
    assertThrows(IllegalArgumentException.class, () -> two.addAll(three));
  }
}
