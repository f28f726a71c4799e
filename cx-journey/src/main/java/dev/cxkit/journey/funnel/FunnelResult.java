package dev.cxkit.journey.funnel;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.metrics.stats.Wilson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Funnel figures: journeys analysed, journeys removed by exclusion steps and one {@link FunnelStep}
 * per checkpoint. Reached counts never increase along the steps; the first step's conversion is
 * over the journeys analysed and not excluded.
 *
 * <pre>{@code
 * FunnelResult web = byDevice.get("web");
 * FunnelResult app = byDevice.get("app");
 * web.compareTo(app).get(2).lower();   // Newcombe lower bound of the difference at step 3
 * }</pre>
 *
 * @param journeys journeys analysed (excluded ones included)
 * @param excluded journeys removed from every step by an exclusion step
 * @param steps per-step figures, in funnel order
 * @param confidenceLevel the level of every interval
 */
public record FunnelResult(
    long journeys, long excluded, List<FunnelStep> steps, double confidenceLevel) {

  /** Validates the result. */
  public FunnelResult {
    checkArgument(
        excluded >= 0 && excluded <= journeys,
        "funnel excluded journeys must be in 0..%s, was %s",
        journeys,
        excluded);
    steps = List.copyOf(steps);
    checkArgument(!steps.isEmpty(), "funnel result steps must not be empty, was %s", steps.size());
    for (int s = 1; s < steps.size(); s++) {
      checkArgument(
          steps.get(s).reached() <= steps.get(s - 1).reached(),
          "funnel reached counts must not increase, was %s after %s",
          steps.get(s).reached(),
          steps.get(s - 1).reached());
    }
  }

  static FunnelResult of(
      List<Checkpoint> checkpoints,
      long journeys,
      long excluded,
      long[] reached,
      StepTimes fromPrevious,
      StepTimes fromStart,
      double level) {
    List<FunnelStep> out = new ArrayList<>();
    for (int s = 0; s < checkpoints.size(); s++) {
      long prev = s == 0 ? journeys - excluded : reached[s - 1];
      long first = reached[0];
      out.add(
          new FunnelStep(
              checkpoints.get(s).name(),
              reached[s],
              prev - reached[s],
              rate(reached[s], prev),
              Wilson.interval(reached[s], prev, level),
              rate(reached[s], first),
              Wilson.interval(reached[s], first, level),
              fromPrevious.distribution(s),
              fromStart.distribution(s)));
    }
    return new FunnelResult(journeys, excluded, out, level);
  }

  private static double rate(long k, long n) {
    return n == 0 ? 0.0 : (double) k / n;
  }

  /** Journeys reaching the last step over journeys reaching the first (0 when none entered). */
  public double overallConversion() {
    return steps.get(steps.size() - 1).conversionFromStart();
  }

  /**
   * Per step, this result's conversion from start minus {@code other}'s, with Newcombe's hybrid
   * score interval from the two Wilson intervals (Newcombe 1998, method 10).
   */
  public List<StepDifference> compareTo(FunnelResult other) {
    checkArgument(
        other.steps.size() == steps.size(),
        "funnel results must have the same steps to compare, was %s vs %s steps",
        other.steps.size(),
        steps.size());
    List<StepDifference> out = new ArrayList<>();
    for (int s = 0; s < steps.size(); s++) {
      FunnelStep a = steps.get(s);
      FunnelStep b = other.steps.get(s);
      out.add(
          StepDifference.newcombe(
              a.name(),
              a.conversionFromStart(),
              a.fromStartInterval(),
              b.conversionFromStart(),
              b.fromStartInterval()));
    }
    return out;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "FunnelResult[journeys=%d, excluded=%d, overall=%.4f, steps=%s]",
        journeys,
        excluded,
        overallConversion(),
        steps);
  }

  /**
   * The difference of two proportions at one step with Newcombe's hybrid score interval.
   *
   * @param name the step name
   * @param difference first minus second proportion
   * @param lower lower bound
   * @param upper upper bound
   */
  public record StepDifference(String name, double difference, double lower, double upper) {

    /**
     * Newcombe (1998) method 10 from proportions {@code p1}, {@code p2} and their Wilson intervals.
     */
    public static StepDifference newcombe(
        String name, double p1, Interval w1, double p2, Interval w2) {
      double d = p1 - p2;
      double lo = d - Math.sqrt(sq(p1 - w1.lower()) + sq(w2.upper() - p2));
      double hi = d + Math.sqrt(sq(w1.upper() - p1) + sq(p2 - w2.lower()));
      return new StepDifference(name, d, Math.max(-1.0, lo), Math.min(1.0, hi));
    }

    private static double sq(double x) {
      return x * x;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%s: %.4f [%.4f, %.4f]", name, difference, lower, upper);
    }
  }
}
