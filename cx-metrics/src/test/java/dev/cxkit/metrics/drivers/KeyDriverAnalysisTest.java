package dev.cxkit.metrics.drivers;

import static dev.cxkit.metrics.drivers.DriverFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.metrics.stats.Interval;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.hipparchus.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;

class KeyDriverAnalysisTest {

  private static final List<String> SWISS_NAMES =
      List.of("Agriculture", "Examination", "Education", "Catholic", "Infant.Mortality");

  private static double[][] swissDrivers() {
    return new double[][] {
      SWISS_AGRICULTURE, SWISS_EXAMINATION, SWISS_EDUCATION, SWISS_CATHOLIC, SWISS_INFANT_MORTALITY
    };
  }

  @Test
  void lmgOnSwissMatchesRelaimpo() {
    // Grömping (2006), "Relative Importance for Linear Regression in R: The Package relaimpo",
    // J. Stat. Software 17(1), section 3, analyses swiss with calc.relimp (Fertility ~ .): R²
    // 70.67%
    // (total response variance 156.04). The lmg values below were computed by an independent numpy
    // brute force (OLS on all 32 subsets, increments weighted s!(p-s-1)!/p!); they are not
    // checked digit by digit against the paper's printed table, which was not retrievable here.
    KeyDriverResult r =
        KeyDriverAnalysis.defaults()
            .withBootstrap(0, 1)
            .analyze(SWISS_NAMES, swissDrivers(), SWISS_FERTILITY);
    assertEquals(0.7067350, r.rSquared(), 1e-7);
    double[] lmg = {0.05709122, 0.17117303, 0.26013468, 0.10557015, 0.11276592};
    for (int j = 0; j < lmg.length; j++) {
      assertEquals(lmg[j], r.drivers().get(j).shapley(), 1e-8, SWISS_NAMES.get(j));
    }
    assertEquals(47, r.n());
    assertEquals("Education", r.rankedByShapley().get(0).name());
  }

  @Test
  void relativeWeightsOnSwissAndCorrelationInputAgree() {
    // Computed reference: Johnson's weights on swiss from an independent numpy implementation
    // (numpy.linalg.eigh symmetric square root): 0.0484169, 0.1547083, 0.2719641, 0.1146800,
    // 0.1169657 (sum = R² 0.706735).
    KeyDriverResult r =
        KeyDriverAnalysis.defaults()
            .withBootstrap(0, 1)
            .analyze(SWISS_NAMES, swissDrivers(), SWISS_FERTILITY);
    double[] rw = {0.0484169, 0.1547083, 0.2719641, 0.1146800, 0.1169657};
    for (int j = 0; j < rw.length; j++) {
      assertEquals(rw[j], r.drivers().get(j).relativeWeight(), 1e-7);
    }
    // The same analysis from the correlation matrix alone gives the same LMG values.
    double[][] all = new double[6][];
    all[0] = SWISS_FERTILITY;
    System.arraycopy(swissDrivers(), 0, all, 1, 5);
    double[][] corr = new double[5][5];
    double[] rxy = new double[5];
    for (int a = 0; a < 5; a++) {
      rxy[a] = pearson(all[0], all[a + 1]);
      for (int b = 0; b < 5; b++) {
        corr[a][b] = pearson(all[a + 1], all[b + 1]);
      }
    }
    KeyDriverResult fromCorr = KeyDriverAnalysis.fromCorrelations(SWISS_NAMES, corr, rxy, 47);
    for (int j = 0; j < 5; j++) {
      assertEquals(r.drivers().get(j).shapley(), fromCorr.drivers().get(j).shapley(), 1e-12);
    }
  }

