package dev.cxkit.metrics.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Nelson–Aalen on R's lung data (all 228 patients). Reference values computed with R survival
 * 3.5.3: {@code summary(survfit(Surv(time, status) ~ 1, data = lung, ctype = 1), times = c(5, 100,
 * 200, 365, 500, 750, 1000))} ({@code cumhaz}, {@code std.chaz}).
 */
class NelsonAalenTest {
  @Test
  void reproducesSurvfit() {
    CumulativeHazardCurve h = NelsonAalen.fit(Lung.data("age").lifetimes());
    double[] t = {5, 100, 200, 365, 500, 750, 1000};
    double[] cumhaz = {
      0.00438596491228,
      0.14565422863400,
      0.38366952511384,
      0.88832457436818,
      1.21799954725654,
      2.28529920855355,
      2.88926746252180
    };
    double[] se = {
      0.00438596491228,
      0.02618446436889,
      0.04557769092101,
      0.08696538765693,
      0.11860032497608,
      0.26466472719647,
      0.41868993312430
    };
    for (int i = 0; i < t.length; i++) {
      assertEquals(cumhaz[i], h.cumulativeHazard(t[i]), 1e-12, "H(" + t[i] + ")");
      assertEquals(se[i], h.standardError(t[i]), 1e-12, "se(" + t[i] + ")");
    }
    assertEquals(0.0, h.cumulativeHazard(1), 0.0);
    assertEquals(Math.exp(-cumhaz[3]), h.survival(365), 1e-12);
    var ci = h.interval(365, 0.95);
    assertEquals(cumhaz[3] * Math.exp(-1.959964 * se[3] / cumhaz[3]), ci.lower(), 1e-6);
  }

  @Test
  void emptyDataIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> NelsonAalen.fit(LifetimeCounts.empty()));
  }
}
