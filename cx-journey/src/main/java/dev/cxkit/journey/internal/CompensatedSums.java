package dev.cxkit.journey.internal;

/**
 * Neumaier compensated summation (Neumaier 1974, an improvement of Kahan's): sums of many doubles
 * whose error does not grow with the number of terms. The one implementation used by path tables
 * and attribution credits.
 */
public final class CompensatedSums {
  private CompensatedSums() {}

  /** The compensated sum of {@code xs}. */
  public static double sum(double[] xs) {
    double sum = 0;
    double c = 0;
    for (double x : xs) {
      double t = sum + x;
      c += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
      sum = t;
    }
    return sum + c;
  }

  /**
   * Adds {@code x} to {@code sums[i]}, holding the rounding error in {@code compensation[i]}; the
   * sum is {@code sums[i] + compensation[i]}.
   */
  public static void add(double[] sums, double[] compensation, int i, double x) {
    double s = sums[i];
    double t = s + x;
    compensation[i] += Math.abs(s) >= Math.abs(x) ? (s - t) + x : (x - t) + s;
    sums[i] = t;
  }
}
