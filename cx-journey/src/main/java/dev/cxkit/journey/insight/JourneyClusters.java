package dev.cxkit.journey.insight;

import static java.util.Objects.requireNonNull;

import dev.cxkit.journey.assembly.Journeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * k-medoids clustering of journeys by {@link SequenceDistance} with PAM (Kaufman and Rousseeuw
 * 1990: greedy BUILD, then SWAP of a medoid and a non-medoid while the total distance falls). The
 * distance matrix is quadratic, so at most {@code maxJourneys} journeys are clustered, drawn
 * uniformly without replacement with the seed; the result names them by their index in the input.
 * Data-driven journey types can then be compared with the designed map (for example by aligning
 * each medoid with the conformance checker).
 *
 * {@snippet class=dev.cxkit.journey.insight.SnippetsTest region=journeyClusters}
 */
public final class JourneyClusters {
  private final int[] journeys;
  private final int[] medoids;
  private final int[] assignment;
  private final double cost;
  private final List<String> medoidPaths;
  private final double[] conversion;

  private JourneyClusters(
      int[] journeys,
      int[] medoids,
      int[] assignment,
      double cost,
      List<String> medoidPaths,
      double[] conversion) {
    this.journeys = journeys;
    this.medoids = medoids;
    this.assignment = assignment;
    this.cost = cost;
    this.medoidPaths = List.copyOf(medoidPaths);
    this.conversion = conversion;
  }

