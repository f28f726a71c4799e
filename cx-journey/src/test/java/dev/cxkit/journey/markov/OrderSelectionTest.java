package dev.cxkit.journey.markov;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import dev.cxkit.journey.paths.PathOptions;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OrderSelectionTest {

  private static Journeys simulate(boolean secondOrder, long seed) {
    Random r = new Random(seed);
    EventDictionaries d = new EventDictionaries();
    EventLog.Builder b = EventLog.builder(d);
    String[] s = {"a", "b", "c"};
    for (int c = 0; c < 600; c++) {
      int prev2 = r.nextInt(3);
      int prev1 = r.nextInt(3);
      int len = 6 + r.nextInt(6);
      for (int i = 0; i < len; i++) {
        int next;
        if (secondOrder) {
          // the next step is determined by the two before it 90% of the time
          next = r.nextDouble() < 0.9 ? (prev2 + 2 * prev1) % 3 : r.nextInt(3);
        } else {
          next = r.nextDouble() < 0.6 ? (prev1 + 1) % 3 : r.nextInt(3);
        }
        b.add("c" + c, i, s[next], "", "", "");
        prev2 = prev1;
        prev1 = next;
      }
    }
    return JourneyAssembler.assemble(b.build(), SplitRules.none(), TieBreak.ARRIVAL);
  }

  @Test
  void bicFindsTheGeneratingOrder() {
    PathOptions tp = PathOptions.of(Dimension.TOUCHPOINT);
    OrderSelection second = OrderSelection.compare(simulate(true, 1), tp, 3);
    assertEquals(2, second.bestByBic().order(), second.toString());
    OrderSelection first = OrderSelection.compare(simulate(false, 2), tp, 3);
    assertEquals(1, first.bestByBic().order(), first.toString());
    assertEquals(3, first.fits().size());
  }
}
