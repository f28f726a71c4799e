package dev.cxkit.metrics.retention;

import static dev.cxkit.metrics.retention.RetentionTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CohortRetentionTableTest {

  /** Periods 0..3; nine customers in four cohorts (hand-counted expectations below). */
  static CohortCounts example() {
    return new CohortCounts.Accumulator(3)
        .addCustomer(0, 0, 1, 2, 3) // A
        .addCustomer(0, 2) //          B (age 0 implied)
        .addCustomer(0) //             C
        .addCustomer(0, 1, 0, 1) //    D, duplicates count once
        .addCustomer(1, 1, 2) //       E
        .addCustomer(1, 3) //          F
        .addCustomer(2, 2) //          G
        .addCustomer(2, 3) //          H
        .addCustomer(3, 3) //          I
        .snapshot();
  }

  @Test
  void classicCells() {
    CohortRetentionTable t = CohortRetentionTable.of(example(), RetentionKind.CLASSIC);
    assertEquals(1.0, t.retention(0, 0).orElseThrow(), 0);
    assertEquals(0.5, t.retention(0, 1).orElseThrow(), 0);
    assertEquals(0.5, t.retention(0, 2).orElseThrow(), 0);
    assertEquals(0.25, t.retention(0, 3).orElseThrow(), 0);
    assertEquals(0.5, t.retention(1, 1).orElseThrow(), 0);
    assertEquals(0.5, t.retention(1, 2).orElseThrow(), 0);
    assertEquals(0.5, t.retention(2, 1).orElseThrow(), 0);
    assertEquals(1.0, t.retention(3, 0).orElseThrow(), 0);
    assertEquals(4, t.counts().cohortSize(0));
    assertEquals(4, t.cohorts());
  }

  @Test
  void cellsPastTheHorizonAreMissingNotZero() {
    CohortRetentionTable t = CohortRetentionTable.of(example(), RetentionKind.CLASSIC);
    assertFalse(t.isObserved(1, 3));
    assertFalse(t.retention(1, 3).isPresent());
    assertFalse(t.retention(2, 2).isPresent());
    assertFalse(t.retention(3, 1).isPresent());
    assertTrue(t.isObserved(3, 0));
    assertRejected(
        () -> t.counts().retained(1, 3, RetentionKind.CLASSIC), "age", "[0, 2]", "cohort 1");
  }

  @Test
  void rollingCountsLastActivityAtOrAfterAge() {
    CohortRetentionTable t = CohortRetentionTable.of(example(), RetentionKind.ROLLING);
    assertEquals(0.75, t.retention(0, 1).orElseThrow(), 0);
    assertEquals(0.5, t.retention(0, 2).orElseThrow(), 0);
    assertEquals(0.25, t.retention(0, 3).orElseThrow(), 0);
    assertEquals(1.0, t.retention(1, 1).orElseThrow(), 0);
    assertEquals(0.5, t.retention(1, 2).orElseThrow(), 0);
  }

  @Test
  void pooledCurveUsesOnlyObservedCohortsAndPoolsCounts() {
    CohortRetentionTable classic = CohortRetentionTable.of(example(), RetentionKind.CLASSIC);
    // age 1: cohorts 0..2 -> (2 + 1 + 1) / (4 + 2 + 2); age 2: cohorts 0..1 -> 3 / 6;
    // age 3: cohort 0 only -> 1 / 4. Cohort 3 (not yet one period old) does not count as 0.
    assertArrayEquals(new double[] {1.0, 0.5, 0.5, 0.25}, classic.pooledCurve(), 0);
    CohortRetentionTable rolling = CohortRetentionTable.of(example(), RetentionKind.ROLLING);
    assertArrayEquals(new double[] {1.0, 0.75, 0.5, 0.25}, rolling.pooledCurve(), 0);
    assertFalse(classic.pooledRetention(4).isPresent());
  }

  @Test
  void emptyCohortsHaveNoRate() {
    CohortCounts c = new CohortCounts.Accumulator(2).addCustomer(1, 2).snapshot();
    CohortRetentionTable t = CohortRetentionTable.of(c, RetentionKind.CLASSIC);
    assertTrue(t.isObserved(0, 1));
    assertFalse(t.retention(0, 1).isPresent());
    assertArrayEquals(new double[] {1.0, 1.0}, t.pooledCurve(), 0);
    assertArrayEquals(
        new double[0],
        CohortRetentionTable.of(CohortCounts.empty(2), RetentionKind.CLASSIC).pooledCurve(),
        0);
  }

  @Test
  void mergeEqualsOneShot() {
    CohortCounts a =
        new CohortCounts.Accumulator(3)
            .addCustomer(0, 0, 1, 2, 3)
            .addCustomer(1, 3)
            .addCustomer(3, 3)
            .addCustomer(0, 2)
            .snapshot();
    CohortCounts b =
        new CohortCounts.Accumulator(3)
            .addCustomer(0)
            .addCustomer(2, 2)
            .addCustomer(0, 1, 0, 1)
            .addCustomer(1, 1, 2)
            .addCustomer(2, 3)
            .snapshot();
    assertEquals(example(), a.plus(b));
    assertEquals(example(), b.plus(a));
    assertEquals(example(), example().plus(CohortCounts.empty(3)));
    assertEquals(example().hashCode(), b.plus(a).hashCode());
  }

  @Test
  void rejectsBadInput() {
    CohortCounts.Accumulator acc = new CohortCounts.Accumulator(3);
    assertRejected(() -> acc.addCustomer(4), "cohortPeriod", "[0, 3]", "4");
    assertRejected(() -> acc.addCustomer(2, 1), "activePeriods[0]", "cohortPeriod=2", "1");
    assertRejected(() -> acc.addCustomer(2, 2, 5), "activePeriods[1]", "lastObservedPeriod=3");
    assertRejected(() -> new CohortCounts.Accumulator(-1), "lastObservedPeriod", "-1");
    assertRejected(
        () -> CohortCounts.empty(3).plus(CohortCounts.empty(4)), "lastObservedPeriod", "3", "4");
    CohortRetentionTable t = CohortRetentionTable.of(example(), RetentionKind.CLASSIC);
    assertRejected(() -> t.retention(-1, 0), "cohortPeriod", "-1");
    assertRejected(() -> t.retention(0, -1), "age", "-1");
  }
}
