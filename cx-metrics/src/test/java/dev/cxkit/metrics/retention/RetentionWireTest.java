package dev.cxkit.metrics.retention;

import static dev.cxkit.model.testing.WireTesting.assertRefused;
import static dev.cxkit.model.testing.WireTesting.assertWireContract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.model.internal.WireReader;
import dev.cxkit.model.internal.WireWriter;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Wire forms and mutating merges of the retention counts. */
class RetentionWireTest {

  private static LifetimeCounts lifetimes(Random rnd, int n, LifetimeCounts.Accumulator also) {
    LifetimeCounts.Accumulator acc = new LifetimeCounts.Accumulator();
    for (int i = 0; i < n; i++) {
      double t = rnd.nextInt(4) == 0 ? rnd.nextInt(10) : rnd.nextDouble() * 100;
      boolean churned = rnd.nextBoolean();
      acc.add(t, churned);
      also.add(t, churned);
    }
    return acc.snapshot();
  }

  @Property(tries = 200)
  void lifetimeCountsRoundTripAndRefuseHostileBytes(
      @ForAll long seed, @ForAll @IntRange(max = 60) int n) {
    LifetimeCounts counts = lifetimes(new Random(seed), n, new LifetimeCounts.Accumulator());
    assertWireContract(
        counts, LifetimeCounts::toBytes, LifetimeCounts::fromBytes, "LifetimeCounts", seed, 60);
  }

  @Property(tries = 200)
  void lifetimeAccumulatorAddAllOfChunksEqualsOneFold(
      @ForAll long seed,
      @ForAll @IntRange(max = 80) int n,
      @ForAll @IntRange(min = 1, max = 6) int chunks) {
    Random rnd = new Random(seed);
    LifetimeCounts.Accumulator whole = new LifetimeCounts.Accumulator();
    LifetimeCounts.Accumulator merged = new LifetimeCounts.Accumulator();
    for (int c = 0; c < chunks; c++) {
      LifetimeCounts part = lifetimes(rnd, n / chunks + c, whole);
      if (c % 2 == 0) {
        merged.addAll(part);
      } else {
        // a chunk may also arrive as individual customers beside merged counts
        for (int i = 0; i < part.distinctTimes(); i++) {
          for (long k = 0; k < part.events()[i]; k++) {
            merged.add(part.times()[i], true);
          }
          for (long k = 0; k < part.censored()[i]; k++) {
            merged.add(part.times()[i], false);
          }
        }
      }
    }
    assertEquals(whole.snapshot(), merged.snapshot());
    assertEquals(whole.n(), merged.n());
    assertEquals(whole.snapshot().customers(), merged.n());
  }

  private static CohortCounts cohorts(Random rnd, int last, int customers) {
    CohortCounts.Accumulator acc = new CohortCounts.Accumulator(last);
    for (int i = 0; i < customers; i++) {
      int cohort = rnd.nextInt(last + 1);
      int[] active = new int[rnd.nextInt(4)];
      for (int k = 0; k < active.length; k++) {
        active[k] = cohort + rnd.nextInt(last - cohort + 1);
      }
      acc.addCustomer(cohort, active);
    }
    return acc.snapshot();
  }

  @Property(tries = 200)
  void cohortCountsRoundTripAndRefuseHostileBytes(
      @ForAll long seed,
      @ForAll @IntRange(max = 6) int last,
      @ForAll @IntRange(max = 50) int customers) {
    CohortCounts counts = cohorts(new Random(seed), last, customers);
    assertWireContract(
        counts, CohortCounts::toBytes, CohortCounts::fromBytes, "CohortCounts", seed, 60);
  }

  @Property(tries = 200)
  void cohortAccumulatorAddAllOfChunksEqualsOneFold(
      @ForAll long seed,
      @ForAll @IntRange(max = 6) int last,
      @ForAll @IntRange(min = 1, max = 5) int chunks) {
    Random rnd = new Random(seed);
    CohortCounts.Accumulator merged = new CohortCounts.Accumulator(last);
    CohortCounts folded = CohortCounts.empty(last);
    for (int c = 0; c < chunks; c++) {
      CohortCounts part = cohorts(rnd, last, rnd.nextInt(30));
      merged.addAll(part);
      folded = folded.plus(part);
    }
    assertEquals(folded, merged.snapshot());
    long n = 0;
    for (int c = 0; c <= last; c++) {
      n += folded.cohortSize(c);
    }
    assertEquals(n, merged.n());
  }

  @Test
  void accumulatorsPrintTheirState() {
    LifetimeCounts.Accumulator lifetimes = new LifetimeCounts.Accumulator();
    lifetimes.add(3, true).add(5, false).addAll(RetentionTesting.goldenKm());
    assertEquals("LifetimeCounts.Accumulator[customers=7, events=4]", lifetimes.toString());
    CohortCounts.Accumulator cohorts = new CohortCounts.Accumulator(3).addCustomer(0, 1, 2);
    assertEquals("CohortCounts.Accumulator[lastObservedPeriod=3, customers=1]", cohorts.toString());
  }

  @Test
  void inconsistentCountsAreRefusedWithTheirRule() {
    // cohort 0 of size 2 says 3 customers were active at age 1
    byte[] bytes =
        new WireWriter(WireReader.COHORT_COUNTS)
            .writeCount(1) // lastObservedPeriod
            .writeCount(2) // cohort 0 size
            .writeCount(2)
            .writeCount(0) // age 0: active 2, last active 0
            .writeCount(3)
            .writeCount(2) // age 1: active 3 > size
            .writeCount(0) // cohort 1 size
            .writeCount(0)
            .writeCount(0)
            .toBytes();
    String message = assertRefused(CohortCounts::fromBytes, bytes, "CohortCounts");
    assertTrue(message.contains("cohort 0 age 1 counts must fit the cohort's 2"), message);
    byte[] unordered =
        new WireWriter(WireReader.LIFETIME_COUNTS)
            .writeCount(2)
            .writeDouble(5.0)
            .writeCount(1)
            .writeCount(0)
            .writeDouble(4.0)
            .writeCount(1)
            .writeCount(0)
            .toBytes();
    String order = assertRefused(LifetimeCounts::fromBytes, unordered, "LifetimeCounts");
    assertTrue(order.contains("strictly increasing"), order);
  }
}
