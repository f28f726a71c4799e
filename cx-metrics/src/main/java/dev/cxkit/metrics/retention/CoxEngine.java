package dev.cxkit.metrics.retention;

import java.util.Arrays;

/**
 * The numerical core of the Cox model: rows sorted by time into groups of tied times, covariates
 * centred, and one pass from the longest time down that accumulates the risk-set sums {@code S0 = Σ
 * r}, {@code S1 = Σ r z}, {@code S2 = Σ r z z'} (with {@code r = exp(β'z)}) and, at each event
 * time, the partial log-likelihood, its score and its information. Ties are handled as Breslow
 * (every death sees the whole risk set) or Efron (the {@code l}-th of {@code d} tied deaths sees
 * the risk set less {@code l/d} of the dying), as R's {@code coxph}.
 */
final class CoxEngine {
  final int n;
  final int p;
  final boolean efron;

  /** Sorted by time ascending, centred: {@code z[i * p + k]}. */
  final double[] z;

  final double[] time;
  final boolean[] event;
  final double[] means;

  /** Row ranges of the distinct times: group g holds rows {@code [start[g], start[g + 1])}. */
  final int[] start;

  final int[] deaths;
  final int groups;

  // results of evaluate()
  double logLikelihood;
  final double[] score;
  final double[] information;

  // filled when record = true: per group with deaths
  double[] hazard; // Σ_l 1/a_l (full at-risk member)
  double[] hazardDying; // Σ_l (1 - f_l)/a_l
  double[] zHazard; // Σ_l zbar_l / a_l, p per group
  double[] zHazardDying; // Σ_l (1 - f_l) zbar_l / a_l
  double[] zMean; // mean over l of zbar_l, p per group
  double[] groupInformation; // Σ_l V_l, p*p per group

