package dev.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The process simulation behind the bootstrap's realised totals against the closed forms it must
 * reproduce on average: mean simulated transactions = {@code E[Y(t) | x, t_x, T]} and mean
 * discounted margin = {@code margin · E[M | x, m_x] · DET}.
 */
class FutureSimulatorTest {
  @Test
  void averagesMatchTheConditionalExpectations() {
    GammaGamma gg = GammaGamma.of(6.25, 3.74, 15.44);
    ClvSpecification spec =
        ClvSpecification.builder()
            .margin(0.3)
            .periods(6)
            .periodLength(4.33)
            .discountRate(0.02)
            .build();
    TransactionModel[] models = {
      BgNbd.of(0.243, 4.414, 0.793, 2.426),
      MbgNbd.of(0.525, 6.183, 0.891, 1.614),
      ParetoNbd.of(0.553, 10.578, 0.606, 11.669)
    };
    int[][] histories = {{0, 0}, {2, 30}, {7, 36}};
    int draws = 200_000;
    for (TransactionModel m : models) {
      for (int[] h : histories) {
        int x = h[0];
        double tx = h[1];
        double age = 38.86;
        double mean = x == 0 ? 0 : 22.0;
        FutureSimulator sim = new FutureSimulator(m, gg, spec, new SplittableRandom(3));
        double alive = m.probabilityAlive(x, tx, age);
        double count = 0;
        double value = 0;
        for (int i = 0; i < draws; i++) {
          sim.simulate(x, tx, age, mean, alive);
          count += sim.transactions;
          value += sim.value;
        }
        double expected = m.conditionalExpectedTransactions(spec.horizon(), x, tx, age);
        assertEquals(expected, count / draws, 0.02 * Math.max(0.2, expected), m + " x=" + x);
        double clv = gg.customerLifetimeValue(m, x, tx, age, mean, spec);
        assertEquals(clv, value / draws, 0.03 * Math.max(1, clv), m + " value x=" + x);
      }
    }
  }
}
