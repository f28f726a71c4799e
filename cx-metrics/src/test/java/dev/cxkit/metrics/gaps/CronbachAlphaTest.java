package dev.cxkit.metrics.gaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CronbachAlphaTest {

  @Test
  void handCalculatedExample() {
    // Items (columns) over 4 respondents: [4,3,5,2], [5,4,5,3], [4,3,5,2].
    // Item variances 5/3, 2.75/3, 5/3 (sum 4.25); totals 13,10,15,7 have variance 36.75/3 = 12.25.
    // alpha = 3/2 * (1 - 4.25/12.25) = 0.979591836...
    double[][] r = {{4, 5, 4}, {3, 4, 3}, {5, 5, 5}, {2, 3, 2}};
    assertEquals(1.5 * (1 - 4.25 / 12.25), CronbachAlpha.of(r), 1e-12);
    assertEquals(0.9795918, CronbachAlpha.of(r), 1e-7);
  }

  @Test
  void publishedTutorialExample() {
    // GeeksforGeeks, "How to Calculate Cronbach's Alpha in R" (ltm::cronbach.alpha):
    // var1 = 1,2,1,2,1,2,1,3,3,1,4; var2 = 1,2,3,4,1,2,3,4,1,2,3; var3 = 2,1,3,1,2,3,3,4,4,2,1
    // -> alpha 0.231 (exactly 3/13 = 0.230769..., reproduced with numpy).
    double[] v1 = {1, 2, 1, 2, 1, 2, 1, 3, 3, 1, 4};
    double[] v2 = {1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3};
    double[] v3 = {2, 1, 3, 1, 2, 3, 3, 4, 4, 2, 1};
    double[][] r = new double[11][];
    for (int i = 0; i < 11; i++) {
      r[i] = new double[] {v1[i], v2[i], v3[i]};
    }
    assertEquals(0.231, CronbachAlpha.of(r), 5e-4);
    assertEquals(3.0 / 13.0, CronbachAlpha.of(r), 1e-12);
  }

  @Test
  void identicalItemsGiveOneAndUncorrelatedItemsGiveZero() {
    // alpha = k c / (v + (k - 1) c) for equal variance v and covariance c (Cronbach 1951):
    // c = v gives 1; c = 0 gives 0.
    assertEquals(1.0, CronbachAlpha.of(new double[][] {{1, 1}, {2, 2}, {4, 4}}), 1e-12);
    assertEquals(0.0, CronbachAlpha.of(new double[][] {{1, 1}, {-1, 1}, {1, -1}, {-1, -1}}), 1e-12);
  }

  @Test
  void rejectsDegenerateInput() {
    assertThrows(IllegalArgumentException.class, () -> CronbachAlpha.of(new double[][] {{1, 2}}));
    assertThrows(IllegalArgumentException.class, () -> CronbachAlpha.of(new double[][] {{1}, {2}}));
    assertThrows(
        IllegalArgumentException.class, () -> CronbachAlpha.of(new double[][] {{1, 1}, {1, 1}}));
    assertThrows(
        IllegalArgumentException.class,
        () -> CronbachAlpha.of(new double[][] {{1, Double.NaN}, {1, 2}}));
  }
}
