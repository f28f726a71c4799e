package dev.cxkit.metrics.retention;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.model.internal.ExactMath;
import java.util.List;

/**
 * The shifted-beta-geometric (sBG) model of contractual retention (Fader &amp; Hardie 2007, "How to
 * project customer retention", Journal of Interactive Marketing 21(1)): each customer renews every
 * period with her own probability 1 − θ, and θ varies across customers as Beta(α, β). The aggregate
 * retention rate then rises with tenure, r<sub>t</sub> = (β + t − 1)/(α + β + t − 1), which a
 * single constant rate cannot capture.
 *
 * <p>Fitted by maximum likelihood with Newton's method on (ln α, ln β) using the analytic gradient
 * and Hessian, with a backtracking line search and a gradient-ascent fallback; it stops when the
 * gradient norm is small. Standard errors come from the observed information at the optimum.
 *
 * <pre>{@code
 * SbgFit fit = ShiftedBetaGeometric.fit(new long[] {1000, 631, 468, 382, 326});
 * fit.alpha();            // 0.7637
 * fit.beta();             // 1.2958
 * fit.logLikelihood();    // -1401.56
 * fit.retentionRate(7);   // 0.9052
 * }</pre>
 */
public final class ShiftedBetaGeometric {

  private static final int MAX_ITERATIONS = 500;

  /** ln(1e6): beyond it the Beta mixing distribution is a point mass for all practical purposes. */
  private static final double MAX_LOG_PARAMETER = 13.815510557964274;

  private ShiftedBetaGeometric() {}

  /**
   * Fits the model to one cohort's survivor counts.
   *
   * @param survivors customers still active at the start (index 0) and after each renewal
   *     opportunity: {@code survivors[0] > 0}, non-increasing, at least three entries (one renewal
   *     period identifies only β/(α + β))
   * @return the fit; check {@link SbgFit#converged()} before relying on it
   * @throws IllegalArgumentException naming the index and value of the first bad count
   */
  public static SbgFit fit(long[] survivors) {
    checkNotNull(survivors, "survivors");
    checkArgument(
        survivors.length >= 3,
        "survivors must hold the cohort size and at least two later counts (one period identifies"
            + " only beta/(alpha+beta)), was length %s",
        survivors.length);
    checkCohort("survivors", survivors);
    return fitChecked(new long[][] {survivors.clone()});
  }

  /**
   * Fits one (α, β) to several cohorts acquired at different times, each observed from its
   * acquisition for as many renewal periods as it has lived (younger cohorts have shorter series);
   * the log-likelihood is the sum over cohorts.
   *
   * <pre>{@code
   * SbgFit fit = ShiftedBetaGeometric.fitCohorts(List.of(
   *     new long[] {1000, 631, 468, 382, 326},   // acquired 4 years ago
   *     new long[] {800, 510, 380}));            // acquired 2 years ago
   * }</pre>
   *
   * @param cohorts each cohort's survivor counts, as for {@link #fit(long[])} but at least two
   *     entries each; the longest must have at least three
   */
  public static SbgFit fitCohorts(List<long[]> cohorts) {
    checkNotNull(cohorts, "cohorts");
    checkArgument(!cohorts.isEmpty(), "cohorts must not be empty, was 0 cohorts");
    long[][] copy = new long[cohorts.size()][];
    int longest = 0;
    for (int c = 0; c < copy.length; c++) {
      long[] s = checkNotNull(cohorts.get(c), "cohorts[%s]", c);
      checkArgument(
          s.length >= 2,
          "cohorts[%s] must hold the cohort size and at least one later count, was length %s",
          c,
          s.length);
      checkCohort("cohorts[" + c + "]", s);
      copy[c] = s.clone();
      longest = Math.max(longest, s.length);
    }
    checkArgument(
        longest >= 3,
        "the longest cohort must span at least two renewal periods (one period identifies only"
            + " beta/(alpha+beta)), was %s",
        longest - 1);
    return fitChecked(copy);
  }

