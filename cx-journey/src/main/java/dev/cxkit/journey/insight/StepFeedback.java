package dev.cxkit.journey.insight;

import static java.util.Objects.requireNonNull;

import dev.cxkit.journey.conformance.StepMatcher;
import dev.cxkit.metrics.stats.Distributions;
import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.metrics.stats.IntervalMethod;
import dev.cxkit.model.interaction.Interaction;
import dev.cxkit.model.survey.SurveyContext;
import dev.cxkit.model.survey.SurveyResponse;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What customers felt or said at a step (or at a touchpoint the map does not design): the mean
 * valence in [-1, 1] (negative is bad) of the emotions and scores attributed to it, how many
 * responses it rests on and, when they are unweighted and at least two, a Student t interval of the
 * mean (n - 1 degrees of freedom, clamped to [-1, 1]). A score on a scale counts as {@code 2 *
 * goodness - 1} (the scale's good end is +1 whatever its direction; a 1-5 CSAT of 2 is -0.5).
 * Survey answers are read by {@link #fromSurveys}, interaction emotions by {@link
 * #fromInteractions}; the emotion and score columns of an event log enter {@link Hotspots}
 * directly.
 *
 * <pre>{@code
 * Map<String, StepFeedback> fb = StepFeedback.fromInteractions(log.interactions(), matcher);
 * fb.get("billing").meanValence();   // -0.4
 * }</pre>
 *
 * @param stepId the step
 * @param meanValence mean valence in [-1, 1]
 * @param responses number of emotions or scores, at least 1
 * @param interval the t interval of the mean valence, when the responses are unweighted and at
 *     least two
 */
public record StepFeedback(
    String stepId, double meanValence, long responses, Optional<Interval> interval) {

  /** Feedback without an interval. */
  public StepFeedback(String stepId, double meanValence, long responses) {
    this(stepId, meanValence, responses, Optional.empty());
  }

  /** Checks the fields. */
  public StepFeedback {
    requireNonNull(stepId, "stepId");
    requireNonNull(interval, "interval");
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
   * Mean valence per step of survey answers: a response with a step context of this map counts for
   * that step; one with a touchpoint context for every step the touchpoint matches; relationship
   * surveys are ignored. Each answer's valence is {@code 2 * goodness - 1} on its scale (so the
   * good end is +1 whatever the scale's direction), weighted by the response weight; {@link
   * #responses()} counts answers.
   */
  public static Map<String, StepFeedback> fromSurveys(
      List<SurveyResponse> responses, StepMatcher matcher) {
    requireNonNull(responses, "responses");
    requireNonNull(matcher, "matcher");
    String mapId = matcher.map().id();
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (SurveyResponse r : responses) {
      SurveyContext c = r.context();
      List<String> steps;
      if (c.stepId().isPresent() && c.mapId().map(mapId::equals).orElse(false)) {
        steps = List.of(c.stepId().get());
      } else if (c.stepId().isEmpty() && c.touchpointId().isPresent()) {
        steps = matcher.steps(c.touchpointId().get(), "");
      } else {
        continue;
      }
      double v = 2 * r.rating().goodness() - 1;
      double w = r.weightOrOne();
      for (String step : steps) {
        double[] s = sums.computeIfAbsent(step, k -> new double[3]);
        s[0] += w * v;
        s[1] += w;
        s[2]++;
      }
    }
    Map<String, StepFeedback> out = new LinkedHashMap<>();
    sums.forEach(
        (k, s) ->
            out.put(
                k,
                new StepFeedback(
                    k, s[1] == 0 ? 0 : Math.max(-1, Math.min(1, s[0] / s[1])), (long) s[2])));
    return Collections.unmodifiableMap(out);
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
        double[] s = sums.computeIfAbsent(step, k -> new double[3]);
        s[0] += v;
        s[1] += v * v;
        s[2]++;
      }
    }
    Map<String, StepFeedback> out = new LinkedHashMap<>();
    sums.forEach((k, s) -> out.put(k, of(k, s[0], s[1], (long) s[2], 0.95)));
    return Collections.unmodifiableMap(out);
  }

  /**
   * The feedback of {@code n >= 1} unweighted valences in [-1, 1] from their sum and sum of
   * squares, with a t interval at {@code level} when {@code n >= 2}.
   */
  static StepFeedback of(String id, double sum, double squares, long n, double level) {
    double mean = Math.max(-1, Math.min(1, sum / n));
    if (n < 2) {
      return new StepFeedback(id, mean, n);
    }
    double variance = Math.max(0, (squares - sum * sum / n) / (n - 1));
    double half = Distributions.tCritical(level, n - 1.0) * Math.sqrt(variance / n);
    return new StepFeedback(
        id,
        mean,
        n,
        Optional.of(
            Interval.of(
                Math.max(-1, mean - half), Math.min(1, mean + half), level, IntervalMethod.T)));
  }
}
