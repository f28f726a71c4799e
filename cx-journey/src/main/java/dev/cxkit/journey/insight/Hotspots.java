package dev.cxkit.journey.insight;

import static java.util.Objects.requireNonNull;

import dev.cxkit.journey.conformance.ConformanceReport;
import dev.cxkit.journey.conformance.StepConformance;
import dev.cxkit.metrics.stats.Wilson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ranks the steps of a map as pain-point hotspots. Components per step: drop-off (the share of the
 * aligned walks' transitions out of the step that end in drop-off, from the conformance report's
 * transitions, i.e. the step's drop-off in the step-level Markov chain), negative emotion ({@code
 * max(0, -mean valence)} of {@link StepFeedback}), repeat rate, channel-switch rate and mean time
 * at the step. Each is scaled by its maximum over the steps to [0, 1]; the score is the {@link
 * HotspotWeights}-weighted mean. Steps no journey reached are left out.
 *
 * <pre>{@code
 * List<Hotspot> hot = Hotspots.rank(report, feedback, HotspotWeights.standard());
 * hot.get(0).explain();
 * }</pre>
 */
public final class Hotspots {
  private Hotspots() {}

  /**
   * The hotspots, highest score first (ties by step id).
   *
   * @param feedback per step id; steps without feedback get no emotion component
   */
  public static List<Hotspot> rank(
      ConformanceReport report, Map<String, StepFeedback> feedback, HotspotWeights weights) {
    requireNonNull(report, "report");
    requireNonNull(feedback, "feedback");
    requireNonNull(weights, "weights");
    for (String step : feedback.keySet()) {
      report.step(step);
    }
    List<StepConformance> steps = new ArrayList<>();
    for (StepConformance s : report.steps()) {
      if (s.reached() > 0 || out(report, s.stepId()) > 0) {
        steps.add(s);
      }
    }
    int n = steps.size();
    double[][] raw = new double[n][5];
    long[] drops = new long[n];
    long[] outs = new long[n];
    for (int i = 0; i < n; i++) {
      StepConformance s = steps.get(i);
      outs[i] = out(report, s.stepId());
      drops[i] = report.transitions(s.stepId(), ConformanceReport.DROP_OFF);
      raw[i][0] = outs[i] == 0 ? 0 : (double) drops[i] / outs[i];
      StepFeedback f = feedback.get(s.stepId());
      raw[i][1] = f == null ? 0 : Math.max(0, -f.meanValence());
      raw[i][2] = s.repeatRate();
      raw[i][3] = s.channelSwitchRate();
      raw[i][4] = s.meanDwellMillis();
    }
    double[] max = new double[5];
    for (double[] r : raw) {
      for (int c = 0; c < 5; c++) {
        max[c] = Math.max(max[c], r[c]);
      }
    }
    double[] w = {
      weights.dropOff(),
      weights.negativeEmotion(),
      weights.repeats(),
      weights.channelSwitches(),
      weights.timeSpent()
    };
    List<Hotspot> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double score = 0;
      for (int c = 0; c < 5; c++) {
        score += max[c] == 0 ? 0 : w[c] * raw[i][c] / max[c];
      }
      score = Math.min(1, score / weights.sum());
      StepConformance s = steps.get(i);
      StepFeedback f = feedback.get(s.stepId());
      out.add(
          new Hotspot(
              s.stepId(),
              score,
              s.reached(),
              raw[i][0],
              Wilson.interval(drops[i], outs[i], 0.95),
              f == null ? Optional.empty() : Optional.of(f.meanValence()),
              raw[i][2],
              raw[i][3],
              raw[i][4]));
    }
    out.sort(Comparator.comparingDouble(Hotspot::score).reversed().thenComparing(Hotspot::stepId));
    return List.copyOf(out);
  }

  /** The standard weights and no feedback. */
  public static List<Hotspot> rank(ConformanceReport report) {
    return rank(report, Map.of(), HotspotWeights.standard());
  }

  static long out(ConformanceReport r, String step) {
    long t =
        r.transitions(step, ConformanceReport.CONVERSION)
            + r.transitions(step, ConformanceReport.DROP_OFF);
    for (String s : r.stepIds()) {
      t += r.transitions(step, s);
    }
    return t;
  }
}