  private static double pearson(double[] x, double[] y) {
    double mx = Arrays.stream(x).average().orElseThrow();
    double my = Arrays.stream(y).average().orElseThrow();
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  @Test
  void relativeWeightsOnMtcarsMatchRwaPackage() {
    // rwa R package (Chan, vignette "Introduction to Relative Weights Analysis"): mtcars,
    // rwa(outcome = "mpg", predictors = c("cyl", "disp", "hp", "gear")): Raw.RelWeight
    // cyl 0.2284797, disp 0.2221469, hp 0.2321744, gear 0.0963886; rsquare 0.7791896.
    KeyDriverResult r =
        KeyDriverAnalysis.defaults()
            .withBootstrap(0, 1)
            .analyze(
                List.of("cyl", "disp", "hp", "gear"),
                new double[][] {MTCARS_CYL, MTCARS_DISP, MTCARS_HP, MTCARS_GEAR},
                MTCARS_MPG);
    assertEquals(0.7791896, r.rSquared(), 1e-7);
    double[] rw = {0.2284797, 0.2221469, 0.2321744, 0.0963886};
    for (int j = 0; j < rw.length; j++) {
      assertEquals(rw[j], r.drivers().get(j).relativeWeight(), 1e-7);
    }
  }

  @Test
  void weightedRelativeWeightsMatchRwaPackage() {
    // rwa vignette, "Survey and Observation Weights": mtcars with respondent_weight =
    // rep(c(0.8, 1.2, 1.5, 0.6), 8), predictors cyl, disp, hp: Raw.RelWeight cyl 0.2907136,
    // disp 0.2889098, hp 0.2088641; n_effective 28.67377.
    double[] w = new double[32];
    double[] pattern = {0.8, 1.2, 1.5, 0.6};
    for (int i = 0; i < 32; i++) {
      w[i] = pattern[i % 4];
    }
    KeyDriverResult r =
        KeyDriverAnalysis.defaults()
            .withBootstrap(0, 1)
            .analyzeWeighted(
                List.of("cyl", "disp", "hp"),
                new double[][] {MTCARS_CYL, MTCARS_DISP, MTCARS_HP},
                MTCARS_MPG,
                w);
    assertEquals(0.2907136, r.driver("cyl").relativeWeight(), 1e-7);
    assertEquals(0.2889098, r.driver("disp").relativeWeight(), 1e-7);
    assertEquals(0.2088641, r.driver("hp").relativeWeight(), 1e-7);
    assertEquals(28.67377, r.effectiveN(), 1e-5);
    assertTrue(r.weighted());
  }

  @Test
  void relativeWeightsFromPublishedCorrelations() {
    // rwa reference page, rwa(diamonds, "price", c("depth", "carat")): RXX depth-carat 0.02822431,
    // RXY depth -0.0106474, carat 0.9215913 -> Raw.RelWeight depth 0.000729149, carat 0.849946308,
    // rsquare 0.8506755 (inputs are rounded to 7 digits, hence the tolerance).
    KeyDriverResult r =
        KeyDriverAnalysis.fromCorrelations(
            List.of("depth", "carat"),
            new double[][] {{1, 0.02822431}, {0.02822431, 1}},
            new double[] {-0.0106474, 0.9215913},
            53940);
    assertEquals(0.000729149, r.driver("depth").relativeWeight(), 2e-7);
    assertEquals(0.849946308, r.driver("carat").relativeWeight(), 2e-7);
    assertEquals(0.8506755, r.rSquared(), 2e-7);
  }

  @Test
  void shapleyEqualsBruteForceOlsOverAllOrders() {
    // Independent oracle: refit OLS (Hipparchus) for every subset, then average each driver's R²
    // increment over all p! orders of entry (the LMG definition), not over the subset weights.
    Random rnd = new Random(20261122L);
    for (int trial = 0; trial < 5; trial++) {
      int p = 3 + trial % 3;
      int n = 80 + 30 * trial;
      double[][] x = correlatedDrivers(rnd, p, n, 0.5);
      double[] y = outcome(rnd, x, 1.0);
      List<String> names = new ArrayList<>();
      for (int j = 0; j < p; j++) {
        names.add("d" + j);
      }
      KeyDriverResult fast = KeyDriverAnalysis.defaults().withBootstrap(0, 1).analyze(names, x, y);
      double[] slow = bruteForceLmg(x, y);
      for (int j = 0; j < p; j++) {
        assertEquals(slow[j], fast.drivers().get(j).shapley(), 1e-10);
      }
      assertEquals(olsR2(x, y, (1 << p) - 1), fast.rSquared(), 1e-10);
    }
  }

  @Test
  void sharesSumToRSquaredAndJohnsonIsCloseOnNearOrthogonalDrivers() {
    Random rnd = new Random(7);
    int p = 8;
    double[][] x = correlatedDrivers(rnd, p, 5000, 0.0);
    double[] y = outcome(rnd, x, 2.0);
    List<String> names = new ArrayList<>();
    for (int j = 0; j < p; j++) {
      names.add("t" + j);
    }
    KeyDriverResult r = KeyDriverAnalysis.defaults().withBootstrap(0, 1).analyze(names, x, y);
    double sumShapley = r.drivers().stream().mapToDouble(DriverImportance::shapley).sum();
    double sumWeights = r.drivers().stream().mapToDouble(DriverImportance::relativeWeight).sum();
    assertEquals(r.rSquared(), sumShapley, 1e-12);
    assertEquals(r.rSquared(), sumWeights, 1e-12);
    for (DriverImportance d : r.drivers()) {
      assertEquals(d.shapley(), d.relativeWeight(), 2e-3, d.name());
      assertEquals(1.0, d.vif(), 0.02);
    }
  }

  @Test
  void vifMatchesOneOverOneMinusAuxiliaryR2() {
    Random rnd = new Random(3);
    double[][] x = correlatedDrivers(rnd, 4, 300, 0.7);
    double[] y = outcome(rnd, x, 1.0);
    KeyDriverResult r =
        KeyDriverAnalysis.defaults().withBootstrap(0, 1).analyze(List.of("a", "b", "c", "d"), x, y);
    for (int j = 0; j < 4; j++) {
      double[][] others = new double[3][];
      int k = 0;
      for (int m = 0; m < 4; m++) {
        if (m != j) {
          others[k++] = x[m];
        }
      }
      double aux = olsR2(others, x[j], 7);
      assertEquals(1.0 / (1.0 - aux), r.drivers().get(j).vif(), 1e-8);
    }
  }

  @Test
  void bootstrapIsSeededAndIntervalsBracketTheEstimate() {
    KeyDriverAnalysis a = KeyDriverAnalysis.defaults().withBootstrap(200, 99L);
    KeyDriverResult r1 = a.analyze(SWISS_NAMES, swissDrivers(), SWISS_FERTILITY);
    KeyDriverResult r2 = a.analyze(SWISS_NAMES, swissDrivers(), SWISS_FERTILITY);
    assertEquals(r1, r2);
    for (DriverImportance d : r1.drivers()) {
      Interval i = d.shapleyInterval().orElseThrow();
      assertTrue(i.lower() >= 0 && i.upper() <= 1, i.toString());
      assertTrue(i.width() > 0);
      assertTrue(d.relativeWeightInterval().isPresent());
    }
    assertEquals(200, r1.replicates());
    assertTrue(r1.toString().contains("Education"));
  }

  @Test
  void noBootstrapMeansNoIntervals() {
    KeyDriverResult r =
        KeyDriverAnalysis.defaults()
            .withBootstrap(0, 1)
            .analyze(SWISS_NAMES, swissDrivers(), SWISS_FERTILITY);
    assertFalse(r.drivers().get(0).shapleyInterval().isPresent());
  }

  @Test
  void rejectsBadInput() {
    KeyDriverAnalysis a = KeyDriverAnalysis.defaults().withBootstrap(0, 1);
    double[] y = {1, 2, 3, 4, 5, 6};
    double[] x1 = {1, 3, 2, 5, 4, 6};
    IllegalArgumentException constant =
        assertThrows(
            IllegalArgumentException.class,
            () -> a.analyze(List.of("a", "b"), new double[][] {x1, {2, 2, 2, 2, 2, 2}}, y));
    assertTrue(constant.getMessage().contains("driver 'b' must vary"), constant.getMessage());
    IllegalArgumentException nan =
        assertThrows(
            IllegalArgumentException.class,
            () -> a.analyze(List.of("a"), new double[][] {{1, Double.NaN, 2, 3, 4, 5}}, y));
    assertTrue(nan.getMessage().contains("driver 'a' value at row 1 must be finite"));
    IllegalArgumentException collinear =
        assertThrows(
            IllegalArgumentException.class,
            () -> a.analyze(List.of("a", "b"), new double[][] {x1, x1.clone()}, y));
    assertTrue(collinear.getMessage().contains("positive definite"), collinear.getMessage());
    List<String> many = new ArrayList<>();
    double[][] cols = new double[21][30];
    for (int j = 0; j < 21; j++) {
      many.add("d" + j);
    }
    IllegalArgumentException tooMany =
        assertThrows(IllegalArgumentException.class, () -> a.analyze(many, cols, new double[30]));
    assertTrue(tooMany.getMessage().contains("at most 20"), tooMany.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            a.analyzeWeighted(
                List.of("a"), new double[][] {x1}, y, new double[] {1, 1, -1, 1, 1, 1}));
    assertThrows(
        IllegalArgumentException.class,
        () -> a.analyze(List.of("a"), new double[][] {{1, 2}}, new double[] {1, 2}));
  }

  @Test
  void twentyDriversAreExact() {
    Random rnd = new Random(11);
    int p = 20;
    double[][] x = correlatedDrivers(rnd, p, 400, 0.3);
    double[] y = outcome(rnd, x, 3.0);
    List<String> names = new ArrayList<>();
    for (int j = 0; j < p; j++) {
      names.add("d" + j);
    }
    KeyDriverResult r = KeyDriverAnalysis.defaults().withBootstrap(0, 1).analyze(names, x, y);
    assertEquals(
        r.rSquared(), r.drivers().stream().mapToDouble(DriverImportance::shapley).sum(), 1e-10);
  }

  // ---- test helpers (independent least-squares oracle) ----

  static double[][] correlatedDrivers(Random rnd, int p, int n, double shared) {
    double[][] x = new double[p][n];
    for (int i = 0; i < n; i++) {
      double common = rnd.nextGaussian();
      for (int j = 0; j < p; j++) {
        x[j][i] = shared * common + rnd.nextGaussian() * (1 + 0.1 * j);
      }
    }
    return x;
  }

  static double[] outcome(Random rnd, double[][] x, double noise) {
    int n = x[0].length;
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double s = rnd.nextGaussian() * noise;
      for (int j = 0; j < x.length; j++) {
        s += (0.2 + 0.15 * j) * x[j][i];
      }
      y[i] = s;
    }
    return y;
  }

