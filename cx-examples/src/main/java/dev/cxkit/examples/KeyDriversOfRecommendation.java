package dev.cxkit.examples;

import dev.cxkit.metrics.drivers.DriverImportance;
import dev.cxkit.metrics.drivers.KeyDriverAnalysis;
import dev.cxkit.metrics.drivers.KeyDriverResult;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Which touchpoints drive recommendation? Key-driver analysis splits the R² of "likelihood to
 * recommend" over correlated touchpoint ratings (Shapley/LMG, with Johnson's relative weights as a
 * cross-check) and bootstraps intervals. The 300 answers here are synthetic and seeded: the agent
 * was planted as the strongest driver and the status page as the weakest, and the analysis finds
 * them.
 */
public final class KeyDriversOfRecommendation {
  private KeyDriversOfRecommendation() {}

  /** Prints the drivers ranked by Shapley value. */
  public static void main(String[] args) {
    List<String> names = List.of("status page", "IVR", "agent");
    double[] effect = {0.2, 0.5, 1.2};
    int n = 300;
    SplittableRandom random = new SplittableRandom(11);
    double[][] ratings = new double[names.size()][n];
    double[] recommend = new double[n];
    for (int i = 0; i < n; i++) {
      double mood = random.nextDouble(-1, 1);
      double y = 0;
      for (int d = 0; d < names.size(); d++) {
        ratings[d][i] =
            Math.max(1, Math.min(5, Math.round(3 + mood + random.nextDouble(-1.5, 1.5))));
        y += effect[d] * ratings[d][i];
      }
      recommend[i] = y + random.nextDouble(-2, 2);
    }
    KeyDriverResult r =
        KeyDriverAnalysis.defaults().withBootstrap(200, 5).analyze(names, ratings, recommend);
    System.out.println(
        String.format(Locale.ROOT, "R^2 = %.3f (n = %d, synthetic)", r.rSquared(), r.n()));
    for (DriverImportance d : r.rankedByShapley()) {
      System.out.println(
          String.format(
              Locale.ROOT,
              "%-12s Shapley %.3f (%.0f %% of R^2)  relative weight %.3f",
              d.name(),
              d.shapley(),
              100 * d.shapleyShare(),
              d.relativeWeight()));
    }
  }
}
