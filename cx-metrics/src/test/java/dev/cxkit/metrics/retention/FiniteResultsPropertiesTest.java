package dev.cxkit.metrics.retention;

import static dev.cxkit.model.testing.FiniteResults.finiteOrRefused;

import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.model.testing.FiniteResults;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Issue 14: the retention calculators turn finite valid input (lifetimes, counts, revenues of any
 * finite magnitude) into finite numbers or a clear IllegalArgumentException.
 */
class FiniteResultsPropertiesTest {

  @Provide
  Arbitrary<Double> nonNegative() {
    return FiniteResults.anyFiniteNonNegative();
  }

  @Provide
  Arbitrary<Long> counts() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, 100),
        Arbitraries.of(0L, 1L, Long.MAX_VALUE / 2, Long.MAX_VALUE - 1, Long.MAX_VALUE));
  }

  @Property
  void curvesOfAnyLifetimes(
      @ForAll @Size(min = 1, max = 30) List<@From("nonNegative") Double> times,
      @ForAll @Size(min = 30, max = 30) List<Boolean> churned) {
    double[] t = times.stream().mapToDouble(Double::doubleValue).toArray();
    int[] e = new int[t.length];
    for (int i = 0; i < t.length; i++) {
      e[i] = churned.get(i) ? 1 : 0;
    }
    finiteOrRefused(
        "curves of " + times,
        () -> {
          LifetimeCounts counts = LifetimeCounts.of(t, e);
          KaplanMeierCurve km = KaplanMeier.fit(counts);
          CumulativeHazardCurve na = NelsonAalen.fit(counts);
          double last = km.lastTime();
          double[] out = new double[12];
          out[0] = km.survival(last);
          out[1] = km.variance(last / 2);
          out[2] = na.cumulativeHazard(last);
          out[3] = na.standardError(last / 2);
          Interval i = km.interval(last / 2, 0.95);
          out[4] = i.lower();
          out[5] = i.upper();
          if (last > 0) {
            RestrictedMeanSurvival rmst = km.restrictedMean(last);
            out[6] = rmst.estimate();
            out[7] = rmst.standardError();
            out[8] = rmst.interval(0.95).upper();
          }
          ChurnExposure exposure = ChurnExposure.of(counts);
          out[9] = exposure.exposure();
          if (exposure.exposure() > 0) {
            out[10] = exposure.hazard();
            out[11] = exposure.churnProbability(1.0);
          }
          return out;
        });
  }

  @Property
  void ratesOfAnyCounts(
      @ForAll("counts") long start, @ForAll("counts") long end, @ForAll("counts") long churned) {
    finiteOrRefused(
        "average-base churn", () -> new double[] {ChurnRates.averageBase(start, end, churned)});
    finiteOrRefused(
        "cohort-clean churn", () -> new double[] {ChurnRates.cohortClean(start, churned)});
    finiteOrRefused(
        "exposure merge",
        () -> {
          ChurnExposure a = ChurnExposure.of(start, 1.0);
          ChurnExposure b = ChurnExposure.of(churned, 1e300);
          return new double[] {a.plus(b).hazard(), a.plus(b).exposure()};
        });
  }

  @Property
  void revenueRetentionOfAnyAmounts(
      @ForAll("nonNegative") double start,
      @ForAll("nonNegative") double expansion,
      @ForAll("nonNegative") double contraction,
      @ForAll("nonNegative") double churned) {
    finiteOrRefused(
        "revenue retention",
        () -> {
          RevenueRetention r = RevenueRetention.of(start, expansion, contraction, churned);
          if (start == 0.0) {
            return new double[0]; // no retention without starting revenue (IllegalStateException)
          }
          RevenueRetention twice = r.plus(r);
          return new double[] {
            r.grossRetention(), r.netRetention(), twice.grossRetention(), twice.netRetention()
          };
        });
  }
}
