package dev.cxkit.journey.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.JourneyTesting;
import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class FunnelPropertiesTest {

  /** Funnel counts never increase along the steps, whatever the steps and ordering. */
  @Property(tries = 100)
  void countsNeverIncrease(@ForAll long seed, @ForAll boolean strict) {
    Random r = new Random(seed);
    EventLog log = JourneyTesting.randomLog(seed, 25, 10, true);
    Journeys js =
        JourneyAssembler.assemble(
            log, JourneyTesting.randomRules(r, log.dictionaries()), TieBreak.ARRIVAL);
    EventDictionaries d = log.dictionaries();
    String[] names = {"search", "product", "cart", "checkout", "order"};
    List<Checkpoint> steps = new java.util.ArrayList<>();
    for (int s = 0; s < 1 + r.nextInt(5); s++) {
      steps.add(
          new Checkpoint("s" + s, EventFilter.touchpoints(d, names[r.nextInt(names.length)])));
    }
    FunnelResult res =
        Funnel.of(steps, strict ? FunnelOrdering.STRICT : FunnelOrdering.LOOSE, null).analyze(js);
    assertTrue(res.steps().get(0).reached() <= res.journeys());
    for (int s = 1; s < res.steps().size(); s++) {
      assertTrue(res.steps().get(s).reached() <= res.steps().get(s - 1).reached());
      assertTrue(
          res.steps()
              .get(s)
              .fromPreviousInterval()
              .contains(res.steps().get(s).conversionFromPrevious()));
    }
  }

  /**
   * Counting in k chunks and merging with {@code addAll} gives the whole count (step reach, gap
   * distributions and n), whatever the chunking.
   */
  @Property(tries = 60)
  void chunkedCountsMergeToTheWhole(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int k) {
    Random r = new Random(seed);
    EventLog log = JourneyTesting.randomLog(seed, 30, 10, true);
    Journeys js =
        JourneyAssembler.assemble(
            log, JourneyTesting.randomRules(r, log.dictionaries()), TieBreak.ARRIVAL);
    EventDictionaries d = log.dictionaries();
    Funnel f =
        Funnel.of(
            List.of(
                new Checkpoint("search", EventFilter.touchpoints(d, "search")),
                new Checkpoint("cart", EventFilter.touchpoints(d, "cart")),
                new Checkpoint("order", EventFilter.touchpoints(d, "order"))),
            r.nextBoolean() ? FunnelOrdering.STRICT : FunnelOrdering.LOOSE,
            null);
    Funnel.Counter[] parts = new Funnel.Counter[k];
    for (int i = 0; i < k; i++) {
      parts[i] = f.counter();
    }
    js.forEach(j -> parts[r.nextInt(k)].journey(j));
    Funnel.Counter merged = f.counter();
    long counted = 0;
    for (Funnel.Counter p : parts) {
      counted += p.n();
      merged.addAll(p);
    }
    assertEquals(js.count(), counted);
    assertEquals(js.count(), merged.n());
    assertEquals(f.analyze(js), merged.snapshot());
    assertTrue(merged.toString().contains(js.count() + " journeys"), merged::toString);
  }
}
