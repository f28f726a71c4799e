package dev.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CustomerSummariesTest {

  private static void rejects(String expected, Runnable add) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, add::run);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertTrue(e.getMessage().contains("customer c7"), e.getMessage());
  }

  @Test
  void inconsistentRowsNameCustomerFieldValueAndRule() {
    CustomerSummaries.Builder b = CustomerSummaries.builder();
    rejects("t_x (recency) must not exceed T, was 40.0 > 39.0", () -> b.add("c7", 2, 40, 39, 1));
    rejects("t_x (recency) must be > 0 when x > 0", () -> b.add("c7", 2, 0, 39, 1));
    rejects("t_x (recency) must be 0 when x = 0", () -> b.add("c7", 0, 3, 39, 0));
    rejects("x (frequency) must be >= 0, was -1", () -> b.add("c7", -1, 0, 39, 0));
    rejects("T (age) must be finite and > 0, was -3.0", () -> b.add("c7", 0, 0, -3, 0));
    rejects("m_x (mean repeat spend) must be finite and >= 0", () -> b.add("c7", 1, 3, 39, -5));
    rejects("weight must be finite and > 0", () -> b.addWeighted("c7", 1, 3, 39, 5, 0));
    rejects("t_x (recency) must be finite and >= 0", () -> b.add("c7", 1, Double.NaN, 39, 5));
    IllegalArgumentException cols =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                CustomerSummaries.ofColumns(
                    new int[] {0, 3},
                    new double[] {0, 5},
                    new double[] {9, 4},
                    new double[] {1, 1}));
    assertTrue(cols.getMessage().contains("row 1"), cols.getMessage());
  }

  @Test
  void aggregationMergesIdenticalRowsAndKeepsLikelihood() {
    CustomerSummaries s =
        CustomerSummaries.builder()
            .add("a", 0, 0, 30, 0)
            .add("b", 2, 10, 30, 5)
            .add("c", 0, 0, 30, 0)
            .add("d", 2, 10, 30, 7)
            .add("e", 1, 4, 20, 3)
            .build();
    CustomerSummaries agg = s.aggregated();
    assertEquals(3, agg.size());
    assertEquals(5.0, agg.totalWeight());
    assertEquals(2.0, agg.weight(0));
    assertEquals(2.0, agg.weight(1));
    assertFalse(agg.hasSpend());
    assertThrows(IllegalStateException.class, () -> agg.meanRepeatSpend(0));
    BgNbd bg = BgNbd.of(0.3, 4, 0.8, 2.4);
    assertEquals(bg.logLikelihood(s), bg.logLikelihood(agg), 1e-10);
    ParetoNbd pn = ParetoNbd.of(0.5, 10, 0.6, 11);
    assertEquals(pn.logLikelihood(s), pn.logLikelihood(agg), 1e-10);
  }

  @Test
  void toStringUsesRootLocale() {
    CustomerSummaries s = CustomerSummaries.builder().add("a", 1, 1.5, 3, 2).build();
    assertEquals("CustomerSummaries{rows=1, customers=1, repeatTransactions=1}", s.toString());
  }
}