  private static void checkCohort(String name, long[] survivors) {
    checkArgument(survivors[0] > 0, "%s[0] (cohort size) must be > 0, was %s", name, survivors[0]);
    for (int t = 1; t < survivors.length; t++) {
      checkArgument(survivors[t] >= 0, "%s[%s] must be >= 0, was %s", name, t, survivors[t]);
      checkArgument(
          survivors[t] <= survivors[t - 1],
          "%s must be non-increasing, was %s[%s]=%s > %s[%s]=%s",
          name,
          name,
          t,
          survivors[t],
          name,
          t - 1,
          survivors[t - 1]);
    }
  }

  private static SbgFit fitChecked(long[][] n) {
    long customers = 0;
    boolean churn = false;
    for (long[] s : n) {
      customers = ExactMath.add("customers", customers, s[0]);
      churn |= s[s.length - 1] < s[0];
    }
    checkArgument(
        churn, "survivors must show at least one churned customer, was none in %s", customers);
    SbgLikelihood f = new SbgLikelihood(n);
    double u = 0.0; // ln alpha
    double v = 0.0; // ln beta
    f.evaluate(1.0, 1.0);
    double tolerance = 1e-9 * Math.max(1.0, customers);
    boolean converged = false;
    String message = "iteration limit reached";
    int iterations = 0;
    double gradNorm = Double.NaN;
    for (; iterations < MAX_ITERATIONS; iterations++) {
      double a = Math.exp(u);
      double b = Math.exp(v);
      double gu = a * f.ga;
      double gv = b * f.gb;
      gradNorm = Math.hypot(gu, gv);
      if (gradNorm <= tolerance) {
        converged = true;
        message = "gradient norm below " + tolerance;
        break;
      }
      double huu = a * a * f.haa + gu;
      double hvv = b * b * f.hbb + gv;
      double huv = a * b * f.hab;
      double det = huu * hvv - huv * huv;
      double du;
      double dv;
      if (huu < 0 && det > 0) {
        // Newton step for a maximum: -H^{-1} g
        du = -(hvv * gu - huv * gv) / det;
        dv = -(huu * gv - huv * gu) / det;
      } else {
        double scale = 1.0 / Math.max(1.0, gradNorm);
        du = gu * scale;
        dv = gv * scale;
      }
      double stepMax = Math.max(Math.abs(du), Math.abs(dv));
      if (stepMax > 2.0) {
        du *= 2.0 / stepMax;
        dv *= 2.0 / stepMax;
      }
      double current = f.value;
      double step = 1.0;
      boolean improved = false;
      for (int k = 0; k < 60; k++) {
        double nu = u + step * du;
        double nv = v + step * dv;
        f.evaluate(Math.exp(nu), Math.exp(nv));
        if (Double.isFinite(f.value) && f.value >= current) {
          u = nu;
          v = nv;
          improved = true;
          break;
        }
        step /= 2;
      }
      if (!improved) {
        f.evaluate(Math.exp(u), Math.exp(v));
        message = "line search failed to improve the likelihood";
        break;
      }
      if (u > MAX_LOG_PARAMETER || v > MAX_LOG_PARAMETER) {
        message =
            "alpha or beta diverges beyond 1e6: the cohort looks homogeneous (constant"
                + " retention) or degenerate; use RetentionCurve.constant instead";
        break;
      }
    }
    double a = Math.exp(u);
    double b = Math.exp(v);
    f.evaluate(a, b);
    // observed information on the natural scale
    double iaa = -f.haa;
    double ibb = -f.hbb;
    double iab = -f.hab;
    double det = iaa * ibb - iab * iab;
    double seA = Double.NaN;
    double seB = Double.NaN;
    if (converged && iaa > 0 && det > 0) {
      seA = Math.sqrt(ibb / det);
      seB = Math.sqrt(iaa / det);
    } else if (converged) {
      converged = false;
      message = "observed information is not positive definite: alpha and beta not identified";
    }
    return new SbgFit(a, b, f.value, seA, seB, n, converged, iterations, gradNorm, message);
  }
}
