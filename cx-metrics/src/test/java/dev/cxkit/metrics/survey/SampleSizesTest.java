package dev.cxkit.metrics.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SampleSizesTest {

  @Test
  void netScoreWorstCase() {
    // golden: +/-5 points at 95% with V = 1 -> 1.959964^2 / 0.05^2 = 1536.6 -> about 1,537
    // (Sauro & Lewis, MeasuringU; /work/shared/reference/golden-values.md)
    assertEquals(1537, SampleSizes.netScore(0.05, 0.95));
    assertEquals(769, SampleSizes.netScore(0.05, 0.95, 0.5));
  }

  @Test
  void proportionAndMean() {
    // textbook: +/-5% at 95% with p = 0.5 -> 384.1 -> 385 (e.g. Cochran 1977, eq. 4.2)
    assertEquals(385, SampleSizes.proportion(0.05, 0.95, 0.5));
    // z^2 sd^2 / E^2 = 3.8415 * 1.44 / 0.01 = 553.2 -> 554
    assertEquals(554, SampleSizes.mean(0.1, 0.95, 1.2));
  }

  @Test
  void rejectsBadTargets() {
    assertThrows(IllegalArgumentException.class, () -> SampleSizes.netScore(0, 0.95));
    assertThrows(IllegalArgumentException.class, () -> SampleSizes.netScore(0.05, 0.95, 1.5));
    assertThrows(IllegalArgumentException.class, () -> SampleSizes.proportion(0.05, 0.95, 1));
    assertThrows(IllegalArgumentException.class, () -> SampleSizes.mean(0.1, 1.0, 1));
    assertThrows(IllegalArgumentException.class, () -> SampleSizes.mean(Double.NaN, 0.95, 1));
  }
}
