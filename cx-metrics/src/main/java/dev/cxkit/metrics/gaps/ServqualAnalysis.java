package dev.cxkit.metrics.gaps;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * SERVQUAL (Parasuraman, Zeithaml &amp; Berry 1988): perception − expectation per item and per
 * dimension, unweighted and weighted by dimension importance; SERVPERF (Cronin &amp; Taylor 1992):
 * perceptions alone; the zone of tolerance (Parasuraman, Zeithaml &amp; Berry 1994): measures of
 * service adequacy (P − adequate) and superiority (P − desired); Cronbach's alpha of each
 * dimension's perception items.
 *
 * <p>Responses are one row per respondent, one column per item (item 1 first). A respondent's
 * dimension score is the mean of its items; dimension scores are averaged over respondents.
 * Dimension importance is given as points (e.g. the 100 points SERVQUAL respondents allocate) and
 * normalised to sum to 1.
 *
 * <pre>{@code
 * ServqualResult r = ServqualAnalysis.of(ServqualItemMap.rater22())
 *     .withExpectations(e)
 *     .withZoneOfTolerance(adequate, desired)
 *     .withDimensionImportance(Map.of("Tangibles", 10.0, "Reliability", 30.0, ...))
 *     .analyze(p);
 * }</pre>
 */
public final class ServqualAnalysis {

  private final ServqualItemMap map;
  private final double @Nullable [][] expectations;
  private final double @Nullable [][] adequate;
  private final double @Nullable [][] desired;
  private final Map<String, Double> importance;

  private ServqualAnalysis(
      ServqualItemMap map,
      double @Nullable [][] expectations,
      double @Nullable [][] adequate,
      double @Nullable [][] desired,
      Map<String, Double> importance) {
    this.map = map;
    this.expectations = expectations;
    this.adequate = adequate;
    this.desired = desired;
    this.importance = importance;
  }

  /** An analysis of perceptions alone (SERVPERF) with the given item map. */
  public static ServqualAnalysis of(ServqualItemMap map) {
    return new ServqualAnalysis(checkNotNull(map, "map"), null, null, null, Map.of());
  }

  /** Adds expectation ratings (same shape as the perceptions) for SERVQUAL gaps. */
  public ServqualAnalysis withExpectations(double[][] expectations) {
    return new ServqualAnalysis(
        map, checkNotNull(expectations, "expectations"), adequate, desired, importance);
  }

  /** Adds adequate and desired service ratings for the zone of tolerance. */
  public ServqualAnalysis withZoneOfTolerance(double[][] adequate, double[][] desired) {
    return new ServqualAnalysis(
        map,
        expectations,
        checkNotNull(adequate, "adequate"),
        checkNotNull(desired, "desired"),
        importance);
  }

  /**
   * Adds dimension importance points (every dimension of the map, each {@code >= 0}, not all zero).
   */
  public ServqualAnalysis withDimensionImportance(Map<String, Double> points) {
    checkNotNull(points, "points");
    checkArgument(
        points.keySet().equals(new java.util.HashSet<>(map.dimensions())),
        "importance must cover exactly the dimensions %s, was %s",
        map.dimensions(),
        points.keySet());
    double sum = 0;
    for (Map.Entry<String, Double> e : points.entrySet()) {
      double v = e.getValue();
      checkArgument(
          Double.isFinite(v) && v >= 0,
          "importance of '%s' must be finite and >= 0, was %s",
          e.getKey(),
          v);
      sum += v;
    }
    checkArgument(sum > 0, "importance points must not all be zero, sum was %s", sum);
    return new ServqualAnalysis(map, expectations, adequate, desired, Map.copyOf(points));
  }

