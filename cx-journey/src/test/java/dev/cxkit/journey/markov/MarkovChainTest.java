package dev.cxkit.journey.markov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.JourneyTesting;
import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import dev.cxkit.journey.paths.PathOptions;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MarkovChainTest {
  private static final PathOptions TP = PathOptions.of(Dimension.TOUCHPOINT);

  @Test
  void firstOrderChainByHand() {
    // paths: a b -> conv, a -> null, b b -> conv
    Journeys js = JourneyTesting.journeys("a b order", "a", "b b order");
    MarkovChain m = TransitionCounts.of(js, TP, 1).chain();
    int a = m.state("a");
    int b = m.state("b");
    assertEquals(2.0 / 3, m.probability(MarkovChain.START, a), 1e-15);
    assertEquals(1.0 / 3, m.probability(MarkovChain.START, b), 1e-15);
    assertEquals(0.5, m.probability(a, b), 1e-15);
    assertEquals(0.5, m.probability(a, MarkovChain.NON_CONVERSION), 1e-15);
    assertEquals(1.0 / 3, m.probability(b, b), 1e-15);
    assertEquals(2.0 / 3, m.probability(b, MarkovChain.CONVERSION), 1e-15);
    assertEquals(1.0, m.probability(MarkovChain.CONVERSION, MarkovChain.CONVERSION));
    // hand solution of x = Qx + r: x_b = 1, x_a = 1/2, x_start = 2/3 (= observed conversion 2 of 3)
    Absorption abs = m.absorption();
    assertEquals(1.0, abs.conversionProbability(b), 1e-12);
    assertEquals(0.5, abs.conversionProbability(a), 1e-12);
    assertEquals(2.0 / 3, abs.conversionProbability(MarkovChain.START), 1e-12);
    // t = 1 + Qt: t_b = 3/2, t_a = 7/4, t_start = 8/3 (= mean transitions per journey (3+2+3)/3)
    assertEquals(1.5, abs.expectedSteps(b), 1e-12);
    assertEquals(1.75, abs.expectedSteps(a), 1e-12);
    assertEquals(8.0 / 3, abs.expectedSteps(MarkovChain.START), 1e-12);
    // expected time from start = mean observed time to absorption: (120 s + 0 + 120 s) / 3
    assertEquals(80_000.0, abs.expectedMillis(MarkovChain.START), 1e-6);
    double ll =
        2 * Math.log(2.0 / 3)
            + Math.log(1.0 / 3)
            + 2 * Math.log(0.5)
            + Math.log(1.0 / 3)
            + 2 * Math.log(2.0 / 3);
    assertEquals(ll, m.logLikelihood(), 1e-12);
    assertEquals(3, m.parameters());
    assertEquals(8, m.observations());
    assertEquals(2 * 3 - 2 * ll, m.aic(), 1e-12);
    assertEquals(3 * Math.log(8) - 2 * ll, m.bic(), 1e-12);
  }

  @Test
  void higherOrderStatesCarryStartPadding() {
    Journeys js = JourneyTesting.journeys("a b order", "a", "b b order");
    MarkovChain m = TransitionCounts.of(js, TP, 2).chain();
    assertTrue(m.stateNames().contains("(start) > a"), m.stateNames().toString());
    assertTrue(m.stateNames().contains("b > b"), m.stateNames().toString());
    assertEquals(1.0, m.probability(m.state("a > b"), MarkovChain.CONVERSION));
  }

  /**
   * For the maximum-likelihood chain the expected flow through each state equals the observed
   * counts, so from the start state the absorbing analysis reproduces the observed conversion rate,
   * mean transitions per journey and mean time to absorption, for every order with the one solver;
   * and it agrees with a naive oracle (the fundamental matrix by Gauss-Jordan).
   */
  @Test
  void absorptionReproducesObservedFlowsAndMatchesTheNaiveOracle() {
    Random r = new Random(5);
    for (int round = 0; round < 20; round++) {
      EventLog log = JourneyTesting.randomLog(r.nextLong(), 60, 8, true);
      SplitRules rules =
          SplitRules.none()
              .withInactivityGap(Duration.ofMinutes(30))
              .withGoal(EventFilter.types(log.dictionaries(), "order"), true);
      Journeys js = JourneyAssembler.assemble(log, rules, TieBreak.ARRIVAL);
      double conversions = js.convertedCount();
      double transitions = 0;
      double millis = 0;
      for (int j = 0; j < js.count(); j++) {
        int end = js.converted(j) ? js.start(j) + js.conversionIndex(j) : js.end(j);
        transitions += end - js.start(j) + 1;
        if (js.converted(j)) {
          millis += js.time(end) - js.time(js.start(j));
        } else {
          millis += js.time(end - 1) - js.time(js.start(j));
        }
      }
      for (int order = 1; order <= 3; order++) {
        TransitionCounts counts = TransitionCounts.of(js, TP, order);
        if (order > counts.longestPath()) {
          continue;
        }
        MarkovChain m = counts.chain();
        Absorption a = m.absorption();
        assertEquals(conversions / js.count(), a.conversionProbability(MarkovChain.START), 1e-9);
        assertEquals(transitions / js.count(), a.expectedSteps(MarkovChain.START), 1e-8);
        assertEquals(
            millis / js.count(),
            a.expectedMillis(MarkovChain.START),
            1e-6 * (1 + millis / js.count()));
        double[] oracle = oracleConversion(m);
        for (int s = 0; s < m.stateCount(); s++) {
          assertEquals(oracle[s], a.conversionProbability(s), 1e-9, "state " + m.stateName(s));
        }
      }
    }
  }

  /** Naive oracle: N = (I - Q)^-1 by Gauss-Jordan with partial pivoting, then B = N R. */
  static double[] oracleConversion(MarkovChain m) {
    int n = m.stateCount();
    double[][] aug = new double[n][2 * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        boolean bothTransient = !m.isAbsorbing(i) && !m.isAbsorbing(j);
        aug[i][j] = (i == j ? 1.0 : 0.0) - (bothTransient ? m.probability(i, j) : 0.0);
      }
      aug[i][n + i] = 1.0;
    }
    for (int c = 0; c < n; c++) {
      int p = c;
      for (int i = c + 1; i < n; i++) {
        if (Math.abs(aug[i][c]) > Math.abs(aug[p][c])) {
          p = i;
        }
      }
      double[] t = aug[c];
      aug[c] = aug[p];
      aug[p] = t;
      double d = aug[c][c];
      for (int j = 0; j < 2 * n; j++) {
        aug[c][j] /= d;
      }
      for (int i = 0; i < n; i++) {
        if (i != c && aug[i][c] != 0) {
          double f = aug[i][c];
          for (int j = 0; j < 2 * n; j++) {
            aug[i][j] -= f * aug[c][j];
          }
        }
      }
    }
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      if (i == MarkovChain.CONVERSION) {
        b[i] = 1.0;
        continue;
      }
      if (m.isAbsorbing(i)) {
        continue;
      }
      for (int k = 0; k < n; k++) {
        if (!m.isAbsorbing(k)) {
          b[i] += aug[i][n + k] * m.probability(k, MarkovChain.CONVERSION);
        }
      }
    }
    return b;
  }

  @Test
  void orderAboveWhatTheDataSupportsIsRefused() {
    Journeys js = JourneyTesting.journeys("a b order", "a");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TransitionCounts.of(js, TP, 3).chain());
    assertEquals(
        "order must be at most the longest path (2 steps) to be supported by the data, was 3",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> TransitionCounts.of(js, TP, 0));
    assertEquals("order must be in 1..16, was 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> OrderSelection.compare(js, TP, 4));
    assertEquals(
        "maxOrder must be at most the longest path (2 steps) to be supported by the data, was 4",
        e.getMessage());
  }

  @Test
  void mergedCountsEqualCountsOfTheWhole() {
    EventLog log = JourneyTesting.randomLog(9, 80, 8, true);
    Journeys js =
        JourneyAssembler.assemble(
            log,
            SplitRules.none().withGoal(EventFilter.types(log.dictionaries(), "order"), true),
            TieBreak.ARRIVAL);
    TransitionCounts a = TransitionCounts.create(js.dictionaries(), TP, 2);
    TransitionCounts b = TransitionCounts.create(js.dictionaries(), TP, 2);
    int[] n = {0};
    js.forEach(j -> (n[0]++ % 3 == 0 ? a : b).journey(j));
    MarkovChain whole = TransitionCounts.of(js, TP, 2).chain();
    MarkovChain merged = b.addAll(a).chain();
    assertEquals(whole.logLikelihood(), merged.logLikelihood(), 1e-9);
    assertEquals(whole.observations(), merged.observations());
    for (String s : whole.stateNames()) {
      for (String t : whole.stateNames()) {
        assertEquals(
            whole.count(whole.state(s), whole.state(t)),
            merged.count(merged.state(s), merged.state(t)));
      }
    }
  }
}
