package dev.cxkit.metrics.clv;

import java.util.Arrays;
import java.util.Locale;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.jspecify.annotations.Nullable;

/**
 * Maximises a {@link LogLikelihood} over positive parameters by BFGS in log-parameter space with an
 * Armijo backtracking line search, stopping on the gradient norm (not on a relative change: the
 * BTYD likelihoods are flat along some directions). Standard errors come from the observed
 * information: the Hessian of the log-likelihood on the natural scale by central differences of the
 * analytic gradient.
 */
final class MaximumLikelihood {
  /** Largest gradient component of the mean log-likelihood w.r.t. log parameters at the optimum. */
  static final double GRADIENT_TOLERANCE = 1e-8;

  /** Gradient bound accepted when the line search can no longer improve the objective. */
  static final double STALL_TOLERANCE = 1e-6;

  static final int MAX_ITERATIONS = 500;
  private static final double MAX_LOG_STEP = 3.0;
  private static final double ARMIJO = 1e-4;

  /**
   * Outcome; {@code inverseHessian} is the final BFGS approximation of the inverse Hessian of the
   * mean negative log-likelihood in log-parameter space (a warm start for a related fit).
   */
  record Result(
      double[] parameters,
      double logLikelihood,
      double[] standardErrors,
      double[][] covariance,
      FitConvergence convergence,
      double[][] inverseHessian) {}

  private MaximumLikelihood() {}

  static Result maximise(LogLikelihood f, double[] start) {
    return maximise(f, start, null);
  }

  /**
   * As {@link #maximise(LogLikelihood, double[])} with an initial inverse-Hessian approximation.
   */
  static Result maximise(
      LogLikelihood f, double[] start, double @Nullable [][] initialInverseHessian) {
    return run(f, start, initialInverseHessian, true);
  }

