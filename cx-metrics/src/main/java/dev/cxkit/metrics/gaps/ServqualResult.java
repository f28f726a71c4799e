package dev.cxkit.metrics.gaps;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * SERVQUAL / SERVPERF scores of a sample.
 *
 * <pre>{@code
 * ServqualResult r = ServqualAnalysis.of(ServqualItemMap.rater22())
 *     .withExpectations(expectations).analyze(perceptions);
 * r.unweightedServqual();    // mean of the five dimension gaps
 * r.servperf();              // mean of the five dimension perceptions
 * }</pre>
 *
 * @param n number of respondents
 * @param itemPerceptions mean perception per item (item 1 first)
 * @param itemGaps mean perception − expectation per item; empty without expectations
 * @param dimensions per-dimension scores in the order of the item map
 * @param servperf SERVPERF: the mean of the dimension perception scores (Cronin &amp; Taylor 1992)
 * @param unweightedServqual the mean of the dimension gaps, when expectations were given
 * @param weightedServqual the importance-weighted sum of dimension gaps, when expectations and
 *     dimension importance were given
 */
public record ServqualResult(
    int n,
    List<Double> itemPerceptions,
    List<Double> itemGaps,
    List<DimensionScore> dimensions,
    double servperf,
    OptionalDouble unweightedServqual,
    OptionalDouble weightedServqual) {

  /** Copies the lists. */
  public ServqualResult {
    itemPerceptions = List.copyOf(itemPerceptions);
    itemGaps = List.copyOf(itemGaps);
    dimensions = List.copyOf(dimensions);
    checkNotNull(unweightedServqual, "unweightedServqual");
    checkNotNull(weightedServqual, "weightedServqual");
  }

  /**
   * The score of the named dimension.
   *
   * @throws IllegalArgumentException for an unknown dimension
   */
  public DimensionScore dimension(String name) {
    return dimensions.stream()
        .filter(d -> d.name().equals(name))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("dimension must be one of the map, was " + name));
  }

  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder(
            String.format(Locale.ROOT, "ServqualResult{n=%d, SERVPERF=%.3f", n, servperf));
    unweightedServqual.ifPresent(v -> sb.append(String.format(Locale.ROOT, ", SERVQUAL=%+.3f", v)));
    weightedServqual.ifPresent(
        v -> sb.append(String.format(Locale.ROOT, ", weighted SERVQUAL=%+.3f", v)));
    sb.append('}');
    for (DimensionScore d : dimensions) {
      sb.append("\n  ").append(d);
    }
    return sb.toString();
  }
}