  CoxEngine(SurvivalData data, boolean efron) {
    this.n = data.size();
    this.p = data.covariates().size();
    this.efron = efron;
    int[] order = sortByTime(data.time);
    this.time = new double[n];
    this.event = new boolean[n];
    this.z = new double[n * p];
    this.means = new double[p];
    for (int i = 0; i < n; i++) {
      int src = order[i];
      time[i] = data.time[src];
      event[i] = data.event[src];
      System.arraycopy(data.values, src * p, z, i * p, p);
      for (int k = 0; k < p; k++) {
        means[k] += z[i * p + k];
      }
    }
    for (int k = 0; k < p; k++) {
      means[k] /= n;
    }
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < p; k++) {
        z[i * p + k] -= means[k];
      }
    }
    int[] s = new int[n + 1];
    int[] d = new int[n];
    int g = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || time[i] != time[i - 1]) {
        s[g++] = i;
      }
      if (event[i]) {
        d[g - 1]++;
      }
    }
    s[g] = n;
    this.groups = g;
    this.start = Arrays.copyOf(s, g + 1);
    this.deaths = Arrays.copyOf(d, g);
    this.score = new double[p];
    this.information = new double[p * p];
  }

  /** Row order by ascending time (stable): sort the distinct times, then counting sort by rank. */
  private static int[] sortByTime(double[] t) {
    int n = t.length;
    double[] sorted = t.clone();
    Arrays.sort(sorted);
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || sorted[i] != sorted[m - 1]) {
        sorted[m++] = sorted[i];
      }
    }
    int[] rank = new int[n];
    int[] count = new int[m + 1];
    for (int i = 0; i < n; i++) {
      rank[i] = Arrays.binarySearch(sorted, 0, m, t[i]);
      count[rank[i] + 1]++;
    }
    for (int j = 0; j < m; j++) {
      count[j + 1] += count[j];
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[count[rank[i]]++] = i;
    }
    return order;
  }

  /** Linear predictor {@code β'z} of sorted row {@code i} (centred covariates). */
  double eta(double[] beta, int i) {
    double e = 0.0;
    int off = i * p;
    for (int k = 0; k < p; k++) {
      e += beta[k] * z[off + k];
    }
    return e;
  }

  /**
   * Log partial likelihood, score and information at {@code beta}; with {@code record} also the
   * per-event-time quantities needed for residuals, baseline hazard and the proportional-hazards
   * test.
   */
  void evaluate(double[] beta, boolean record) {
    double s0 = 0.0;
    double[] s1 = new double[p];
    double[] s2 = new double[p * p];
    double[] d1 = new double[p];
    double[] d2 = new double[p * p];
    double[] zbar = new double[p];
    double ll = 0.0;
    Arrays.fill(score, 0.0);
    Arrays.fill(information, 0.0);
    if (record) {
      hazard = new double[groups];
      hazardDying = new double[groups];
      zHazard = new double[groups * p];
      zHazardDying = new double[groups * p];
      zMean = new double[groups * p];
      groupInformation = new double[groups * p * p];
    }
    for (int g = groups - 1; g >= 0; g--) {
      int dg = deaths[g];
      boolean tied = efron && dg > 1;
      double d0 = 0.0;
      if (tied) {
        Arrays.fill(d1, 0.0);
        Arrays.fill(d2, 0.0);
      }
      for (int i = start[g]; i < start[g + 1]; i++) {
        double e = eta(beta, i);
        double r = Math.exp(e);
        int off = i * p;
        s0 += r;
        for (int a = 0; a < p; a++) {
          double rz = r * z[off + a];
          s1[a] += rz;
          int row = a * p;
          for (int b = 0; b <= a; b++) {
            s2[row + b] += rz * z[off + b];
          }
        }
        if (event[i]) {
          ll += e;
          for (int a = 0; a < p; a++) {
            score[a] += z[off + a];
          }
          if (tied) {
            d0 += r;
            for (int a = 0; a < p; a++) {
              double rz = r * z[off + a];
              d1[a] += rz;
              int row = a * p;
              for (int b = 0; b <= a; b++) {
                d2[row + b] += rz * z[off + b];
              }
            }
          }
        }
      }
      if (dg == 0) {
        continue;
      }
      for (int l = 0; l < dg; l++) {
        double f = tied ? (double) l / dg : 0.0;
        double a0 = s0 - f * d0;
        ll -= Math.log(a0);
        for (int a = 0; a < p; a++) {
          zbar[a] = (s1[a] - f * d1[a]) / a0;
          score[a] -= zbar[a];
        }
        for (int a = 0; a < p; a++) {
          int row = a * p;
          for (int b = 0; b <= a; b++) {
            double v = (s2[row + b] - f * d2[row + b]) / a0 - zbar[a] * zbar[b];
            information[row + b] += v;
            if (record) {
              groupInformation[g * p * p + row + b] += v;
            }
          }
        }
        if (record) {
          double w = 1.0 - f;
          hazard[g] += 1.0 / a0;
          hazardDying[g] += w / a0;
          for (int a = 0; a < p; a++) {
            zHazard[g * p + a] += zbar[a] / a0;
            zHazardDying[g * p + a] += w * zbar[a] / a0;
            zMean[g * p + a] += zbar[a] / dg;
          }
        }
      }
    }
    for (int a = 0; a < p; a++) {
      for (int b = a + 1; b < p; b++) {
        information[a * p + b] = information[b * p + a];
      }
    }
    if (record) {
      for (int g = 0; g < groups; g++) {
        int off = g * p * p;
        for (int a = 0; a < p; a++) {
          for (int b = a + 1; b < p; b++) {
            groupInformation[off + a * p + b] = groupInformation[off + b * p + a];
          }
        }
      }
    }
    logLikelihood = ll;
  }

  /**
   * Score residuals (R's {@code residuals(fit, type = "score")}) of every sorted row, at the β of
   * the last {@code evaluate(β, true)}, passed to {@code sink} row by row.
   */
  void scoreResiduals(double[] beta, RowSink sink) {
    double cumHazard = 0.0;
    double[] cumZHazard = new double[p];
    double[] u = new double[p];
    for (int g = 0; g < groups; g++) {
      for (int i = start[g]; i < start[g + 1]; i++) {
        double r = Math.exp(eta(beta, i));
        int off = i * p;
        for (int k = 0; k < p; k++) {
          double zk = z[off + k];
          double res = -r * (zk * cumHazard - cumZHazard[k]);
          if (deaths[g] > 0) {
            if (event[i]) {
              res += zk - zMean[g * p + k];
              res -= r * (zk * hazardDying[g] - zHazardDying[g * p + k]);
            } else {
              res -= r * (zk * hazard[g] - zHazard[g * p + k]);
            }
          }
          u[k] = res;
        }
        sink.accept(i, u);
      }
      if (deaths[g] > 0) {
        cumHazard += hazard[g];
        for (int k = 0; k < p; k++) {
          cumZHazard[k] += zHazard[g * p + k];
        }
      }
    }
  }

  /** Receives one row's residual vector (reused between calls). */
  @FunctionalInterface
  interface RowSink {
    void accept(int row, double[] residual);
  }
}