  /**
   * Clusters journeys.
   *
   * @param k number of clusters, in 1..clustered journeys
   * @param maxJourneys most journeys clustered (sampled with the seed when there are more),
   *     1..20000
   * @param seed random seed of the sample
   */
  public static JourneyClusters pam(
      Journeys js, int k, SequenceDistance distance, int maxJourneys, long seed) {
    requireNonNull(js, "journeys");
    requireNonNull(distance, "distance");
    if (maxJourneys < 1 || maxJourneys > 20_000) {
      throw new IllegalArgumentException("maxJourneys must be in 1..20000, was " + maxJourneys);
    }
    int n = Math.min(js.count(), maxJourneys);
    if (k < 1 || k > n) {
      throw new IllegalArgumentException("k must be in 1.." + n + ", was " + k);
    }
    int[] pick = sample(js.count(), n, seed);
    double[][] d = new double[n][n];
    int maxLen = 0;
    for (int j : pick) {
      maxLen = Math.max(maxLen, js.length(j));
    }
    double[] prev = new double[maxLen + 1];
    double[] cur = new double[maxLen + 1];
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        d[a][b] = distance.distance(js, pick[a], pick[b], prev, cur);
        d[b][a] = d[a][b];
      }
    }
    int[] med = build(d, k);
    double total = swap(d, med);
    int[] assign = assign(d, med);
    List<String> paths = new ArrayList<>();
    double[] conv = new double[k];
    long[] size = new long[k];
    for (int i = 0; i < n; i++) {
      size[assign[i]]++;
      if (js.converted(pick[i])) {
        conv[assign[i]]++;
      }
    }
    int[] medoidJourneys = new int[k];
    for (int c = 0; c < k; c++) {
      conv[c] = size[c] == 0 ? 0 : conv[c] / size[c];
      medoidJourneys[c] = pick[med[c]];
      StringBuilder p = new StringBuilder();
      for (int e = js.start(medoidJourneys[c]); e < js.end(medoidJourneys[c]); e++) {
        if (p.length() > 0) {
          p.append(" > ");
        }
        p.append(js.dictionaries().touchpoints().name(js.touchpoint(e)));
      }
      paths.add(p.toString());
    }
    return new JourneyClusters(pick, medoidJourneys, assign, total, paths, conv);
  }

  private static int[] sample(int count, int n, long seed) {
    int[] all = new int[count];
    for (int i = 0; i < count; i++) {
      all[i] = i;
    }
    if (n == count) {
      return all;
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int i = 0; i < n; i++) {
      int j = i + rnd.nextInt(count - i);
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    int[] out = Arrays.copyOf(all, n);
    Arrays.sort(out);
    return out;
  }

  /** Greedy BUILD: first the point with least total distance, then the best additions. */
  private static int[] build(double[][] d, int k) {
    int n = d.length;
    int[] med = new int[k];
    double[] nearest = new double[n];
    Arrays.fill(nearest, Double.POSITIVE_INFINITY);
    boolean[] isMed = new boolean[n];
    for (int m = 0; m < k; m++) {
      int best = -1;
      double bestCost = Double.POSITIVE_INFINITY;
      for (int c = 0; c < n; c++) {
        if (isMed[c]) {
          continue;
        }
        double cost = 0;
        for (int i = 0; i < n; i++) {
          cost += Math.min(nearest[i], d[i][c]);
        }
        if (cost < bestCost) {
          bestCost = cost;
          best = c;
        }
      }
      med[m] = best;
      isMed[best] = true;
      for (int i = 0; i < n; i++) {
        nearest[i] = Math.min(nearest[i], d[i][best]);
      }
    }
    return med;
  }

  private static double total(double[][] d, int[] med) {
    double t = 0;
    for (double[] row : d) {
      double m = Double.POSITIVE_INFINITY;
      for (int c : med) {
        m = Math.min(m, row[c]);
      }
      t += m;
    }
    return t;
  }

  /** SWAP until no medoid/non-medoid exchange lowers the total distance. */
  private static double swap(double[][] d, int[] med) {
    int n = d.length;
    double current = total(d, med);
    boolean improved = true;
    while (improved) {
      improved = false;
      for (int m = 0; m < med.length; m++) {
        for (int c = 0; c < n; c++) {
          if (contains(med, c)) {
            continue;
          }
          int old = med[m];
          med[m] = c;
          double t = total(d, med);
          if (t < current - 1e-12) {
            current = t;
            improved = true;
          } else {
            med[m] = old;
          }
        }
      }
    }
    return current;
  }

  private static boolean contains(int[] a, int v) {
    for (int x : a) {
      if (x == v) {
        return true;
      }
    }
    return false;
  }

  private static int[] assign(double[][] d, int[] med) {
    int[] out = new int[d.length];
    for (int i = 0; i < d.length; i++) {
      int best = 0;
      for (int c = 1; c < med.length; c++) {
        if (d[i][med[c]] < d[i][med[best]]) {
          best = c;
        }
      }
      out[i] = best;
    }
    return out;
  }

  /** Number of clusters. */
  public int k() {
    return medoids.length;
  }

  /** The clustered journeys' indices in the input, ascending. */
  public int[] journeys() {
    return journeys.clone();
  }

  /** The medoids' journey indices, by cluster. */
  public int[] medoids() {
    return medoids.clone();
  }

  /** The cluster of the {@code i}-th clustered journey (see {@link #journeys()}). */
  public int clusterOf(int i) {
    if (i < 0 || i >= assignment.length) {
      throw new IllegalArgumentException(
          "clustered journey position must be in 0.." + (assignment.length - 1) + ", was " + i);
    }
    return assignment[i];
  }

  /** Journeys per cluster. */
  public long[] sizes() {
    long[] s = new long[medoids.length];
    for (int a : assignment) {
      s[a]++;
    }
    return s;
  }

  /** The sum of distances of the clustered journeys to their medoids. */
  public double totalDistance() {
    return cost;
  }

  /** The medoids' touchpoint paths, "a > b > c", by cluster. */
  public List<String> medoidPaths() {
    return medoidPaths;
  }

  /** Conversion rate per cluster. */
  public double[] conversion() {
    return conversion.clone();
  }

  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "JourneyClusters{k=%d, journeys=%d, total distance %.1f",
                k(),
                journeys.length,
                cost));
    long[] sizes = sizes();
    for (int c = 0; c < k(); c++) {
      s.append(
          String.format(
              Locale.ROOT,
              "%n  cluster %d: %d journeys, conversion %.1f %%, medoid %s",
              c,
              sizes[c],
              100 * conversion[c],
              medoidPaths.get(c)));
    }
    return s.append('}').toString();
  }
}
