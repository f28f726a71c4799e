package dev.cxkit.metrics.retention;

import dev.cxkit.metrics.clv.*;
import dev.cxkit.metrics.drivers.*;
import dev.cxkit.metrics.experience.*;
import dev.cxkit.metrics.gaps.*;
import dev.cxkit.metrics.kano.*;
import dev.cxkit.metrics.sentiment.*;
import dev.cxkit.metrics.stats.*;
import dev.cxkit.metrics.survey.*;
import dev.cxkit.model.*;
import dev.cxkit.model.blueprint.*;
import dev.cxkit.model.experience.*;
import dev.cxkit.model.interaction.*;
import dev.cxkit.model.journey.*;
import dev.cxkit.model.json.*;
import dev.cxkit.model.lifecycle.*;
import dev.cxkit.model.map.*;
import dev.cxkit.model.persona.*;
import dev.cxkit.model.samples.*;
import dev.cxkit.model.survey.*;
import dev.cxkit.model.touchpoint.*;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of this package as {@code {@snippet}} regions: compiled and run here, shown
 * in the javadoc of the classes named by each region.
 */
@SuppressWarnings("unused") // the examples name values they show, not values they use
class SnippetsTest {

  @Test
  void churnExposure() throws Exception {
    // @start region="churnExposure"
    ChurnExposure e = ChurnExposure.of(12, 36_500); // 12 churns in 36,500 customer-days
    e.hazard(); // 3.29e-4 per customer-day
    e.churnProbability(365); // 1 - exp(-0.12) = 0.1131 a year
    // @end
  }

  @Test
  void churnExposure2() throws Exception {
    // @start region="churnExposure2"
    ChurnExposure.of(
        LifetimeCounts.of(new double[] {10, 20, 20, 30, 40}, new int[] {1, 0, 1, 1, 0}));
    // 3 events over 120 time units at risk
    // @end
  }

  @Test
  void churnRates() throws Exception {
    // @start region="churnRates"
    double monthly = ChurnRates.cohortClean(1000, 50); // 0.05
    double annual = ChurnRates.compound(monthly, 12); // 0.4596
    double retained = ChurnRates.retentionRate(1000, 950); // 0.95
    // @end
  }

  @Test
  void cohortCounts() throws Exception {
    // @start region="cohortCounts"
    CohortCounts.Accumulator acc = new CohortCounts.Accumulator(5); // periods 0..5 observed
    acc.addCustomer(0, 0, 1, 3); // acquired in period 0, active in periods 0, 1 and 3
    acc.addCustomer(2, 2); // acquired in period 2, never seen again
    CohortCounts counts = acc.snapshot();
    // @end
  }

  @Test
  void cohortCounts2() throws Exception {
    // @start region="cohortCounts2"
    CohortCounts.Accumulator acc = new CohortCounts.Accumulator(11);
    acc.addCustomer(3, 3, 4, 7); // acquired in period 3, active again in 4 and 7
    // @end
  }

  @Test
  void constantRetentionCurve() throws Exception {
    // @start region="constantRetentionCurve"
    ConstantRetentionCurve curve = RetentionCurve.constant(0.8);
    curve.survival(3); // 0.512
    // @end
  }

  @Test
  void kaplanMeier() throws Exception {
    // @start region="kaplanMeier"
    KaplanMeierCurve km =
        KaplanMeier.fit(
            LifetimeCounts.of(new double[] {10, 20, 20, 30, 40}, new int[] {1, 0, 1, 1, 0}));
    km.survival(30); // 0.3
    km.standardError(30); // 0.23875
    // @end
  }

  @Test
  void lifetimeCounts() throws Exception {
    // @start region="lifetimeCounts"
    LifetimeCounts a = LifetimeCounts.of(new double[] {10, 20, 20}, new int[] {1, 0, 1});
    LifetimeCounts b = LifetimeCounts.of(new double[] {30, 40}, new int[] {1, 0});
    LifetimeCounts all = a.plus(b); // 5 customers, 3 churn events
    // @end
  }

  @Test
  void lifetimeCounts2() throws Exception {
    // @start region="lifetimeCounts2"
    LifetimeCounts.Accumulator acc = new LifetimeCounts.Accumulator();
    acc.add(12.0, true); // churned after 12 days
    acc.add(30.0, false); // still active after 30 days
    LifetimeCounts counts = acc.snapshot();
    // @end
  }

  @Test
  void revenueRetention() throws Exception {
    // @start region="revenueRetention"
    RevenueRetention r = RevenueRetention.of(1000, 150, 50, 100);
    r.grossRetention(); // 0.85
    r.netRetention(); // 1.00
    // @end
  }

  @Test
  void sbgFit() throws Exception {
    // @start region="sbgFit"
    SbgFit fit = ShiftedBetaGeometric.fit(new long[] {1000, 631, 468, 382, 326});
    fit.converged(); // true
    fit.survival(7); // 0.2296
    fit.expectedSurvivors(1000, 12); // projected actives out of 1000
    fit.discountedExpectedResidualLifetime(0.10, 4);
    // @end
  }

  @Test
  void shiftedBetaGeometric() throws Exception {
    // @start region="shiftedBetaGeometric"
    SbgFit fit = ShiftedBetaGeometric.fit(new long[] {1000, 631, 468, 382, 326});
    fit.alpha(); // 0.7637
    fit.beta(); // 1.2958
    fit.logLikelihood(); // -1401.56
    fit.retentionRate(7); // 0.9052
    // @end
  }

  @Test
  void shiftedBetaGeometric2() throws Exception {
    // @start region="shiftedBetaGeometric2"
    SbgFit fit =
        ShiftedBetaGeometric.fitCohorts(
            List.of(
                new long[] {1000, 631, 468, 382, 326}, // acquired 4 years ago
                new long[] {800, 510, 380})); // acquired 2 years ago
    // @end
  }

  @Test
  void packageInfo() throws Exception {
    // @start region="packageInfo"
    LifetimeCounts data =
        LifetimeCounts.of(new double[] {10, 20, 20, 30, 40}, new int[] {1, 0, 1, 1, 0});
    KaplanMeierCurve km = KaplanMeier.fit(data);
    km.survival(20); // 0.6
    SbgFit sbg = ShiftedBetaGeometric.fit(new long[] {1000, 631, 468, 382, 326});
    sbg.survival(7); // 0.2296
    // @end
  }
}