  private static Result run(
      LogLikelihood f,
      double[] start,
      double @Nullable [][] initialInverseHessian,
      boolean information) {
    int k = f.dimension();
    double scale = 1.0 / f.totalWeight();
    double[] theta = new double[k];
    for (int i = 0; i < k; i++) {
      theta[i] = f.positive(i) ? Math.log(start[i]) : start[i];
    }
    double[] p = new double[k];
    double[] gp = new double[k];
    double[] g = new double[k];
    int evaluations = 0;
    double fx = objective(f, theta, p, gp, g, scale);
    evaluations++;
    if (!Double.isFinite(fx)) {
      return failed(
          f,
          p,
          0,
          evaluations,
          Double.POSITIVE_INFINITY,
          "log-likelihood is not finite at the start values " + Arrays.toString(start));
    }
    boolean first = initialInverseHessian == null;
    double[][] h = first ? identity(k) : copy(initialInverseHessian);
    double[] dir = new double[k];
    double[] thetaNew = new double[k];
    double[] gNew = new double[k];
    double[] pNew = new double[k];
    double[] s = new double[k];
    double[] y = new double[k];
    int it = 0;
    String stop = "iteration limit " + MAX_ITERATIONS + " reached";
    boolean gradientMet = false;
    for (; it < MAX_ITERATIONS; it++) {
      if (maxAbs(g) < GRADIENT_TOLERANCE) {
        gradientMet = true;
        stop = "gradient norm below " + GRADIENT_TOLERANCE;
        break;
      }
      multiply(h, g, dir, -1.0);
      double slope = dot(g, dir);
      if (!(slope < 0.0)) {
        h = identity(k);
        first = true;
        for (int i = 0; i < k; i++) {
          dir[i] = -g[i];
        }
        slope = dot(g, dir);
      }
      double step = Math.min(1.0, MAX_LOG_STEP / maxAbs(dir));
      double fNew = Double.NaN;
      boolean accepted = false;
      for (int ls = 0; ls < 60; ls++) {
        for (int i = 0; i < k; i++) {
          thetaNew[i] = theta[i] + step * dir[i];
        }
        fNew = objective(f, thetaNew, pNew, gp, gNew, scale);
        evaluations++;
        boolean armijo = fNew <= fx + ARMIJO * step * slope && fNew < fx;
        // at the precision floor of f, accept a step that clearly reduces the gradient instead
        boolean flatButBetter =
            Math.abs(fNew - fx) <= 1e-13 * Math.abs(fx) && maxAbs(gNew) < 0.5 * maxAbs(g);
        if (Double.isFinite(fNew) && (armijo || flatButBetter)) {
          accepted = true;
          break;
        }
        step *= (Double.isFinite(fNew) ? 0.5 : 0.1);
      }
      if (!accepted) {
        gradientMet = maxAbs(g) < STALL_TOLERANCE;
        stop =
            "line search found no improvement; gradient "
                + (gradientMet ? "below " : "above ")
                + STALL_TOLERANCE
                + " at this precision floor";
        if (gradientMet) {
          break;
        }
        if (!first) {
          // retry once along the steepest ascent with a fresh curvature model
          h = identity(k);
          first = true;
          continue;
        }
        break;
      }
      double sy = 0.0;
      double yy = 0.0;
      for (int i = 0; i < k; i++) {
        s[i] = thetaNew[i] - theta[i];
        y[i] = gNew[i] - g[i];
        sy += s[i] * y[i];
        yy += y[i] * y[i];
      }
      if (sy > 1e-12 * Math.sqrt(dot(s, s) * yy)) {
        if (first) {
          h = identity(k);
          for (int i = 0; i < k; i++) {
            h[i][i] = sy / yy;
          }
          first = false;
        }
        bfgsUpdate(h, s, y, sy);
      }
      System.arraycopy(thetaNew, 0, theta, 0, k);
      System.arraycopy(gNew, 0, g, 0, k);
      System.arraycopy(pNew, 0, p, 0, k);
      fx = fNew;
    }
    double gradNorm = maxAbs(g);
    for (int i = 0; i < k; i++) {
      p[i] = f.positive(i) ? Math.exp(theta[i]) : theta[i];
    }
    if (!gradientMet) {
      return failed(f, p, it, evaluations, gradNorm, stop);
    }
    double ll = -fx / scale;
    if (!information) {
      return new Result(
          p,
          ll,
          new double[k],
          new double[k][k],
          new FitConvergence(true, it, evaluations, gradNorm, stop),
          h);
    }
    double[] se = new double[k];
    double[][] cov = new double[k][k];
    String seProblem = standardErrors(f, p, se, cov);
    evaluations += k + 1;
    if (seProblem != null) {
      return new Result(
          p,
          ll,
          new double[k],
          new double[k][k],
          new FitConvergence(false, it, evaluations, gradNorm, seProblem),
          h);
    }
    return new Result(p, ll, se, cov, new FitConvergence(true, it, evaluations, gradNorm, stop), h);
  }

  /**
   * Maximises from {@code start} without the observed information (no standard errors): for the
   * refits of a bootstrap, which need the optimum only. Returns null if it did not converge.
   */
  static double @Nullable [] optimum(
      LogLikelihood f, double[] start, double @Nullable [][] initialInverseHessian) {
    Result r = run(f, start, initialInverseHessian, false);
    return r.convergence().converged() ? r.parameters() : null;
  }

  private static Result failed(
      LogLikelihood f, double[] p, int it, int evaluations, double gradNorm, String message) {
    double ll = f.valueAndGradient(p, new double[p.length]);
    return new Result(
        p.clone(),
        Double.isFinite(ll) ? ll : Double.NEGATIVE_INFINITY,
        new double[p.length],
        new double[p.length][p.length],
        new FitConvergence(
            false,
            it,
            evaluations,
            Double.isFinite(gradNorm) ? gradNorm : Double.MAX_VALUE,
            message),
        identity(p.length));
  }

