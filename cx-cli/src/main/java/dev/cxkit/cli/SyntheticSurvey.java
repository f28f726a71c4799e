package dev.cxkit.cli;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded, synthetic survey answers for the tour: per respondent a 1-5 rating of five touchpoints of
 * the cable-outage journey, an overall CSAT (1-5) and a likelihood to recommend (0-10) driven
 * mostly by the agent and the technician. Synthetic and labelled so; the calculators are real.
 */
final class SyntheticSurvey {
  static final List<String> DRIVERS =
      List.of("status page", "IVR", "support agent", "technician", "bill");
  private static final double[] EFFECT = {0.15, 0.35, 0.9, 0.8, 0.4};

  final double[][] ratings;
  final double[] recommend;
  final int[] recommendScores;
  final int[] csat;

  SyntheticSurvey(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    ratings = new double[DRIVERS.size()][n];
    recommend = new double[n];
    recommendScores = new int[n];
    csat = new int[n];
    for (int i = 0; i < n; i++) {
      double mood = gaussian(r) * 0.6;
      double ltr = -2.1;
      for (int d = 0; d < DRIVERS.size(); d++) {
        int rating = clamp((int) Math.round(3.1 + mood + gaussian(r) * 0.9), 1, 5);
        ratings[d][i] = rating;
        ltr += EFFECT[d] * rating;
      }
      recommendScores[i] = clamp((int) Math.round(ltr + gaussian(r) * 1.2), 0, 10);
      recommend[i] = recommendScores[i];
      csat[i] = clamp((int) Math.round(1 + recommendScores[i] * 0.4 + gaussian(r) * 0.6), 1, 5);
    }
  }

  /** Writes the answers as CSV (atomically): respondent, region, driver ratings, ltr and csat. */
  void write(java.nio.file.Path file) throws java.io.IOException {
    StringBuilder sb = new StringBuilder("respondent,region");
    for (String d : DRIVERS) {
      sb.append(',').append(d.replace(' ', '_'));
    }
    sb.append(",ltr,csat\n");
    String[] regions = {"north", "south", "east"};
    for (int i = 0; i < recommend.length; i++) {
      sb.append(i + 1).append(',').append(regions[i % regions.length]);
      for (double[] r : ratings) {
        sb.append(',').append((int) r[i]);
      }
      sb.append(',').append(recommendScores[i]).append(',').append(csat[i]).append('\n');
    }
    AtomicFile.writeString(file, sb);
  }

  private static int clamp(int v, int lo, int hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  private static double gaussian(SplittableRandom r) {
    double u = 1 - r.nextDouble();
    double v = r.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
