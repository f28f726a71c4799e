package dev.cxkit.journey.attribution;

/**
 * Summation helpers that make per-channel credits add up to the totals.
 *
 * <p>Credits are accumulated with Neumaier compensated summation. A final residual correction then
 * adds {@code total - sum(credits)} to the channel with the largest absolute credit, repeating (at
 * most a few times) until the plain left-to-right double sum of the credits, in channel order,
 * equals the total exactly. The correction is of the order of a few ulps of the total.
 */
final class Credits {
  private Credits() {}

  /** Neumaier-compensated sum of {@code xs}. */
  static double exactSum(double[] xs) {
    double sum = 0;
    double c = 0;
    for (double x : xs) {
      double t = sum + x;
      if (Math.abs(sum) >= Math.abs(x)) {
        c += (sum - t) + x;
      } else {
        c += (x - t) + sum;
      }
      sum = t;
    }
    return sum + c;
  }

  static double plainSum(double[] xs) {
    double s = 0;
    for (double x : xs) {
      s += x;
    }
    return s;
  }

  /** Adjusts {@code credits} so that their plain sum equals {@code total}; see class doc. */
  static void reconcile(double[] credits, double total) {
    if (credits.length == 0) {
      return;
    }
    int largest = 0;
    for (int i = 1; i < credits.length; i++) {
      if (Math.abs(credits[i]) > Math.abs(credits[largest])) {
        largest = i;
      }
    }
    credits[largest] += total - exactSum(credits);
    for (int attempt = 0; attempt < 32; attempt++) {
      double plain = plainSum(credits);
      if (plain == total) {
        return;
      }
      double diff = total - plain;
      double before = credits[largest];
      credits[largest] += diff;
      if (credits[largest] == before) {
        // diff below half an ulp of the largest credit: move it by one ulp towards the total
        credits[largest] = diff > 0 ? Math.nextUp(before) : Math.nextDown(before);
      }
    }
  }

  /** Accumulates {@code x} into {@code sums[i]} with compensation held in {@code comp[i]}. */
  static void add(double[] sums, double[] comp, int i, double x) {
    double s = sums[i];
    double t = s + x;
    if (Math.abs(s) >= Math.abs(x)) {
      comp[i] += (s - t) + x;
    } else {
      comp[i] += (x - t) + s;
    }
    sums[i] = t;
  }

  /** {@code sums[i] + comp[i]} for every i. */
  static double[] finish(double[] sums, double[] comp) {
    double[] out = new double[sums.length];
    for (int i = 0; i < sums.length; i++) {
      out[i] = sums[i] + comp[i];
    }
    return out;
  }
}
