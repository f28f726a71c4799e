package dev.cxkit.journey.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cxkit.journey.JourneyTesting;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class JourneyAssemblyPropertiesTest {

  /** Every event lands in exactly one journey: the journeys partition the log. */
  @Property(tries = 200)
  void everyEventLandsInExactlyOneJourney(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int customers) {
    Random r = new Random(seed);
    EventLog log = JourneyTesting.randomLog(seed, customers, 15, true);
    Journeys js =
        JourneyAssembler.assemble(
            log, JourneyTesting.randomRules(r, log.dictionaries()), TieBreak.ARRIVAL);
    assertEquals(log.size(), js.eventCount());
    List<String> fromLog = new ArrayList<>();
    for (int i = 0; i < log.size(); i++) {
      fromLog.add(
          log.customer(i)
              + "/"
              + log.time(i)
              + "/"
              + log.touchpoint(i)
              + "/"
              + log.channel(i)
              + "/"
              + log.type(i)
              + "/"
              + log.stage(i));
    }
    List<String> fromJourneys = new ArrayList<>();
    for (int j = 0; j < js.count(); j++) {
      for (int i = js.start(j); i < js.end(j); i++) {
        fromJourneys.add(
            js.customer(j)
                + "/"
                + js.time(i)
                + "/"
                + js.touchpoint(i)
                + "/"
                + js.channel(i)
                + "/"
                + js.type(i)
                + "/"
                + js.stage(i));
      }
    }
    Collections.sort(fromLog);
    Collections.sort(fromJourneys);
    assertEquals(fromLog, fromJourneys);
  }

  /**
   * Results do not depend on input order once the events are sorted by the assembler (content
   * tie-break): the journeys of any permutation of the same events are the same, by name.
   */
  @Property(tries = 100)
  void journeysDoNotDependOnInputOrder(@ForAll long seed) {
    EventLog log = JourneyTesting.randomLog(seed, 12, 10, false);
    Random r = new Random(seed);
    EventDictionaries d2 = new EventDictionaries();
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < log.size(); i++) {
      idx.add(i);
    }
    Collections.shuffle(idx, r);
    EventLog.Builder b = EventLog.builder(d2);
    EventDictionaries d = log.dictionaries();
    for (int i : idx) {
      b.add(
          d.customers().name(log.customer(i)),
          log.time(i),
          d.touchpoints().name(log.touchpoint(i)),
          d.channels().name(log.channel(i)),
          d.types().name(log.type(i)),
          d.stages().name(log.stage(i)));
    }
    EventLog shuffled = b.build();
    SplitRules rules1 = JourneyTesting.randomRules(new Random(seed), d);
    SplitRules rules2 = JourneyTesting.randomRules(new Random(seed), d2);
    assertEquals(
        named(JourneyAssembler.assemble(log, rules1, TieBreak.CONTENT)),
        named(JourneyAssembler.assemble(shuffled, rules2, TieBreak.CONTENT)));
  }

  private static List<String> named(Journeys js) {
    EventDictionaries d = js.dictionaries();
    List<String> out = new ArrayList<>();
    for (int j = 0; j < js.count(); j++) {
      StringBuilder sb =
          new StringBuilder(d.customers().name(js.customer(j))).append(js.converted(j) ? "+" : "-");
      for (int i = js.start(j); i < js.end(j); i++) {
        sb.append('|')
            .append(js.time(i))
            .append(d.touchpoints().name(js.touchpoint(i)))
            .append(d.types().name(js.type(i)))
            .append(d.channels().name(js.channel(i)))
            .append(d.stages().name(js.stage(i)));
      }
      out.add(sb.toString());
    }
    Collections.sort(out);
    return out;
  }
}
