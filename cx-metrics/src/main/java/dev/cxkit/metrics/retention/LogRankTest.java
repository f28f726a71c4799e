package dev.cxkit.metrics.retention;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealVector;
import org.hipparchus.linear.SingularValueDecomposition;
import org.hipparchus.special.Gamma;

/**
 * The log-rank (Mantel–Haenszel) test that k customer segments share one survival curve (Mantel
 * 1966; Peto &amp; Peto 1972).
 *
 * <p>At each distinct event time the expected events of segment g are E = n<sub>g</sub> d / n; the
 * statistic is (O − E)' V<sup>−</sup> (O − E) over the first k − 1 segments, with the
 * hypergeometric covariance V<sub>gh</sub> = Σ d (n − d)/(n − 1) · (n<sub>g</sub>/n)(δ<sub>gh</sub>
 * − n<sub>h</sub>/n), chi-square with rank(V) degrees of freedom (k − 1 unless degenerate) — as R's
 * {@code survdiff}.
 *
 * <pre>{@code
 * Map<String, LifetimeCounts> segments = new LinkedHashMap<>();
 * segments.put("6-MP", sixMp);
 * segments.put("placebo", placebo);
 * LogRankResult r = LogRankTest.test(segments);
 * r.chiSquare();   // 16.79
 * r.pValue();      // 4.2e-5
 * }</pre>
 */
public final class LogRankTest {

  private LogRankTest() {}

  /**
   * Runs the test.
   *
   * @param segments at least two named segments, each with at least one customer; iteration order
   *     is the order of the result's arrays
   * @throws IllegalArgumentException when fewer than two segments are given, a segment is empty, or
   *     there is no churn event at all
   */
  public static LogRankResult test(Map<String, LifetimeCounts> segments) {
    checkNotNull(segments, "segments");
    checkArgument(segments.size() >= 2, "segments must number at least 2, was %s", segments.size());
    List<String> names = new ArrayList<>(segments.size());
    List<LifetimeCounts> groups = new ArrayList<>(segments.size());
    LifetimeCounts pooled = LifetimeCounts.empty();
    for (Map.Entry<String, LifetimeCounts> e : segments.entrySet()) {
      checkNotNull(e.getValue(), "segment %s", e.getKey());
      checkArgument(
          e.getValue().customers() > 0,
          "segment %s must contain at least one customer, was 0",
          e.getKey());
      names.add(e.getKey());
      groups.add(e.getValue());
      pooled = pooled.plus(e.getValue());
    }
    checkArgument(
        pooled.totalEvents() > 0, "segments must contain at least one churn event, was 0");
    int k = groups.size();
    long[] atRisk = new long[k];
    int[] cursor = new int[k];
    for (int g = 0; g < k; g++) {
      atRisk[g] = groups.get(g).customers();
    }
    double[] observed = new double[k];
    double[] expected = new double[k];
    double[][] cov = new double[k][k];
    long[] eventsNow = new long[k];
    for (int j = 0; j < pooled.distinctTimes(); j++) {
      double t = pooled.timeAt(j);
      long d = pooled.eventsAt(j);
      long n = 0;
      for (int g = 0; g < k; g++) {
        n += atRisk[g];
      }
      for (int g = 0; g < k; g++) {
        LifetimeCounts grp = groups.get(g);
        eventsNow[g] = 0;
        if (cursor[g] < grp.distinctTimes() && grp.timeAt(cursor[g]) == t) {
          eventsNow[g] = grp.eventsAt(cursor[g]);
        }
      }
      if (d > 0) {
        double factor = n > 1 ? (double) d * (n - d) / (n - 1) : 0.0;
        for (int g = 0; g < k; g++) {
          double pg = (double) atRisk[g] / n;
          observed[g] += eventsNow[g];
          expected[g] += d * pg;
          for (int h = 0; h < k; h++) {
            double ph = (double) atRisk[h] / n;
            cov[g][h] += factor * pg * ((g == h ? 1.0 : 0.0) - ph);
          }
        }
      }
      // remove everyone who left at t
      for (int g = 0; g < k; g++) {
        LifetimeCounts grp = groups.get(g);
        if (cursor[g] < grp.distinctTimes() && grp.timeAt(cursor[g]) == t) {
          atRisk[g] -= grp.eventsAt(cursor[g]) + grp.censoredAt(cursor[g]);
          cursor[g]++;
        }
      }
    }
    // statistic on the first k-1 segments with a generalised inverse (V has rank <= k-1)
    int r = k - 1;
    double[][] v = new double[r][r];
    double[] u = new double[r];
    for (int g = 0; g < r; g++) {
      u[g] = observed[g] - expected[g];
      System.arraycopy(cov[g], 0, v[g], 0, r);
    }
    SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(v));
    int rank = svd.getRank();
    double chi;
    if (rank == 0) {
      chi = 0.0;
    } else {
      RealVector uv = new ArrayRealVector(u);
      chi = Math.max(0.0, uv.dotProduct(svd.getSolver().getInverse().operate(uv)));
    }
    double p = rank == 0 ? 1.0 : Gamma.regularizedGammaQ(rank / 2.0, chi / 2.0);
    return new LogRankResult(names, observed, expected, cov, chi, rank, p);
  }
}
