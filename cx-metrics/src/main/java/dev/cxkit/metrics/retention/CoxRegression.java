package dev.cxkit.metrics.retention;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.metrics.stats.DesignChecks;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * Cox proportional-hazards regression of churn on customer covariates (Cox 1972): the hazard of
 * customer i is {@code h0(t) exp(β'z_i)}, β maximises the partial likelihood (Newton–Raphson from β
 * = 0 with step halving, covariates centred, as R's {@code survival::coxph}). Ties by {@link
 * CoxTies#EFRON} (default) or {@link CoxTies#BRESLOW}; optionally the robust (sandwich) variance of
 * Lin &amp; Wei (1989), {@code D'D} with {@code D} the dfbeta residuals.
 *
 * <pre>{@code
 * CoxFit fit = CoxRegression.efron().fit(data);          // lung: sex -0.5526, age 0.0111, ...
 * fit.term("sex").hazardRatio();                          // 0.575
 * fit.term("sex").hazardRatioInterval(0.95);              // [0.414, 0.799]
 * CoxFit robust = CoxRegression.efron().withRobustVariance().fit(data);
 * fit.proportionalHazardsTest().global().pValue();        // cox.zph: 0.216
 * fit.survival(new double[] {2, 60, 1}).survival(365);    // predicted S(365 | z)
 * }</pre>
 *
 * <p>Bad input is refused before fitting: a covariate without variation, or one that is a linear
 * combination of others, gets an {@code IllegalArgumentException} naming the covariates.
 */
public final class CoxRegression {
  static final int MAX_ITERATIONS = 30;
  private static final double TOLERANCE = 1e-10;

  private final CoxTies ties;
  private final boolean robust;

  private CoxRegression(CoxTies ties, boolean robust) {
    this.ties = checkNotNull(ties, "ties");
    this.robust = robust;
  }

  /** Efron ties, model-based variance. */
  public static CoxRegression efron() {
    return new CoxRegression(CoxTies.EFRON, false);
  }

  /** Breslow ties, model-based variance. */
  public static CoxRegression breslow() {
    return new CoxRegression(CoxTies.BRESLOW, false);
  }

  /** The given tie handling, model-based variance. */
  public static CoxRegression ties(CoxTies ties) {
    return new CoxRegression(ties, false);
  }

  /** This configuration with the robust (sandwich) variance used for standard errors. */
  public CoxRegression withRobustVariance() {
    return new CoxRegression(ties, true);
  }

  /**
   * Fits the model on the complete rows of {@code data}.
   *
   * @throws IllegalArgumentException if there is no event, a covariate has no variation or the
   *     covariates are collinear
   */
  public CoxFit fit(SurvivalData data) {
    checkNotNull(data, "data");
    checkArgument(
        !data.covariates().isEmpty(), "a Cox model needs at least one covariate, data has none");
    checkArgument(
        data.events() > 0,
        "data must contain at least one churn event, was 0 in %s rows",
        data.size());
    CoxEngine engine = new CoxEngine(data, ties == CoxTies.EFRON);
    DesignChecks.requireEstimable(data.covariates(), data.values, data.size());
    int p = engine.p;
    double[] beta = new double[p];
    engine.evaluate(beta, false);
    double nullLogLikelihood = engine.logLikelihood;
    double scoreTest = scoreStatistic(engine);
    double ll = nullLogLikelihood;
    int iterations = 0;
    boolean converged = false;
    double[] trial = new double[p];
    while (iterations < MAX_ITERATIONS) {
      iterations++;
      double[] step = solve(engine.information, engine.score, p);
      if (step == null) {
        break;
      }
      double shrink = 1.0;
      double newLl = Double.NEGATIVE_INFINITY;
      for (int half = 0; half < 30; half++) {
        for (int k = 0; k < p; k++) {
          trial[k] = beta[k] + shrink * step[k];
        }
        engine.evaluate(trial, false);
        newLl = engine.logLikelihood;
        if (Double.isFinite(newLl) && newLl >= ll - 1e-12 * Math.abs(ll)) {
          break;
        }
        shrink /= 2;
      }
      double change = 0.0;
      for (int k = 0; k < p; k++) {
        change = Math.max(change, Math.abs(trial[k] - beta[k]) / Math.max(1.0, Math.abs(beta[k])));
      }
      System.arraycopy(trial, 0, beta, 0, p);
      boolean small = Math.abs(newLl - ll) <= TOLERANCE * Math.abs(ll) && change < 1e-8;
      ll = newLl;
      if (small) {
        converged = true;
        break;
      }
    }
    engine.evaluate(beta, true);
    double[] variance = inverse(engine.information, p);
    checkArgument(
        variance != null,
        "the information matrix is singular at the estimate: the covariates %s do not identify"
            + " the model (a covariate may separate events from non-events)",
        data.covariates());
    double[] robustVariance = robust ? sandwich(engine, beta, variance) : null;
    return new CoxFit(
        data,
        engine,
        ties,
        beta,
        variance,
        robustVariance,
        nullLogLikelihood,
        engine.logLikelihood,
        scoreTest,
        iterations,
        converged);
  }

  /** The score test of β = 0: {@code U' I^-1 U} at β = 0. */
  private static double scoreStatistic(CoxEngine e) {
    double[] x = solve(e.information, e.score, e.p);
    if (x == null) {
      return Double.NaN;
    }
    double s = 0.0;
    for (int k = 0; k < e.p; k++) {
      s += x[k] * e.score[k];
    }
    return s;
  }

  /** Robust variance {@code V (Σ U_i U_i') V} from the score residuals. */
  private static double[] sandwich(CoxEngine e, double[] beta, double[] v) {
    int p = e.p;
    double[] meat = new double[p * p];
    e.scoreResiduals(
        beta,
        (row, u) -> {
          for (int a = 0; a < p; a++) {
            for (int b = 0; b <= a; b++) {
              meat[a * p + b] += u[a] * u[b];
            }
          }
        });
    for (int a = 0; a < p; a++) {
      for (int b = a + 1; b < p; b++) {
        meat[a * p + b] = meat[b * p + a];
      }
    }
    return multiply(multiply(v, meat, p), v, p);
  }

  static double[] multiply(double[] a, double[] b, int p) {
    double[] c = new double[p * p];
    for (int i = 0; i < p; i++) {
      for (int k = 0; k < p; k++) {
        double aik = a[i * p + k];
        for (int j = 0; j < p; j++) {
          c[i * p + j] += aik * b[k * p + j];
        }
      }
    }
    return c;
  }

  /** Solves {@code A x = b} for symmetric positive-definite A, or null if it is not. */
  static double[] solve(double[] a, double[] b, int p) {
    try {
      return new CholeskyDecomposition(matrix(a, p), 1e-12, 1e-14)
          .getSolver()
          .solve(MatrixUtils.createRealVector(b))
          .toArray();
    } catch (MathIllegalArgumentException e) {
      return null;
    }
  }

  /** The inverse of symmetric positive-definite {@code a} (row-major), or null if it is not. */
  static double[] inverse(double[] a, int p) {
    try {
      RealMatrix inv =
          new CholeskyDecomposition(matrix(a, p), 1e-12, 1e-14).getSolver().getInverse();
      double[] out = new double[p * p];
      for (int i = 0; i < p; i++) {
        for (int j = 0; j < p; j++) {
          out[i * p + j] = inv.getEntry(i, j);
        }
      }
      return out;
    } catch (MathIllegalArgumentException e) {
      return null;
    }
  }

  private static RealMatrix matrix(double[] a, int p) {
    RealMatrix m = MatrixUtils.createRealMatrix(p, p);
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        m.setEntry(i, j, a[i * p + j]);
      }
    }
    return m;
  }

  @Override
  public String toString() {
    return "CoxRegression{ties=" + ties + ", robust=" + robust + "}";
  }
}
