package dev.cxkit.examples;

import dev.cxkit.metrics.survey.Comparisons;
import dev.cxkit.metrics.survey.NetScoreCounts;
import dev.cxkit.metrics.survey.ScoreComparison;
import java.util.Locale;

/**
 * Did NPS really change? Last quarter 120 promoters, 200 passives, 80 detractors (NPS 10); this
 * quarter 150, 190, 60 (NPS 22.5). The comparison gives the difference with its interval and a
 * p-value, so a 12.5-point move is judged against the noise of two samples of 400.
 */
public final class CompareTwoNpsSamples {
  private CompareTwoNpsSamples() {}

  /** Prints the difference of two independent NPS samples. */
  public static void main(String[] args) {
    NetScoreCounts before = NetScoreCounts.nps(120, 200, 80);
    NetScoreCounts after = NetScoreCounts.nps(150, 190, 60);
    ScoreComparison c = Comparisons.netScores(after, before);
    System.out.println("after - before: " + c);
    System.out.println(
        String.format(Locale.ROOT, "significant at 5%%: %s", c.isSignificant(0.05) ? "yes" : "no"));
  }
}
