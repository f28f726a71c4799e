package dev.cxkit.metrics.stats;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import java.util.SplittableRandom;
import org.hipparchus.distribution.discrete.BinomialDistribution;

/**
 * Exact binomial and multinomial sampling on a seeded {@link SplittableRandom}, the one sampler of
 * resampling bootstraps (net scores resample respondents, attribution resamples the journeys of a
 * path table).
 *
 * <p>{@link #sample} inverts the distribution starting at the mode and walking outwards, so a draw
 * costs O(standard deviation) steps, not O(n); the mode probability comes from Hipparchus
 * (saddle-point expansion) and the neighbours follow from the pmf ratio. {@link #multinomial} draws
 * the cells one after another as binomials of the remaining trials (the conditional decomposition
 * of the multinomial); a cell whose expected count is small is drawn by inversion from 0 with the
 * pmf recursion (O(mean) steps, no allocation), which is the common case for tables of many small
 * cells.
 *
 * <pre>{@code
 * SplittableRandom random = new SplittableRandom(42);
 * int heads = Binomials.sample(100, 0.5, random);
 * long[] resampled = Binomials.multinomial(new long[] {5, 0, 3, 12}, random); // 20 in total
 * }</pre>
 */
public final class Binomials {
  /** Expected counts below this are drawn by inversion from 0. */
  private static final double SMALL_MEAN = 20.0;

  private Binomials() {}

  /**
   * One draw of Binomial({@code trials}, {@code p}).
   *
   * @throws IllegalArgumentException if {@code trials} is negative or {@code p} is not in [0, 1]
   */
  public static int sample(int trials, double p, SplittableRandom random) {
    checkArgument(trials >= 0, "trials must be >= 0, was %s", trials);
    checkArgument(p >= 0.0 && p <= 1.0, "p must be in [0, 1], was %s", p);
    return draw(trials, p, random);
  }

  private static int draw(int trials, double p, SplittableRandom random) {
    if (trials == 0 || p <= 0.0) {
      return 0;
    }
    if (p >= 1.0) {
      return trials;
    }
    if (p > 0.5) {
      return trials - draw(trials, 1.0 - p, random);
    }
    int mode = (int) Math.min(trials, Math.floor((trials + 1) * p));
    double modeProbability = new BinomialDistribution(trials, p).probability(mode);
    double odds = p / (1.0 - p);
    double u = random.nextDouble() - modeProbability;
    if (u < 0.0) {
      return mode;
    }
    int up = mode;
    int down = mode;
    double upProbability = modeProbability;
    double downProbability = modeProbability;
    while (up < trials || down > 0) {
      if (up < trials) {
        upProbability *= odds * (trials - up) / (up + 1.0);
        up++;
        u -= upProbability;
        if (u < 0.0) {
          return up;
        }
      }
      if (down > 0) {
        downProbability *= down / (odds * (trials - down + 1.0));
        down--;
        u -= downProbability;
        if (u < 0.0) {
          return down;
        }
      }
    }
    return mode; // only reachable through rounding of a total probability of 1
  }

  /**
   * Resamples {@code counts.length} cells: {@code sum(counts)} draws with replacement, cell i
   * chosen with probability {@code counts[i] / sum(counts)}.
   *
   * @throws IllegalArgumentException if a count is negative or the total exceeds {@link
   *     Integer#MAX_VALUE}
   */
  public static long[] multinomial(long[] counts, SplittableRandom random) {
    long[] out = new long[counts.length];
    multinomial(counts, random, out);
    return out;
  }

  /**
   * {@link #multinomial(long[], SplittableRandom)} into {@code out} (as long as {@code counts}),
   * for a caller that draws many replicates.
   *
   * @throws IllegalArgumentException as {@link #multinomial(long[], SplittableRandom)}, or when
   *     {@code out} is shorter than {@code counts}
   */
  public static void multinomial(long[] counts, SplittableRandom random, long[] out) {
    checkArgument(
        out.length >= counts.length, "out must hold %s cells, was %s", counts.length, out.length);
    long total = 0;
    for (int i = 0; i < counts.length; i++) {
      checkArgument(counts[i] >= 0, "counts[%s] must be >= 0, was %s", i, counts[i]);
      total = Math.addExact(total, counts[i]);
    }
    checkArgument(
        total <= Integer.MAX_VALUE,
        "total count must be at most %s to resample, was %s",
        Integer.MAX_VALUE,
        total);
    long remainingTrials = total;
    long remainingWeight = total;
    for (int i = 0; i < counts.length; i++) {
      long c = counts[i];
      if (c == 0 || remainingTrials == 0) {
        out[i] = 0;
        continue;
      }
      if (c >= remainingWeight) {
        out[i] = remainingTrials; // the last cell with weight takes the rest
        remainingTrials = 0;
        continue;
      }
      double p = (double) c / remainingWeight;
      int n = (int) remainingTrials;
      int x = n * p < SMALL_MEAN ? smallMean(n, p, random) : draw(n, p, random);
      out[i] = x;
      remainingTrials -= x;
      remainingWeight -= c;
    }
  }

  /** Inversion from 0: P(0) = (1 - p)^n, P(k + 1) = P(k) (n - k) p / ((k + 1)(1 - p)). */
  private static int smallMean(int n, double p, SplittableRandom random) {
    double pk = Math.exp(n * Math.log1p(-p));
    double odds = p / (1.0 - p);
    double u = random.nextDouble();
    int k = 0;
    while (u >= pk && k < n) {
      u -= pk;
      pk *= odds * (n - k) / (k + 1.0);
      k++;
      if (pk == 0.0) {
        break; // the remaining tail is below double precision
      }
    }
    return k;
  }
}
