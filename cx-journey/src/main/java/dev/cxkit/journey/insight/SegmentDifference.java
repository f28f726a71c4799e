package dev.cxkit.journey.insight;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One quantity (a deviation pattern's share of journeys, or a step's drop-off share) compared
 * across segments with a chi-square test of homogeneity and a Holm-adjusted p-value.
 *
 * <pre>{@code
 * SegmentDifference d = diffs.differences().get(0);
 * d.significant();   // true when the Holm-adjusted p is below alpha
 * }</pre>
 *
 * @param what the quantity, in words
 * @param shareBySegment the share in each segment
 * @param countBySegment the denominator in each segment
 * @param chiSquare the chi-square statistic
 * @param pValue the raw p-value
 * @param adjustedP the Holm-adjusted p-value over all quantities compared
 * @param significant whether {@code adjustedP < alpha}
 */
public record SegmentDifference(
    String what,
    Map<String, Double> shareBySegment,
    Map<String, Long> countBySegment,
    double chiSquare,
    double pValue,
    double adjustedP,
    boolean significant) {

  /** Checks and copies. */
  public SegmentDifference {
    requireNonNull(what, "what");
    shareBySegment = Map.copyOf(shareBySegment);
    countBySegment = Map.copyOf(countBySegment);
    if (!(pValue >= 0 && pValue <= 1) || !(adjustedP >= 0 && adjustedP <= 1)) {
      throw new IllegalArgumentException(
          "segment difference '"
              + what
              + "' p-values must be in [0, 1], was "
              + pValue
              + ", "
              + adjustedP);
    }
  }

  @Override
  public String toString() {
    String shares =
        new java.util.TreeMap<>(shareBySegment)
            .entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.1f %%", e.getKey(), 100 * e.getValue()))
                .collect(Collectors.joining(", "));
    return String.format(
        Locale.ROOT,
        "%s: %s (chi2 %.2f, p %.4g, Holm p %.4g)%s",
        what,
        shares,
        chiSquare,
        pValue,
        adjustedP,
        significant ? " *" : "");
  }
}
