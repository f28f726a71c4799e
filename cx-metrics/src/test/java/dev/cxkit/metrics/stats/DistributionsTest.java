package dev.cxkit.metrics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DistributionsTest {

  // Reference values: standard normal and Student t tables (Abramowitz & Stegun 26.2, 26.7).
  @Test
  void quantilesAndTails() {
    assertEquals(1.959964, Distributions.zCritical(0.95), 1e-6);
    assertEquals(1.644854, Distributions.zCritical(0.90), 1e-6);
    assertEquals(2.262157, Distributions.tCritical(0.95, 9), 1e-6);
    assertEquals(0.05, Distributions.twoSidedNormalP(1.959964), 1e-7);
    assertEquals(0.05, Distributions.twoSidedTP(2.262157, 9), 1e-7);
    assertEquals(0.975, Distributions.normalCdf(1.959964), 1e-7);
  }

  @Test
  void rejectsBadArguments() {
    assertThrows(IllegalArgumentException.class, () -> Distributions.zCritical(1.0));
    assertThrows(IllegalArgumentException.class, () -> Distributions.normalQuantile(0.0));
    assertThrows(IllegalArgumentException.class, () -> Distributions.tCritical(0.95, 0));
    assertThrows(IllegalArgumentException.class, () -> Distributions.twoSidedNormalP(Double.NaN));
  }
}