  /**
   * Scores the perceptions.
   *
   * @throws IllegalArgumentException when a response matrix is empty, has the wrong number of items
   *     or respondents, or holds a non-finite value
   */
  public ServqualResult analyze(double[][] perceptions) {
    int n = perceptions.length;
    int k = map.itemCount();
    checkArgument(n > 0, "perceptions must not be empty, was %s respondents", n);
    check("perceptions", perceptions, n, k);
    if (expectations != null) {
      check("expectations", expectations, n, k);
    }
    if (adequate != null && desired != null) { // set together by withZoneOfTolerance
      check("adequate", adequate, n, k);
      check("desired", desired, n, k);
    }
    double[] itemP = itemMeans(perceptions, null);
    double[] itemGap = expectations == null ? null : itemMeans(perceptions, expectations);
    double importanceSum = importance.values().stream().mapToDouble(Double::doubleValue).sum();
    List<DimensionScore> dims = new ArrayList<>();
    double servperf = 0;
    double gapSum = 0;
    double weighted = 0;
    double[] itemE = expectations == null ? null : itemMeans(expectations, null);
    double[] itemMsa = adequate == null ? null : itemMeans(perceptions, adequate);
    double[] itemMss = desired == null ? null : itemMeans(perceptions, desired);
    List<String> names = map.dimensions();
    for (int d = 0; d < names.size(); d++) {
      int[] items = map.items(d);
      double p = mean(itemP, items);
      OptionalDouble e = opt(itemE, items);
      OptionalDouble gap = opt(itemGap, items);
      OptionalDouble msa = opt(itemMsa, items);
      OptionalDouble mss = opt(itemMss, items);
      Optional<ZonePosition> zone = Optional.empty();
      if (msa.isPresent()) {
        zone =
            Optional.of(
                msa.getAsDouble() < 0
                    ? ZonePosition.BELOW_ADEQUATE
                    : mss.getAsDouble() > 0
                        ? ZonePosition.ABOVE_DESIRED
                        : ZonePosition.WITHIN_ZONE);
      }
      OptionalDouble w =
          importance.isEmpty()
              ? OptionalDouble.empty()
              : OptionalDouble.of(
                  java.util.Objects.requireNonNull(importance.get(names.get(d))) / importanceSum);
      dims.add(
          new DimensionScore(
              names.get(d), items.length, p, e, gap, msa, mss, zone, alpha(perceptions, items), w));
      servperf += p / names.size();
      if (gap.isPresent()) {
        gapSum += gap.getAsDouble() / names.size();
        if (w.isPresent()) {
          weighted += w.getAsDouble() * gap.getAsDouble();
        }
      }
    }
    List<Double> ip = new ArrayList<>();
    List<Double> ig = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      ip.add(itemP[i]);
      if (itemGap != null) {
        ig.add(itemGap[i]);
      }
    }
    return new ServqualResult(
        n,
        ip,
        ig,
        dims,
        servperf,
        expectations == null ? OptionalDouble.empty() : OptionalDouble.of(gapSum),
        expectations == null || importance.isEmpty()
            ? OptionalDouble.empty()
            : OptionalDouble.of(weighted));
  }

  private static void check(String field, double[][] m, int n, int k) {
    checkArgument(m.length == n, "%s must have %s respondents, was %s", field, n, m.length);
    for (int i = 0; i < n; i++) {
      checkArgument(
          m[i].length == k,
          "%s of respondent %s must have %s items, was %s",
          field,
          i,
          k,
          m[i].length);
      for (int j = 0; j < k; j++) {
        if (!Double.isFinite(m[i][j])) {
          throw new IllegalArgumentException(
              field
                  + " of respondent "
                  + i
                  + " to item "
                  + (j + 1)
                  + " must be finite, was "
                  + m[i][j]);
        }
      }
    }
  }

  /** Per-item means of a, or of a − b when b is given. */
  private static double[] itemMeans(double[][] a, double @Nullable [][] b) {
    int n = a.length;
    int k = a[0].length;
    double[] m = new double[k];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        m[j] += (b == null ? a[i][j] : a[i][j] - b[i][j]) / n;
      }
    }
    return m;
  }

  private static double mean(double[] itemValues, int[] items) {
    double s = 0;
    for (int item : items) {
      s += itemValues[item - 1];
    }
    return s / items.length;
  }

  private static OptionalDouble opt(double @Nullable [] itemValues, int[] items) {
    return itemValues == null ? OptionalDouble.empty() : OptionalDouble.of(mean(itemValues, items));
  }

  private static OptionalDouble alpha(double[][] responses, int[] items) {
    if (items.length < 2 || responses.length < 2) {
      return OptionalDouble.empty();
    }
    double[][] sub = new double[responses.length][items.length];
    for (int i = 0; i < responses.length; i++) {
      for (int j = 0; j < items.length; j++) {
        sub[i][j] = responses[i][items[j] - 1];
      }
    }
    try {
      return OptionalDouble.of(CronbachAlpha.of(sub));
    } catch (IllegalArgumentException noVariance) {
      return OptionalDouble.empty();
    }
  }
}
