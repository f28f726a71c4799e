package dev.cxkit.consumer.metrics;

import dev.cxkit.metrics.survey.NetScoreCounts;
import dev.cxkit.metrics.survey.NetScores;
import dev.cxkit.metrics.survey.Score;

/** Computes an NPS with its interval through the public API. */
public final class MetricsConsumer {
  private MetricsConsumer() {}

  /** Prints one line starting with "ok" when the metrics work. */
  public static void main(String[] args) {
    Score nps = NetScores.of(NetScoreCounts.nps(250, 675, 75));
    if (Math.abs(nps.estimate().orElseThrow() - 0.175) > 1e-12) {
      throw new AssertionError("NPS of 250/675/75 must be 0.175, was " + nps);
    }
    System.out.println("ok metrics: " + nps);
  }
}
