package dev.cxkit.metrics.clv;

import static dev.cxkit.model.testing.WireTesting.assertWireContract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CustomerSummariesWireTest {

  private static CustomerSummaries.Builder rows(
      CustomerSummaries.Builder b, Random rnd, int from, int n, boolean holdout) {
    for (int i = from; i < from + n; i++) {
      int x = rnd.nextInt(4);
      double age = 10 + rnd.nextInt(30);
      double tx = x == 0 ? 0 : 1 + rnd.nextInt((int) age - 1);
      double m = x == 0 ? 0 : 5 + rnd.nextInt(50) / 4.0;
      if (holdout) {
        b.add("c\u00e9" + i, x, tx, age, m, rnd.nextInt(3), rnd.nextInt(40) / 2.0);
      } else {
        b.add("c\u00e9" + i, x, tx, age, m);
      }
    }
    return b;
  }

  @Property(tries = 100)
  void summariesRoundTripAndRefuseHostileBytes(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int n, @ForAll boolean holdout) {
    Random rnd = new Random(seed);
    CustomerSummaries.Builder b = CustomerSummaries.builder();
    if (holdout) {
      b.holdoutLength(39);
    }
    CustomerSummaries s = rows(b, rnd, 0, n, holdout).build();
    assertWireContract(
        s, CustomerSummaries::toBytes, CustomerSummaries::fromBytes, "CustomerSummaries", seed, 40);
    CustomerSummaries grouped = s.aggregated();
    assertWireContract(
        grouped,
        CustomerSummaries::toBytes,
        CustomerSummaries::fromBytes,
        "CustomerSummaries",
        seed,
        40);
  }

  @Property(tries = 100)
  void mergingPartitionsEqualsOneTable(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 40) int n,
      @ForAll @IntRange(min = 1, max = 5) int k,
      @ForAll boolean holdout) {
    CustomerSummaries.Builder all = CustomerSummaries.builder();
    if (holdout) {
      all.holdoutLength(39);
    }
    rows(all, new Random(seed), 0, n, holdout);
    Random again = new Random(seed);
    CustomerSummaries merged = null;
    int chunk = Math.max(1, (n + k - 1) / k);
    for (int from = 0; from < n; from += chunk) {
      CustomerSummaries.Builder part = CustomerSummaries.builder();
      if (holdout) {
        part.holdoutLength(39);
      }
      CustomerSummaries p = rows(part, again, from, Math.min(chunk, n - from), holdout).build();
      merged = merged == null ? p : merged.plus(p);
    }
    assertEquals(all.build(), merged);
  }

  @Test
  void mergesNeedTheSameHoldout() {
    CustomerSummaries calibrationOnly = CustomerSummaries.builder().add("a", 1, 3, 10, 5).build();
    CustomerSummaries withHoldout =
        CustomerSummaries.builder().holdoutLength(5).add("b", 1, 3, 10, 5, 1, 2).build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> calibrationOnly.plus(withHoldout));
    assertEquals(
        "summaries must share the holdout length to merge, was 0.0 and 5.0", e.getMessage());
    // aggregated tables carry no spend: merging keeps the count columns only
    CustomerSummaries both = calibrationOnly.plus(calibrationOnly.aggregated());
    assertEquals(2, both.size());
    assertEquals(false, both.hasSpend());
  }
}
