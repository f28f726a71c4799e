package dev.cxkit.metrics.drivers;

import java.util.List;
import java.util.Locale;

/**
 * Touchpoints ranked by what to improve first, answering the three questions: which touchpoints
 * matter most ({@link TouchpointPriority#importance()}), how we are doing at them ({@link
 * TouchpointPriority#performance()}), and what to improve first (the rank).
 *
 * <pre>{@code
 * PriorityRanking r = TouchpointPriorities.defaults().analyze(names, ratings, overall, Scale.csat5());
 * System.out.println(r);   // one line per touchpoint with its reason
 * }</pre>
 *
 * @param priorities the touchpoints, rank 1 first
 * @param rSquared R² of the outcome on all touchpoint ratings
 * @param n respondents
 * @param replicates usable bootstrap replicates (0: no intervals)
 * @param rule the priority rule in words
 */
public record PriorityRanking(
    List<TouchpointPriority> priorities, double rSquared, int n, int replicates, String rule) {

  /** Copies the list. */
  public PriorityRanking {
    priorities = List.copyOf(priorities);
  }

  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "PriorityRanking{R²=%.3f, n=%d, bootstrap=%d; rule: %s}",
                rSquared,
                n,
                replicates,
                rule));
    for (TouchpointPriority p : priorities) {
      sb.append("\n  ").append(p);
    }
    return sb.toString();
  }
}
