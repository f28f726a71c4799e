package dev.cxkit.metrics.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.metrics.stats.IntervalMethod;
import org.junit.jupiter.api.Test;

/**
 * Cox regression on R's lung data. Reference values: golden-values.md (coefficients, SEs and log
 * partial likelihoods of {@code coxph(Surv(time, status) ~ sex + age + ph.ecog, data = lung)}), the
 * rest computed with R survival 3.5.3 (Debian bookworm r-cran-survival):
 *
 * <pre>
 * f  &lt;- coxph(Surv(time, status) ~ sex + age + ph.ecog, data = lung)
 * fb &lt;- coxph(..., ties = "breslow"); fr &lt;- coxph(..., robust = TRUE)
 * sqrt(diag(fr$var)); cox.zph(f)$table; cox.zph(fb)$table
 * summary(survfit(f, newdata = data.frame(sex = 2, age = 60, ph.ecog = 1)),
 *         times = c(100, 200, 365, 500, 750))$surv
 * </pre>
 */
class CoxRegressionTest {
  private static final SurvivalData LUNG = Lung.data("sex", "age", "ph.ecog");

  @Test
  void efronReproducesR() {
    CoxFit f = CoxRegression.efron().fit(LUNG);
    assertEquals(227, f.n());
    assertEquals(164, f.events());
    assertEquals(1, f.leftOut());
    assertEquals(1, LUNG.missing("ph.ecog"));
    assertTrue(f.converged());
    assertEquals(-0.55261240, f.term("sex").coefficient(), 1e-7);
    assertEquals(0.01106676, f.term("age").coefficient(), 1e-8);
    assertEquals(0.46372848, f.term("ph.ecog").coefficient(), 1e-7);
    assertEquals(0.16773905, f.term("sex").standardError(), 1e-7);
    assertEquals(0.00926741, f.term("age").standardError(), 1e-8);
    assertEquals(0.11357727, f.term("ph.ecog").standardError(), 1e-7);
    assertEquals(-744.4805, f.nullLogLikelihood(), 1e-4);
    assertEquals(-729.2301, f.logLikelihood(), 1e-4);
    assertEquals(30.4999227049, f.scoreStatistic(), 1e-6);
    assertEquals(IntervalMethod.WALD, f.term("sex").method());
    // hazard ratio of women vs men with its interval
    assertEquals(Math.exp(-0.55261240), f.term("sex").hazardRatio(), 1e-7);
    var hr = f.term("sex").hazardRatioInterval(0.95);
    assertEquals(Math.exp(-0.55261240 - 1.959964 * 0.16773905), hr.lower(), 1e-6);
    assertEquals(Math.exp(-0.55261240 + 1.959964 * 0.16773905), hr.upper(), 1e-6);
  }

  @Test
  void breslowReproducesR() {
    CoxFit f = CoxRegression.breslow().fit(LUNG);
    assertEquals(-0.55188957, f.term("sex").coefficient(), 1e-7);
    assertEquals(0.01104114, f.term("age").coefficient(), 1e-8);
    assertEquals(0.46294704, f.term("ph.ecog").coefficient(), 1e-7);
    assertEquals(0.167742448, f.term("sex").standardError(), 1e-8);
    assertEquals(-744.692819266, f.nullLogLikelihood(), 1e-6);
    assertEquals(-729.488705177, f.logLikelihood(), 1e-6);
  }

  @Test
  void robustStandardErrorsReproduceR() {
    CoxFit f = CoxRegression.efron().withRobustVariance().fit(LUNG);
    assertTrue(f.robust());
    assertEquals(IntervalMethod.ROBUST_SANDWICH, f.term("sex").method());
    assertEquals(0.16474842795, f.term("sex").standardError(), 1e-8);
    assertEquals(0.00988139278, f.term("age").standardError(), 1e-9);
    assertEquals(0.12415884861, f.term("ph.ecog").standardError(), 1e-8);
    assertEquals(0.16773905, f.modelStandardErrors()[0], 1e-7);
    CoxFit b = CoxRegression.breslow().withRobustVariance().fit(LUNG);
    assertEquals(0.16448354942, b.term("sex").standardError(), 1e-8);
    assertEquals(0.00986140619, b.term("age").standardError(), 1e-9);
    assertEquals(0.12396345278, b.term("ph.ecog").standardError(), 1e-8);
  }

  @Test
  void proportionalHazardsTestReproducesCoxZph() {
    ProportionalHazardsTest z = CoxRegression.efron().fit(LUNG).proportionalHazardsTest();
    assertEquals(2.305437227, z.term("sex").chiSquare(), 1e-6);
    assertEquals(0.187987674, z.term("age").chiSquare(), 1e-6);
    assertEquals(2.054248774, z.term("ph.ecog").chiSquare(), 1e-6);
    assertEquals(4.463657589, z.global().chiSquare(), 1e-6);
    assertEquals(0.215554945, z.global().pValue(), 1e-6);
    assertEquals(3, z.global().degreesOfFreedom());
    ProportionalHazardsTest zb = CoxRegression.breslow().fit(LUNG).proportionalHazardsTest();
    assertEquals(2.297197355, zb.term("sex").chiSquare(), 1e-6);
    assertEquals(4.451012334, zb.global().chiSquare(), 1e-6);
  }

  @Test
  void predictedSurvivalReproducesSurvfit() {
    double[] times = {100, 200, 365, 500, 750};
    double[] efron = {
      0.911297900806, 0.771902733581, 0.533743834172, 0.420512263328, 0.186654699914
    };
    double[] breslow = {
      0.911401432698, 0.772140683764, 0.534117364897, 0.420803857830, 0.186860430440
    };
    CoxSurvivalCurve e = CoxRegression.efron().fit(LUNG).survival(2, 60, 1);
    CoxSurvivalCurve b = CoxRegression.breslow().fit(LUNG).survival(2, 60, 1);
    for (int i = 0; i < times.length; i++) {
      assertEquals(efron[i], e.survival(times[i]), 1e-7, "efron t=" + times[i]);
      assertEquals(breslow[i], b.survival(times[i]), 1e-7, "breslow t=" + times[i]);
    }
    assertEquals(1.0, e.survival(0), 0.0);
  }

  @Test
  void badDesignsAreRefusedNamingTheCovariates() {
    SurvivalData constant =
        SurvivalData.builder("a", "k")
            .add(1, true, 1, 5)
            .add(2, false, 2, 5)
            .add(3, true, 3, 5)
            .build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CoxRegression.efron().fit(constant));
    assertTrue(e.getMessage().startsWith("covariate 'k' has no variation"), e.getMessage());
    SurvivalData.Builder b = SurvivalData.builder("a", "b", "c");
    for (int i = 1; i <= 20; i++) {
      b.add(i, i % 3 != 0, i % 4, i % 7, 2 * (i % 4) - 3 * (i % 7));
    }
    SurvivalData collinear = b.build();
    e = assertThrows(IllegalArgumentException.class, () -> CoxRegression.efron().fit(collinear));
    assertTrue(
        e.getMessage()
            .startsWith(
                "covariates are perfectly collinear: 'c' is a linear combination of 'a', 'b'"),
        e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class, () -> SurvivalData.builder("a").add(0, true, 1));
    assertEquals("row 1: time must be finite and > 0, was 0.0", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class, () -> SurvivalData.builder("a").add(-3, true, 1));
    assertEquals("row 1: time must be finite and > 0, was -3.0", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> SurvivalData.builder("a").add(3, true, Double.NaN).build());
    assertFalse(LUNG.toString().isEmpty());
  }
}
