package dev.cxkit.metrics.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 14: lifetime, cohort and survivor counts past Long.MAX_VALUE are refused, not wrapped. */
class CountOverflowTest {

  private static final long MAX = Long.MAX_VALUE;

  private static void assertOverflow(String prefix, Runnable r) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
    assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
    assertTrue(e.getMessage().contains("is outside the exact range"), e.getMessage());
  }

  @Test
  void lifetimeCountsWhoseCustomersDoNotFit() {
    assertOverflow(
        "customers overflow: 9223372036854775807 + 1",
        () -> LifetimeCounts.ofCounts(new double[] {1.0}, new long[] {MAX}, new long[] {1}));
    assertOverflow(
        "customers overflow: 9223372036854775807 + 9223372036854775807",
        () ->
            LifetimeCounts.ofCounts(
                new double[] {1.0, 2.0}, new long[] {MAX, 0}, new long[] {0, MAX}));
    LifetimeCounts full =
        LifetimeCounts.ofCounts(new double[] {1.0}, new long[] {MAX}, new long[] {0});
    assertEquals(MAX, full.customers());
    assertOverflow("churn events overflow: ", () -> full.plus(full));
    LifetimeCounts other =
        LifetimeCounts.ofCounts(new double[] {3.0}, new long[] {0}, new long[] {1});
    assertOverflow("customers overflow: ", () -> full.plus(other));
  }

  @Test
  void cohortSizesPastLongMaxAreRefused() {
    CohortCounts one = new CohortCounts.Accumulator(1).addCustomer(0, 0, 1).snapshot();
    CohortCounts sum = one;
    for (int i = 0; i < 62; i++) {
      sum = sum.plus(sum);
    }
    CohortCounts twoPow62 = sum;
    assertOverflow(
        "cohort size overflow: 4611686018427387904 + 4611686018427387904",
        () -> twoPow62.plus(twoPow62));
    // cohort 0 and cohort 1 each fit, together they do not
    CohortCounts later = new CohortCounts.Accumulator(1).addCustomer(1).snapshot();
    CohortCounts laterSum = later;
    for (int i = 0; i < 62; i++) {
      laterSum = laterSum.plus(laterSum);
    }
    CohortCounts laterOnly = laterSum;
    assertEquals(1L << 62, laterOnly.plus(CohortCounts.empty(1)).cohortSize(1));
    assertOverflow(
        "customers overflow: 4611686018427387904 + 4611686018427387904",
        () -> twoPow62.plus(laterOnly));
  }

  @Test
  void anObservationWindowTooLargeToHoldIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new CohortCounts.Accumulator(Integer.MAX_VALUE));
    assertEquals(
        "lastObservedPeriod must be in [0, 8191] (the table holds (n + 1)(n + 2) counts), was"
            + " 2147483647",
        e.getMessage());
  }

  @Test
  void sbgCohortsWhoseCustomersDoNotFit() {
    assertOverflow(
        "customers overflow: 9223372036854775807 + 9223372036854775807",
        () ->
            ShiftedBetaGeometric.fitCohorts(
                List.of(new long[] {MAX, MAX - 1, MAX - 2}, new long[] {MAX, 1, 0})));
  }
}
