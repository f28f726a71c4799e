package dev.cxkit.examples;

import dev.cxkit.metrics.survey.IntervalSpec;
import dev.cxkit.metrics.survey.NetScoreCounts;
import dev.cxkit.metrics.survey.NetScores;
import dev.cxkit.metrics.survey.Score;
import java.util.Locale;

/**
 * NPS with an honest interval. 250 promoters, 675 passives and 75 detractors give NPS = 17.5; how
 * sure are we? The same counts under four interval methods: adjusted Wald (the default, good
 * coverage for small samples), Wald, a seeded bootstrap and a Bayesian Dirichlet posterior.
 */
public final class NpsWithIntervals {
  private NpsWithIntervals() {}

  /** Prints the NPS under each interval method. */
  public static void main(String[] args) {
    NetScoreCounts counts = NetScoreCounts.nps(250, 675, 75);
    IntervalSpec[] specs = {
      IntervalSpec.adjustedWald(0.95),
      IntervalSpec.wald(0.95),
      IntervalSpec.bootstrapPercentile(0.95, 10_000, 42),
      IntervalSpec.bayesDirichlet(0.95, 10_000, 42)
    };
    for (IntervalSpec spec : specs) {
      Score s = NetScores.of(counts, spec);
      System.out.println(
          String.format(
              Locale.ROOT,
              "%-20s NPS %.1f  95%% interval [%.1f, %.1f]  n=%d",
              spec.method(),
              100 * s.estimate().getAsDouble(),
              100 * s.interval().orElseThrow().lower(),
              100 * s.interval().orElseThrow().upper(),
              s.n()));
    }
  }
}
