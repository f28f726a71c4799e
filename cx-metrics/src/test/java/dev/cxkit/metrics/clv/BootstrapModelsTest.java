package dev.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bootstrap for MBG/NBD and Pareto/NBD, both methods, on a simulated Pareto/NBD base. */
class BootstrapModelsTest {
  @Test
  void everyCountModelBootstrapsBothWays() {
    BtydSimulation sim = BtydSimulation.paretoNbd(77, 800, 0.8, 6.0, 0.7, 10.0, 20, 39, 26);
    CustomerSummaries cbs = sim.summaries;
    ClvSpecification spec = ClvSpecification.builder().periods(1).periodLength(26).build();
    for (BtydFit<? extends TransactionModel> fit : List.of(MbgNbd.fit(cbs), ParetoNbd.fit(cbs))) {
      for (BootstrapMethod method : BootstrapMethod.values()) {
        PredictionIntervals pi =
            PredictionBootstrap.of(method, 40, 5).replicate(fit, cbs).predict(cbs, spec, 0.9);
        assertTrue(pi.replicates() >= 30, pi.toString());
        assertTrue(
            pi.transactions().parameterInterval().contains(pi.transactions().estimate()),
            pi.toString());
        PredictionIntervals.Customer c = pi.customer(0);
        assertEquals(
            fit.model().probabilityAlive(cbs.frequency(0), cbs.recency(0), cbs.age(0)),
            c.estimate().probabilityAlive(),
            1e-12);
        assertTrue(c.probabilityAlive().lower() <= c.probabilityAlive().upper());
      }
    }
  }
}
