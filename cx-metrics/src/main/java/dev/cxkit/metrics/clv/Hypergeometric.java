package dev.cxkit.metrics.clv;

/**
 * Gaussian hypergeometric function 2F1 on {@code 0 <= z < 1}, evaluated in log space so that large
 * parameters (frequent, long-lived customers) never overflow.
 */
final class Hypergeometric {
  private static final int MAX_TERMS = 5_000_000;
  private static final double EPS = 1e-16;
  private static final double SERIES_EPS = 1e-15;
  private static final double BIG = 1e200;
  private static final double LOG_BIG = Math.log(BIG);

  private Hypergeometric() {}

  /**
   * {@code log 2F1(a, b; c; z)} for {@code a, b, c > 0} and {@code 0 <= z < 1}, by the power series
   * with running rescaling (terms are positive, so there is no cancellation). When {@code c - a - b
   * < 0} the series is evaluated through Euler's transformation {@code 2F1(a,b;c;z) = (1-z)^(c-a-b)
   * 2F1(c-a, c-b; c; z)} whenever both new upper parameters stay positive, which shortens the sum.
   *
   * @return the logarithm, or NaN if the series did not converge within the term budget
   */
  static double log2F1(double a, double b, double c, double z) {
    if (z == 0.0) {
      return 0.0;
    }
    double ca = c - a;
    double cb = c - b;
    if (c - a - b < 0.0 && ca > 0.0 && cb > 0.0) {
      return (c - a - b) * Math.log1p(-z) + logSeries(ca, cb, c, 1.0, z);
    }
    return logSeries(a, b, c, 1.0, z);
  }

  /**
   * {@code log 3F2(a, b, 1; c, 2; z) = log Σ_{j>=0} (a)_j (b)_j / ((c)_j (j+1)!) z^j} for {@code a,
   * b, c > 0} and {@code 0 <= z < 1}: the series of {@code (2F1(a-1, b-1; c-1; z) - 1) (c-1) /
   * ((a-1) (b-1) z)}, which stays defined where {@code c - 1 <= 0} and 2F1 has its poles. Terms are
   * positive, summed with running rescaling as in {@link #log2F1}.
   *
   * @return the logarithm, or NaN if the series did not converge within the term budget
   */
  static double log3F2WithUnitAndTwo(double a, double b, double c, double z) {
    if (z == 0.0) {
      return 0.0;
    }
    return logSeries(a, b, c, 2.0, z);
  }

  /** {@code log Σ_n t_n} with {@code t_0 = 1}, {@code t_(n+1)/t_n = (a+n)(b+n)/((c+n)(d+n)) z}. */
  private static double logSeries(double a, double b, double c, double d, double z) {
    double term = 1.0;
    double sum = 1.0;
    double logScale = 0.0;
    for (int n = 0; n < MAX_TERMS; n++) {
      double ratio = (a + n) * (b + n) / ((c + n) * (d + n)) * z;
      term *= ratio;
      sum += term;
      if (sum > BIG) {
        sum /= BIG;
        term /= BIG;
        logScale += LOG_BIG;
      }
      // terms are positive; once the ratio is below 1 and shrinking, the tail is bounded by a
      // geometric series with that ratio
      double bound = Math.max(ratio, z);
      if (bound < 1.0 && n > (a + b) && term * bound / (1.0 - bound) < EPS * sum) {
        return logScale + Math.log(sum);
      }
      if (term == 0.0) {
        return logScale + Math.log(sum);
      }
    }
    return Double.NaN;
  }

  /**
   * The series {@code S = 2F1(1, d; c; z)} with {@code 0 < d < c}, {@code 0 <= z < 1}, and its
   * partial derivatives with respect to {@code d}, {@code c} and {@code z}. All terms lie in (0,
   * 1], so nothing overflows. Used by the Pareto/NBD likelihood after Euler's transformation {@code
   * 2F1(a, b; a+1; z) = (1-z)^(1-b) 2F1(1, a+1-b; a+1; z)}.
   *
   * @param out receives {@code S, dS/dd, dS/dc, dS/dz}
   * @return false if the series did not converge within the term budget
   */
  static boolean eulerSeries(double d, double c, double z, double[] out) {
    double term = 1.0;
    double s = 1.0;
    double sd = 0.0;
    double sc = 0.0;
    double sz = 0.0;
    double dLog = 0.0; // d/dd of log(term_n) = sum_{k<n} 1/(d+k)
    double cLog = 0.0; // d/dc of log(term_n) = -sum_{k<n} 1/(c+k)
    double tailFactor = z / (1.0 - z);
    for (int n = 1; n < MAX_TERMS; n++) {
      double dk = d + (n - 1);
      double ck = c + (n - 1);
      // one division per term: 1/(dk ck) gives 1/dk, 1/ck and dk/ck
      double inv = 1.0 / (dk * ck);
      double ratioNoZ = dk * dk * inv;
      // n * term_n / z, without dividing by z
      sz += n * term * ratioNoZ;
      term *= ratioNoZ * z;
      dLog += ck * inv;
      cLog -= dk * inv;
      s += term;
      sd += term * dLog;
      sc += term * cLog;
      // tail of S below term * z/(1-z); derivatives carry at most a log(n) or n factor more
      if (term * tailFactor * (n + 10.0) < SERIES_EPS * s || term == 0.0) {
        out[0] = s;
        out[1] = sd;
        out[2] = sc;
        out[3] = sz;
        return true;
      }
    }
    return false;
  }
}
