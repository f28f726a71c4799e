package dev.cxkit.journey.insight;

import static java.util.Objects.requireNonNull;

import dev.cxkit.journey.conformance.ConformanceReport;
import dev.cxkit.journey.conformance.Deviation;
import dev.cxkit.metrics.stats.MultipleComparisons;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;

/**
 * The same conformance analysis compared across personas or segments: for every deviation pattern
 * (share of journeys showing it) and every step's drop-off share, a chi-square test of homogeneity
 * over the segments (a k x 2 table, k - 1 degrees of freedom), with the p-values adjusted together
 * by Holm's step-down method ({@link MultipleComparisons#holm}) to control the family-wise error
 * rate. Quantities observed in no segment are skipped.
 *
 * <pre>{@code
 * Map<String, ConformanceReport> bySegment = checker.checkBySegment(journeys, c -> segmentOf(c));
 * SegmentDifferences d = SegmentDifferences.compare(bySegment, 0.05);
 * d.significant().forEach(System.out::println);
 * }</pre>
 */
public final class SegmentDifferences {
  private final List<SegmentDifference> differences;

  private SegmentDifferences(List<SegmentDifference> differences) {
    this.differences = List.copyOf(differences);
  }

  /**
   * Compares the segments' reports.
   *
   * @param alpha family-wise error rate, in (0, 1)
   * @throws IllegalArgumentException if fewer than two segments are given, or the reports are of
   *     different maps
   */
  public static SegmentDifferences compare(Map<String, ConformanceReport> bySegment, double alpha) {
    requireNonNull(bySegment, "bySegment");
    if (bySegment.size() < 2) {
      throw new IllegalArgumentException(
          "bySegment must hold at least 2 segments, was " + bySegment.keySet());
    }
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "alpha must be in (0, 1), was %s", alpha));
    }
    String mapId = null;
    for (Map.Entry<String, ConformanceReport> e : bySegment.entrySet()) {
      String m = e.getValue().mapId();
      if (mapId != null && !mapId.equals(m)) {
        throw new IllegalArgumentException(
            "segment '" + e.getKey() + "' report must be of map '" + mapId + "', was '" + m + "'");
      }
      mapId = m;
    }
    // quantities: name -> per segment {successes, trials}
    Map<String, Map<String, long[]>> tables = new LinkedHashMap<>();
    for (Map.Entry<String, ConformanceReport> e : bySegment.entrySet()) {
      for (Deviation d : e.getValue().deviations()) {
        String what = d.sentence().replaceFirst("^[0-9.]+ % of journeys ", "journeys ");
        tables
            .computeIfAbsent(what, k -> new LinkedHashMap<>())
            .put(e.getKey(), new long[] {d.journeys(), e.getValue().journeys()});
      }
      for (String step : e.getValue().stepIds()) {
        long out = out(e.getValue(), step);
        long drop = e.getValue().transitions(step, ConformanceReport.DROP_OFF);
        tables
            .computeIfAbsent("drop-off at '" + step + "'", k -> new LinkedHashMap<>())
            .put(e.getKey(), new long[] {drop, out});
      }
    }
    List<String> names = new ArrayList<>();
    List<double[]> stats = new ArrayList<>();
    List<Map<String, Double>> shares = new ArrayList<>();
    List<Map<String, Long>> counts = new ArrayList<>();
    for (Map.Entry<String, Map<String, long[]>> t : tables.entrySet()) {
      long s = 0;
      long n = 0;
      Map<String, Double> share = new LinkedHashMap<>();
      Map<String, Long> count = new LinkedHashMap<>();
      List<long[]> cells = new ArrayList<>();
      for (Map.Entry<String, ConformanceReport> seg : bySegment.entrySet()) {
        long[] c = t.getValue().get(seg.getKey());
        if (c == null) {
          boolean deviation = !t.getKey().startsWith("drop-off at ");
          c = new long[] {0, deviation ? seg.getValue().journeys() : 0};
        }
        if (c[1] == 0) {
          continue;
        }
        cells.add(c);
        share.put(seg.getKey(), (double) c[0] / c[1]);
        count.put(seg.getKey(), c[1]);
        s += c[0];
        n += c[1];
      }
      if (cells.size() < 2 || s == 0) {
        continue;
      }
      double p = (double) s / n;
      double chi = 0;
      if (p < 1) {
        for (long[] c : cells) {
          double e1 = c[1] * p;
          double e0 = c[1] * (1 - p);
          chi += (c[0] - e1) * (c[0] - e1) / e1 + (c[1] - c[0] - e0) * (c[1] - c[0] - e0) / e0;
        }
      }
      double pv = 1 - new ChiSquaredDistribution(cells.size() - 1).cumulativeProbability(chi);
      names.add(t.getKey());
      stats.add(new double[] {chi, Math.max(0, Math.min(1, pv))});
      shares.add(share);
      counts.add(count);
    }
    double[] raw = stats.stream().mapToDouble(x -> x[1]).toArray();
    double[] adj = raw.length == 0 ? raw : MultipleComparisons.holm(raw);
    List<SegmentDifference> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      out.add(
          new SegmentDifference(
              names.get(i),
              shares.get(i),
              counts.get(i),
              stats.get(i)[0],
              raw[i],
              adj[i],
              adj[i] < alpha));
    }
    out.sort(
        Comparator.comparingDouble(SegmentDifference::adjustedP)
            .thenComparing(d -> -d.chiSquare())
            .thenComparing(SegmentDifference::what));
    return new SegmentDifferences(out);
  }

  private static long out(ConformanceReport r, String step) {
    long t =
        r.transitions(step, ConformanceReport.CONVERSION)
            + r.transitions(step, ConformanceReport.DROP_OFF);
    for (String s : r.stepIds()) {
      t += r.transitions(step, s);
    }
    return t;
  }

  /** All compared quantities, most significant first. */
  public List<SegmentDifference> differences() {
    return differences;
  }

  /** The quantities whose Holm-adjusted p-value is below alpha. */
  public List<SegmentDifference> significant() {
    return differences.stream().filter(SegmentDifference::significant).toList();
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("SegmentDifferences{");
    differences.stream().limit(10).forEach(d -> s.append("\n  ").append(d));
    return s.append('}').toString();
  }
}
