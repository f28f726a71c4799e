package dev.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationSplitTest {

  /**
   * The summaries built here from CDNOW_sample.txt equal the full-precision reference file
   * cdnow_cbs_cal39_hold39.csv row by row (see cdnow/SOURCE.md); totals 2,357 customers, x = 2,457,
   * x* = 1,882, 946 repeat buyers (Fader, Hardie &amp; Lee 2005; BTYD cdnowSummary).
   */
  @Test
  void cdnowSummariesFromRawTransactionsMatchReferenceFile() {
    TransactionImport raw = Cdnow.rawImport();
    assertEquals(0, raw.report().rejected());
    assertEquals(6919, raw.importedCount());
    CustomerSummaries s = Cdnow.summaries();
    List<Cdnow.Row> ref = Cdnow.referenceRows();
    assertEquals(2357, s.size());
    assertEquals(ref.size(), s.size());
    int repeatBuyers = 0;
    for (int i = 0; i < s.size(); i++) {
      Cdnow.Row row = ref.get(i);
      String where = "customer " + row.cust();
      assertEquals(Integer.parseInt(row.cust()), Integer.parseInt(s.customerId(i)), where);
      assertEquals(row.x(), s.frequency(i), where);
      assertEquals(row.tx(), s.recency(i), 1e-6, where);
      assertEquals(row.age(), s.age(i), 1e-6, where);
      assertEquals(row.mx(), s.meanRepeatSpend(i), 1e-6, where);
      assertEquals(row.xStar(), s.holdoutFrequency(i), where);
      assertEquals(row.salesStar(), s.holdoutSpend(i), 1e-6, where);
      repeatBuyers += s.frequency(i) > 0 ? 1 : 0;
    }
    assertEquals(2457, s.totalFrequency());
    assertEquals(1882, s.totalHoldoutFrequency());
    assertEquals(946, repeatBuyers);
    assertEquals(39.0, s.holdoutLength());
  }

  @Test
  void sameDayPurchasesMergeAndOrderDoesNotMatter() {
    Transactions log =
        Transactions.builder()
            .add("b", LocalDate.of(2024, 1, 15), 5.0)
            .add("a", LocalDate.of(2024, 1, 8), 10.0)
            .add("a", LocalDate.of(2024, 1, 1), 1.0)
            .add("a", LocalDate.of(2024, 1, 8), 20.0)
            .add("a", LocalDate.of(2024, 2, 5), 7.0)
            .add("b", LocalDate.of(2024, 1, 20), 3.0)
            .build();
    CustomerSummaries s =
        CalibrationSplit.days(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29)).summarise(log);
    // customer b appears first in the log
    assertEquals("b", s.customerId(0));
    assertEquals(1, s.frequency(0));
    assertEquals(5.0, s.recency(0));
    assertEquals(16.0, s.age(0));
    assertEquals(3.0, s.meanRepeatSpend(0));
    assertEquals("a", s.customerId(1));
    assertEquals(1, s.frequency(1)); // Jan 8 counted once (two purchases merged)
    assertEquals(7.0, s.recency(1));
    assertEquals(30.0, s.age(1));
    assertEquals(30.0, s.meanRepeatSpend(1));
    assertEquals(1, s.holdoutFrequency(1));
    assertEquals(7.0, s.holdoutSpend(1));
    assertEquals(29.0, s.holdoutLength());

    CustomerSummaries weeks =
        CalibrationSplit.weeks(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 1, 31))
            .summarise(
                Transactions.builder()
                    .add("a", LocalDate.of(2024, 1, 1), 1.0)
                    .add("a", LocalDate.of(2024, 1, 8), 1.0)
                    .build());
    assertEquals(1.0, weeks.recency(0));
    assertEquals(30.0 / 7.0, weeks.age(0));
    assertFalse(weeks.hasHoldout());
  }

  @Test
  void calibrationEndBeforeFirstPurchaseNamesCustomerAndDate() {
    Transactions log =
        Transactions.builder()
            .add("early", LocalDate.of(2024, 1, 1), 1.0)
            .add("late", LocalDate.of(2024, 3, 1), 1.0)
            .build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                CalibrationSplit.days(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 4, 1))
                    .summarise(log));
    assertTrue(e.getMessage().contains("customer late"), e.getMessage());
    assertTrue(e.getMessage().contains("2024-03-01"), e.getMessage());
    assertTrue(e.getMessage().contains("calibrationEnd"), e.getMessage());

    IllegalArgumentException afterHoldout =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                CalibrationSplit.days(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 2))
                    .summarise(
                        Transactions.builder()
                            .add("x", LocalDate.of(2024, 3, 1), 1.0)
                            .add("x", LocalDate.of(2024, 3, 5), 1.0)
                            .build()));
    assertTrue(afterHoldout.getMessage().contains("holdoutEnd"), afterHoldout.getMessage());
    assertTrue(afterHoldout.getMessage().contains("2024-03-05"), afterHoldout.getMessage());

    assertThrows(
        IllegalArgumentException.class,
        () -> CalibrationSplit.days(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CalibrationSplit(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 2), 0.0));
  }

  @Test
  void negativeAmountIsRejectedNamingCustomer() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Transactions.builder().add("c9", LocalDate.of(2024, 1, 1), -2.0));
    assertTrue(e.getMessage().contains("c9") && e.getMessage().contains("-2.0"), e.getMessage());
  }

  @Test
  void splitReportsWhatItLeavesOutInsteadOfRefusingOrStretching() {
    // issue 15: customers who first buy after the cut-off and purchases after the holdout are
    // reported, not silently refused or included
    Transactions log =
        Transactions.builder()
            .add("a", LocalDate.of(2024, 1, 1), 1.0)
            .add("a", LocalDate.of(2024, 1, 10), 2.0)
            .add("a", LocalDate.of(2024, 2, 20), 4.0)
            .add("a", LocalDate.of(2099, 1, 1), 8.0) // a typo: not a holdout of 75 years
            .add("b", LocalDate.of(2024, 2, 1), 1.0) // first purchase on the calibration end
            .add("c", LocalDate.of(2024, 2, 5), 1.0) // first purchase in the holdout
            .build();
    CalibrationSplit split =
        CalibrationSplit.days(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1));
    CalibrationSplit.Outcome o = split.split(log);
    assertEquals(1, o.summaries().size());
    assertEquals("a", o.summaries().customerId(0));
    assertEquals(1, o.summaries().frequency(0));
    assertEquals(1, o.summaries().holdoutFrequency(0));
    assertEquals(29.0, o.summaries().holdoutLength());
    assertEquals(2, o.customersWithoutHistory());
    assertEquals(1, o.purchasesAfterHoldout());
    assertTrue(
        String.join(" ", o.notes()).contains("customer a: purchase 2099-01-01"),
        o.notes().toString());
    assertTrue(
        String.join(" ", o.notes()).contains("customer b: first purchase 2024-02-01"),
        o.notes().toString());
    IllegalArgumentException strict =
        assertThrows(IllegalArgumentException.class, () -> split.summarise(log));
    assertTrue(
        strict.getMessage().contains("2 customer(s) and 1 purchase(s)"), strict.getMessage());
  }

  @Test
  void asOfSplitHasNoHoldout() {
    Transactions log =
        Transactions.builder()
            .add("a", LocalDate.of(2024, 1, 1), 1.0)
            .add("a", LocalDate.of(2024, 1, 15), 3.0)
            .build();
    CalibrationSplit asOf = CalibrationSplit.weeksAsOf(LocalDate.of(2024, 1, 29));
    assertTrue(!asOf.hasHoldout());
    CustomerSummaries cbs = asOf.summarise(log);
    assertTrue(!cbs.hasHoldout());
    assertEquals(2.0, cbs.recency(0));
    assertEquals(4.0, cbs.age(0));
    assertEquals(3.0, cbs.meanRepeatSpend(0));
  }
}
