package dev.cxkit.metrics.retention;

import static dev.cxkit.metrics.retention.RetentionTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChurnRatesTest {

  @Test
  void cohortCleanAndRetentionAreComplements() {
    assertEquals(0.05, ChurnRates.cohortClean(1000, 50), 1e-15);
    assertEquals(0.95, ChurnRates.retentionRate(1000, 950), 1e-15);
    assertEquals(
        1.0, ChurnRates.cohortClean(400, 37) + ChurnRates.retentionRate(400, 400 - 37), 1e-15);
  }

  @Test
  void averageBaseDividesByTheMeanOfOpeningAndClosingCounts() {
    // 1000 at start, 300 acquired, 200 lost (some of them new): end 1100, base 1050
    assertEquals(200.0 / 1050.0, ChurnRates.averageBase(1000, 1100, 200), 1e-15);
  }

  @Test
  void annualisingCompoundsNeverMultiplies() {
    double monthly = 0.05;
    double annual = ChurnRates.compound(monthly, 12);
    // 1 - 0.95^12 = 0.45963991...
    assertEquals(0.4596399, annual, 1e-7);
    assertNotEquals(12 * monthly, annual, 0.1);
    // and back again
    assertEquals(monthly, ChurnRates.compound(annual, 1.0 / 12), 1e-12);
    assertEquals(Math.pow(0.95, 12), ChurnRates.compoundRetention(0.95, 12), 1e-15);
    assertEquals(0.0, ChurnRates.compound(0.3, 0), 0);
    assertEquals(1.0, ChurnRates.compound(1.0, 3), 0);
  }

  @Test
  void exposureHazardConvertsByCompounding() {
    ChurnExposure e = ChurnExposure.of(12, 36_500);
    assertEquals(12.0 / 36_500, e.hazard(), 1e-18);
    assertEquals(1 - Math.exp(-0.12), e.churnProbability(365), 1e-12);
    assertEquals(Math.exp(-0.12), e.retentionProbability(365), 1e-12);
    // hazard-based churn over a year equals compounding the daily churn probability
    double daily = e.churnProbability(1);
    assertEquals(e.churnProbability(365), ChurnRates.compound(daily, 365), 1e-12);
    assertEquals(ChurnExposure.of(20, 50_000), e.plus(ChurnExposure.of(8, 13_500)));
    assertEquals(e, e.plus(ChurnExposure.empty()));
    assertThrows(IllegalStateException.class, () -> ChurnExposure.empty().hazard());
    // exposure of the golden Kaplan-Meier lifetimes: 3 churns over 10+20+20+30+40 = 120
    assertEquals(ChurnExposure.of(3, 120), ChurnExposure.of(RetentionTesting.goldenKm()));
  }

  @Test
  void revenueRetention() {
    RevenueRetention r = RevenueRetention.of(1000, 150, 50, 100);
    assertEquals(0.85, r.grossRetention(), 1e-15);
    assertEquals(1.00, r.netRetention(), 1e-15);
    RevenueRetention merged = r.plus(RevenueRetention.of(500, 0, 0, 250));
    assertEquals((1500.0 - 50 - 350) / 1500, merged.grossRetention(), 1e-15);
    assertEquals(r, r.plus(RevenueRetention.empty()));
    assertThrows(IllegalStateException.class, () -> RevenueRetention.empty().netRetention());
  }

  @Test
  void rejectsBadInput() {
    assertRejected(() -> ChurnRates.cohortClean(0, 0), "customersAtStart", "> 0", "0");
    assertRejected(() -> ChurnRates.cohortClean(10, 11), "lostFromStart", "[0, ", "11");
    assertRejected(() -> ChurnRates.retentionRate(10, -1), "retainedFromStart", "-1");
    assertRejected(() -> ChurnRates.averageBase(0, 0, 0), "average base");
    assertRejected(() -> ChurnRates.averageBase(100, 50, 10), "churned", ">= ", "50", "10");
    assertRejected(() -> ChurnRates.averageBase(-1, 50, 10), "customersAtStart", "-1");
    assertRejected(() -> ChurnRates.compound(1.2, 12), "churnPerPeriod", "[0, 1]", "1.2");
    assertRejected(() -> ChurnRates.compound(0.1, -1), "periods", ">= 0", "-1");
    assertRejected(() -> ChurnRates.compound(0.1, Double.NaN), "periods", "NaN");
    assertRejected(() -> ChurnExposure.of(-1, 10), "churnEvents", "-1");
    assertRejected(() -> ChurnExposure.of(3, 0), "exposure", "> 0", "churnEvents=3");
    assertRejected(() -> ChurnExposure.of(1, 10).churnProbability(-1), "duration", "-1");
    assertRejected(() -> RevenueRetention.of(100, 0, 60, 50), "contraction + churnedRevenue");
    assertRejected(() -> RevenueRetention.of(100, -5, 0, 0), "expansion", "-5");
    assertRejected(() -> RetentionCurve.constant(1.1), "retentionRate", "[0, 1]", "1.1");
  }
}
