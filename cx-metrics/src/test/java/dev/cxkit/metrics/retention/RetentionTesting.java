package dev.cxkit.metrics.retention;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/** Shared fixtures of the retention tests. */
final class RetentionTesting {

  private RetentionTesting() {}

  /** The golden Kaplan–Meier example of /work/shared/reference/golden-values.md. */
  static LifetimeCounts goldenKm() {
    return LifetimeCounts.of(new double[] {10, 20, 20, 30, 40}, new int[] {1, 0, 1, 1, 0});
  }

  /**
   * Remission times in weeks of the 6-MP group of the leukaemia trial (Freireich et al. 1963, Blood
   * 21(6); as tabulated by Kleinbaum &amp; Klein, Survival Analysis: A Self-Learning Text, 3rd ed.
   * 2012, ch. 1–2). Event 0 = censored ("+").
   */
  static LifetimeCounts sixMp() {
    return LifetimeCounts.of(
        new double[] {6, 6, 6, 7, 10, 13, 16, 22, 23, 6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35},
        new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  }

  /** The placebo group of the same trial: all 21 relapsed. */
  static LifetimeCounts placebo() {
    double[] t = {1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23};
    int[] e = new int[t.length];
    java.util.Arrays.fill(e, 1);
    return LifetimeCounts.of(t, e);
  }

  /** Asserts an IllegalArgumentException whose message contains every fragment. */
  static void assertRejected(Executable call, String... fragments) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    for (String f : fragments) {
      assertTrue(
          e.getMessage().contains(f),
          () -> "message '" + e.getMessage() + "' should contain '" + f + "'");
    }
  }
}
