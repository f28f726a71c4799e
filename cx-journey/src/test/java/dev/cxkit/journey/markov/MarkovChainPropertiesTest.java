package dev.cxkit.journey.markov;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cxkit.journey.JourneyTesting;
import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import dev.cxkit.journey.paths.PathOptions;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class MarkovChainPropertiesTest {

  /** Every row of the transition matrix sums to 1 (absorbing rows by their self-loop). */
  @Property(tries = 100)
  void transitionRowsSumToOne(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int order, @ForAll boolean collapse) {
    EventLog log = JourneyTesting.randomLog(seed, 30, 8, true);
    Journeys js =
        JourneyAssembler.assemble(
            log,
            SplitRules.none().withGoal(EventFilter.types(log.dictionaries(), "order"), false),
            TieBreak.ARRIVAL);
    PathOptions opt =
        collapse
            ? PathOptions.of(Dimension.CHANNEL).collapsingRepeats()
            : PathOptions.of(Dimension.TOUCHPOINT);
    TransitionCounts c = TransitionCounts.of(js, opt, order);
    if (order > Math.max(1, c.longestPath())) {
      return;
    }
    MarkovChain m = c.chain();
    for (int s = 0; s < m.stateCount(); s++) {
      double sum = 0;
      for (int t : m.successors(s)) {
        sum += m.probability(s, t);
      }
      assertEquals(1.0, sum, 1e-12, m.stateName(s));
    }
  }
}