  static double olsR2(double[][] x, double[] y, int mask) {
    int k = Integer.bitCount(mask);
    if (k == 0) {
      return 0.0;
    }
    int n = y.length;
    double[][] design = new double[n][k];
    for (int i = 0; i < n; i++) {
      int c = 0;
      for (int j = 0; j < x.length; j++) {
        if ((mask & (1 << j)) != 0) {
          design[i][c++] = x[j][i];
        }
      }
    }
    OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
    ols.newSampleData(y, design);
    return ols.calculateRSquared();
  }

  static double[] bruteForceLmg(double[][] x, double[] y) {
    int p = x.length;
    double[] r2 = new double[1 << p];
    for (int m = 0; m < r2.length; m++) {
      r2[m] = olsR2(x, y, m);
    }
    double[] lmg = new double[p];
    int[] order = new int[p];
    for (int j = 0; j < p; j++) {
      order[j] = j;
    }
    int perms = 0;
    do {
      int mask = 0;
      for (int j : order) {
        lmg[j] += r2[mask | (1 << j)] - r2[mask];
        mask |= 1 << j;
      }
      perms++;
    } while (nextPermutation(order));
    for (int j = 0; j < p; j++) {
      lmg[j] /= perms;
    }
    return lmg;
  }

  private static boolean nextPermutation(int[] a) {
    int i = a.length - 2;
    while (i >= 0 && a[i] >= a[i + 1]) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    int j = a.length - 1;
    while (a[j] <= a[i]) {
      j--;
    }
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
    int[] tail = Arrays.copyOfRange(a, i + 1, a.length);
    for (int k = 0; k < tail.length; k++) {
      a[a.length - 1 - k] = tail[k];
    }
    return true;
  }
}
