package dev.cxkit.benchmarks.insight;

import dev.cxkit.journey.markov.MarkovChain;
import dev.cxkit.model.journey.JourneyType;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.MapStage;
import dev.cxkit.model.map.MapState;
import dev.cxkit.model.map.Step;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/** Synthetic maps and chains for the insight benchmarks. */
final class InsightFixtures {
  private InsightFixtures() {}

  /**
   * A 30-step map over 5 stages: each step goes to the next; every third step also branches two
   * ahead; every seventh loops back three steps.
   */
  static JourneyMap branchingMap(int steps) {
    JourneyMap.Builder b =
        JourneyMap.builder()
            .id("bench")
            .name("Bench")
            .version("1")
            .state(MapState.CURRENT)
            .journeyType(JourneyType.PURCHASE);
    int stages = 5;
    for (int s = 0; s < stages; s++) {
      b.addStage(MapStage.of("stage" + s, "Stage " + s));
    }
    for (int i = 0; i < steps; i++) {
      Step.Builder s =
          Step.builder()
              .id("s" + i)
              .name("Step " + i)
              .stageId("stage" + (i * stages / steps))
              .addTouchpointIds("tp" + i)
              .addChannelIds("ch" + (i % 4));
      if (i + 1 < steps) {
        s.addNext("s" + (i + 1));
        if (i % 3 == 0 && i + 2 < steps) {
          s.addNext("s" + (i + 2));
        }
        if (i % 7 == 6) {
          s.addNext("s" + (i - 3));
        }
      }
      b.addStep(s.build());
    }
    return b.build();
  }

  /** A random sparse chain: each state has 3 successors, conversion and drop-off. */
  static MarkovChain randomChain(int states, long seed) {
    Random rnd = new Random(seed);
    MarkovChain.Builder b = MarkovChain.builder().transition(MarkovChain.START_NAME, "s1", 1);
    for (int i = 1; i <= states; i++) {
      double[] w = new double[5];
      double sum = 0;
      for (int k = 0; k < 5; k++) {
        w[k] = rnd.nextDouble() + (k >= 3 ? 0.05 : 0);
        sum += w[k];
      }
      String[] to = {
        "s" + (1 + rnd.nextInt(states)),
        "s" + (1 + rnd.nextInt(states)),
        "s" + (1 + Math.min(states - 1, i)),
        MarkovChain.CONVERSION_NAME,
        MarkovChain.DROP_OFF_NAME
      };
      Map<String, Double> row = new LinkedHashMap<>();
      for (int k = 0; k < 5; k++) {
        row.merge(to[k], w[k] / sum, Double::sum);
      }
      for (Map.Entry<String, Double> e : row.entrySet()) {
        b.transition("s" + i, e.getKey(), e.getValue());
      }
    }
    return b.build();
  }
}
