package dev.cxkit.journey.insight;

import static java.util.Objects.requireNonNull;

import dev.cxkit.journey.conformance.StepMatcher;
import dev.cxkit.model.interaction.Interaction;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What customers felt or said at a step: the mean valence in [-1, 1] (negative is bad) of the
 * emotions and survey scores attributed to the step, and how many responses it rests on. Scores
 * from surveys are rescaled to [-1, 1] by the caller (for example a 1-5 CSAT as {@code (x - 3) /
 * 2}); interaction emotions are read by {@link #fromInteractions}.
 *
 * <pre>{@code
 * Map<String, StepFeedback> fb = StepFeedback.fromInteractions(log.interactions(), matcher);
 * fb.get("billing").meanValence();   // -0.4
 * }</pre>
 *
 * @param stepId the step
 * @param meanValence mean valence in [-1, 1]
 * @param responses number of emotions or scores, at least 1
 */
public record StepFeedback(String stepId, double meanValence, long responses) {

  /** Checks the fields. */
  public StepFeedback {
    requireNonNull(stepId, "stepId");
    if (!(meanValence >= -1 && meanValence <= 1)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "step '%s' feedback meanValence must be in [-1, 1], was %s",
              stepId,
              meanValence));
    }
    if (responses < 1) {
      throw new IllegalArgumentException(
          "step '" + stepId + "' feedback responses must be >= 1, was " + responses);
    }
  }

  /**
   * Mean emotion valence per step of the interactions that record an emotion, each attributed to
   * every step its touchpoint and channel match.
   */
  public static Map<String, StepFeedback> fromInteractions(
      List<Interaction> interactions, StepMatcher matcher) {
    requireNonNull(interactions, "interactions");
    requireNonNull(matcher, "matcher");
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (Interaction i : interactions) {
      if (i.emotion().isEmpty()) {
        continue;
      }
      double v = i.emotion().get().valence();
      for (String step : matcher.steps(i.touchpointId(), i.channelId())) {
        double[] s = sums.computeIfAbsent(step, k -> new double[2]);
        s[0] += v;
        s[1]++;
      }
    }
    Map<String, StepFeedback> out = new LinkedHashMap<>();
    sums.forEach(
        (k, s) ->
            out.put(k, new StepFeedback(k, Math.max(-1, Math.min(1, s[0] / s[1])), (long) s[1])));
    return Collections.unmodifiableMap(out);
  }
}
