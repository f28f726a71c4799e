package dev.cxkit.examples;

import dev.cxkit.metrics.retention.KaplanMeier;
import dev.cxkit.metrics.retention.KaplanMeierCurve;
import dev.cxkit.metrics.retention.LifetimeCounts;
import dev.cxkit.metrics.retention.SbgFit;
import dev.cxkit.metrics.retention.ShiftedBetaGeometric;
import java.util.Locale;

/**
 * Retention two ways. Kaplan–Meier estimates survival from observed lifetimes with censoring (five
 * customers: churned at 10, 20 and 30 months, still active at 20 and 40). The
 * shifted-beta-geometric model fits a contractual cohort — Fader &amp; Hardie's (2007) published
 * "regular" customers: 1000, 631, 468, 382, 326 still subscribed after years 0–4 — and projects it
 * forward.
 */
public final class RetentionCurves {
  private RetentionCurves() {}

  /** Prints the Kaplan–Meier curve and the sBG fit with its forecast. */
  public static void main(String[] args) {
    KaplanMeierCurve km =
        KaplanMeier.fit(
            LifetimeCounts.of(new double[] {10, 20, 20, 30, 40}, new int[] {1, 0, 1, 1, 0}));
    for (double t : new double[] {10, 20, 30, 40}) {
      System.out.println(String.format(Locale.ROOT, "KM S(%.0f) = %.4f", t, km.survival(t)));
    }
    SbgFit sbg = ShiftedBetaGeometric.fit(new long[] {1000, 631, 468, 382, 326});
    System.out.println(
        String.format(Locale.ROOT, "sBG alpha = %.4f, beta = %.4f", sbg.alpha(), sbg.beta()));
    for (int year = 5; year <= 7; year++) {
      System.out.println(
          String.format(
              Locale.ROOT,
              "year %d: %.0f of 1000 still subscribed (retention rate %.3f)",
              year,
              sbg.expectedSurvivors(1000, year),
              sbg.retentionRate(year)));
    }
  }
}
