package dev.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-call scoring table against the per-customer methods it batches (a naive oracle). */
class CustomerScoresTest {
  private static final ClvSpecification SPEC =
      ClvSpecification.builder()
          .margin(0.3)
          .periods(12)
          .periodLength(52.0 / 12)
          .discountRate(0.01)
          .build();

  @Test
  void everyColumnEqualsThePerCustomerCalculation() {
    CustomerSummaries cbs = Cdnow.summaries();
    GammaGamma gg = GammaGamma.fit(cbs).model();
    for (TransactionModel m :
        List.of(BgNbd.fit(cbs).model(), MbgNbd.fit(cbs).model(), ParetoNbd.fit(cbs).model())) {
      CustomerScores s = CustomerScores.score(m, gg, cbs, SPEC);
      assertEquals(cbs.size(), s.size());
      double total = 0;
      for (int i = 0; i < cbs.size(); i += 7) {
        int x = cbs.frequency(i);
        double tx = cbs.recency(i);
        double age = cbs.age(i);
        assertEquals(m.probabilityAlive(x, tx, age), s.probabilityAlive(i), 1e-12);
        assertEquals(
            m.conditionalExpectedTransactions(SPEC.horizon(), x, tx, age),
            s.expectedPurchases(i),
            1e-10);
        assertEquals(
            gg.customerLifetimeValue(m, x, tx, age, cbs.meanRepeatSpend(i), SPEC),
            s.lifetimeValue(i).getAsDouble(),
            1e-9);
      }
      for (int i = 0; i < cbs.size(); i++) {
        total += s.lifetimeValue(i).getAsDouble();
      }
      assertEquals(total, s.totalLifetimeValue().getAsDouble(), 1e-6);
      List<CustomerScores.Row> top = s.top(10);
      assertEquals(10, top.size());
      for (int k = 1; k < top.size(); k++) {
        assertTrue(
            top.get(k - 1).lifetimeValue().getAsDouble()
                >= top.get(k).lifetimeValue().getAsDouble());
      }
      assertTrue(s.toString().contains("lifetimeValue="), s.toString());
      assertEquals(8, s.rows().get(0).size());
    }
  }

  @Test
  void withoutSpendThereAreNoValueColumns() {
    CustomerSummaries merged = Cdnow.summaries().aggregated();
    BgNbd m = BgNbd.fit(merged).model();
    CustomerScores s = CustomerScores.score(m, merged, SPEC);
    assertFalse(s.hasSpend());
    assertTrue(s.lifetimeValue(0).isEmpty());
    assertEquals("", s.rows().get(0).get(7));
    assertEquals(Cdnow.summaries().size(), merged.totalWeight(), 0.0);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CustomerScores.score(m, GammaGamma.of(6, 3.7, 15), merged, SPEC));
    assertTrue(e.getMessage().contains("m_x"), e.getMessage());
  }
}