  /** Mean negative log-likelihood at exp(theta) and its gradient w.r.t. theta. */
  private static double objective(
      LogLikelihood f, double[] theta, double[] p, double[] gp, double[] g, double scale) {
    for (int i = 0; i < theta.length; i++) {
      p[i] = f.positive(i) ? Math.exp(theta[i]) : theta[i];
    }
    double ll = f.valueAndGradient(p, gp);
    if (!Double.isFinite(ll)) {
      return Double.POSITIVE_INFINITY;
    }
    for (int i = 0; i < theta.length; i++) {
      g[i] = -gp[i] * (f.positive(i) ? p[i] : 1.0) * scale;
      if (!Double.isFinite(g[i])) {
        return Double.POSITIVE_INFINITY;
      }
    }
    return -ll * scale;
  }

  /**
   * Fills {@code se} from the inverse observed information; returns a problem description or null.
   */
  static @Nullable String standardErrors(
      LogLikelihood f, double[] p, double[] se, double[][] covariance) {
    int k = p.length;
    double[][] hess = new double[k][k];
    double[] gPlus = new double[k];
    double[] q = p.clone();
    double[] g0 = new double[k];
    if (!Double.isFinite(f.valueAndGradient(p, g0))) {
      return "log-likelihood not finite at the optimum; no observed information";
    }
    // forward differences of the analytic gradient: k extra evaluations, error O(h)
    for (int j = 0; j < k; j++) {
      double hj = 1e-6 * Math.max(Math.abs(p[j]), f.positive(j) ? 0.0 : 1e-2);
      q[j] = p[j] + hj;
      double a = f.valueAndGradient(q, gPlus);
      q[j] = p[j];
      if (!Double.isFinite(a)) {
        return "log-likelihood not finite next to the optimum; no observed information";
      }
      for (int i = 0; i < k; i++) {
        hess[i][j] = (gPlus[i] - g0[i]) / hj;
      }
    }
    RealMatrix info = MatrixUtils.createRealMatrix(k, k);
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        info.setEntry(i, j, -0.5 * (hess[i][j] + hess[j][i]));
      }
    }
    RealMatrix cov;
    try {
      cov = new CholeskyDecomposition(info, 1e-14, 1e-300).getSolver().getInverse();
    } catch (MathIllegalArgumentException e) {
      return "observed information is not positive definite at the stationary point";
    }
    for (int i = 0; i < k; i++) {
      double v = cov.getEntry(i, i);
      if (!(v > 0.0 && v < Double.POSITIVE_INFINITY)) {
        return String.format(Locale.ROOT, "variance of parameter %d not finite and positive", i);
      }
      se[i] = Math.sqrt(v);
      for (int j = 0; j < k; j++) {
        covariance[i][j] = 0.5 * (cov.getEntry(i, j) + cov.getEntry(j, i));
      }
    }
    return null;
  }

  private static void bfgsUpdate(double[][] h, double[] s, double[] y, double sy) {
    int k = s.length;
    double[] hy = new double[k];
    multiply(h, y, hy, 1.0);
    double yhy = dot(y, hy);
    double rho = 1.0 / sy;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        h[i][j] += rho * ((1.0 + rho * yhy) * s[i] * s[j] - hy[i] * s[j] - s[i] * hy[j]);
      }
    }
  }

  private static double[][] copy(double[][] m) {
    double[][] c = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i].clone();
    }
    return c;
  }

  private static double[][] identity(int k) {
    double[][] h = new double[k][k];
    for (int i = 0; i < k; i++) {
      h[i][i] = 1.0;
    }
    return h;
  }

  private static void multiply(double[][] h, double[] v, double[] out, double factor) {
    for (int i = 0; i < v.length; i++) {
      double sum = 0.0;
      for (int j = 0; j < v.length; j++) {
        sum += h[i][j] * v[j];
      }
      out[i] = factor * sum;
    }
  }

  private static double dot(double[] a, double[] b) {
    double s = 0.0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double maxAbs(double[] v) {
    double m = 0.0;
    for (double x : v) {
      m = Math.max(m, Math.abs(x));
    }
    return m;
  }
}
