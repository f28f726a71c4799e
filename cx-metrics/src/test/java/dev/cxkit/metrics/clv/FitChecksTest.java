package dev.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Fit checks on CDNOW (golden-values.md: 2,357 customers, 1,882 holdout repeat transactions,
 * cumulative repeat transactions 2,457 at week 39 and 4,339 at week 78, BG/NBD holdout forecast
 * 1,653.4) and on the donations data.
 */
class FitChecksTest {
  private static final CustomerSummaries CBS = Cdnow.summaries();
  private static final BgNbd BG = BgNbd.fit(CBS).model();

  @Test
  void calibrationFrequenciesAddUpAndFit() {
    FitChecks.Comparison c = FitChecks.calibrationFrequencies(BG, CBS, 7);
    assertEquals(8, c.rows().size());
    assertEquals("7+", c.rows().get(7).label());
    double actual = 0;
    double model = 0;
    for (FitChecks.Row r : c.rows()) {
      actual += r.actual();
      model += r.model();
    }
    assertEquals(2357, actual, 0.0);
    assertEquals(2357, model, 1e-6);
    // 1,411 CDNOW customers made no repeat purchase in the calibration period
    assertEquals(1411, c.rows().get(0).actual(), 0.0);
    assertEquals(1411, c.rows().get(0).model(), 0.05 * 1411);
    assertTrue(c.toString().contains("7+"));
  }

  @Test
  void holdoutByFrequencyAddsUpToTheForecast() {
    FitChecks.Comparison h = FitChecks.holdoutByFrequency(BG, CBS, 7);
    double actual = 0;
    double predicted = 0;
    for (FitChecks.Row r : h.rows()) {
      actual += r.actual() * r.customers();
      predicted += r.model() * r.customers();
    }
    assertEquals(1882, actual, 1e-9);
    assertEquals(BG.expectedHoldoutTransactions(CBS), predicted, 1e-6);
    assertEquals(1653.4, predicted, 0.5);
    assertThrows(
        IllegalArgumentException.class,
        () -> FitChecks.holdoutByFrequency(BG, CBS.aggregated(), 7));
  }

  @Test
  void weeklyTrackingReproducesTheCdnowTotals() {
    FitChecks.Tracking t =
        FitChecks.tracking(
            BG,
            Cdnow.rawImport().transactions().orElseThrow(),
            CalibrationSplit.weeks(Cdnow.CALIBRATION_END, Cdnow.HOLDOUT_END));
    double[] cum = t.cumulativeActual();
    assertEquals(78, t.periodEnds().length);
    assertEquals(4339, cum[77], 0.0);
    assertEquals(38.857, t.calibrationEnd(), 1e-3);
    double[] model = t.cumulativeModel();
    // the model tracks the calibration period closely and under-forecasts the holdout (FHL 2005)
    assertEquals(cum[38], model[38], 0.03 * cum[38]);
    assertTrue(model[77] < cum[77]);
    assertEquals(model[77], java.util.Arrays.stream(t.model()).sum(), 1e-6);
  }

  @Test
  void aliveMatrixMatchesTheModelAndRisesWithRecency() {
    FitChecks.AliveMatrix m = FitChecks.aliveMatrix(BG, 38.86, 10, 8);
    assertEquals(11, m.values().length);
    for (int x = 1; x <= 10; x++) {
      for (int j = 1; j < m.recencies().length; j++) {
        assertTrue(m.values()[x][j] >= m.values()[x][j - 1] - 1e-12);
      }
      assertEquals(BG.probabilityAlive(x, m.recencies()[4], 38.86), m.values()[x][4], 1e-15);
    }
    BgBb bb = BgBb.fit(Donations.summaries()).model();
    FitChecks.AliveMatrix d = FitChecks.aliveMatrix(bb, 6);
    assertEquals(bb.probabilityAlive(3, 5, 6), d.values()[3][5], 1e-15);
    FitChecks.Comparison f = FitChecks.calibrationFrequencies(bb, Donations.summaries());
    double model = 0;
    for (FitChecks.Row r : f.rows()) {
      model += r.model();
    }
    assertEquals(11_104, model, 1e-6);
    // the BG/BB fits the donations' frequency distribution closely (FHS 2010, figure 3)
    assertEquals(3464, f.rows().get(0).actual(), 0.0);
    assertEquals(3464, f.rows().get(0).model(), 0.03 * 3464);
  }
}
