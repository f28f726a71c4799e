package dev.cxkit.journey.conformance;

import static java.util.Objects.requireNonNull;

import dev.cxkit.journey.markov.MarkovChain;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result of checking observed journeys against a journey map: fitness per journey and on
 * average, per-step conformance, the ranked deviations, the unplanned touchpoints, the transitions
 * of the aligned map walks (the input of a step-level Markov model). Effects of steps on conversion
 * are not here: they need a comparison at the point of exposure ({@code
 * dev.cxkit.journey.insight.MomentsOfTruth}), never strata of journey length or completion.
 *
 * <pre>{@code
 * ConformanceReport r = ConformanceChecker.of(StepMatcher.byTouchpoint(map)).check(journeys);
 * r.meanFitness();
 * r.deviations().get(0).sentence();   // "40.0 % of journeys skip 'x' and go straight from ..."
 * r.transitions("quote", ConformanceReport.CONVERSION);
 * }</pre>
 */
public final class ConformanceReport {
  /** Pseudo step id of the start of the walk, in {@link #transitions}. */
  public static final String START = "(start)";

  /** Pseudo step id of conversion at the end of the walk, in {@link #transitions}. */
  public static final String CONVERSION = "(conversion)";

  /** Pseudo step id of a walk ending without conversion, in {@link #transitions}. */
  public static final String DROP_OFF = "(drop-off)";

  private final String mapId;
  private final List<String> stepIds;
  private final double[] fitness;
  private final long converted;
  private final List<StepConformance> steps;
  private final List<Deviation> deviations;
  private final Map<String, Long> unplannedTouchpoints;
  private final long[][] transitions;

  ConformanceReport(
      String mapId,
      List<String> stepIds,
      double[] fitness,
      long converted,
      List<StepConformance> steps,
      List<Deviation> deviations,
      Map<String, Long> unplannedTouchpoints,
      long[][] transitions) {
    this.mapId = mapId;
    this.stepIds = List.copyOf(stepIds);
    this.fitness = fitness;
    this.converted = converted;
    this.steps = List.copyOf(steps);
    this.deviations = List.copyOf(deviations);
    this.unplannedTouchpoints = unplannedTouchpoints;
    this.transitions = transitions;
  }

  /** The map's id. */
  public String mapId() {
    return mapId;
  }

  /** The map's step ids, in map order. */
  public List<String> stepIds() {
    return stepIds;
  }

  /** Number of journeys analysed. */
  public int journeys() {
    return fitness.length;
  }

  /** Number of journeys that converted. */
  public long converted() {
    return converted;
  }

  /** Fitness of journey {@code j}, in [0, 1]: 1 when the journey follows a walk of the map. */
  public double fitness(int j) {
    if (j < 0 || j >= fitness.length) {
      throw new IllegalArgumentException(
          "journey index must be in 0.." + (fitness.length - 1) + ", was " + j);
    }
    return fitness[j];
  }

  /** Mean fitness over all journeys. */
  public double meanFitness() {
    double s = 0;
    for (double f : fitness) {
      s += f;
    }
    return fitness.length == 0 ? 0 : s / fitness.length;
  }

  /** Journeys with fitness 1 (perfectly conforming). */
  public long conforming() {
    return Arrays.stream(fitness).filter(f -> f == 1.0).count();
  }

  /** Per-step conformance, in map order. */
  public List<StepConformance> steps() {
    return steps;
  }

  /**
   * The conformance of one step.
   *
   * @throws IllegalArgumentException if the step is not in the map
   */
  public StepConformance step(String stepId) {
    return steps.get(index(stepId));
  }

  /** The deviation patterns, most frequent (by journeys) first. */
  public List<Deviation> deviations() {
    return deviations;
  }

  /** Events matching no step, by touchpoint id, most frequent first. */
  public Map<String, Long> unplannedTouchpoints() {
    return unplannedTouchpoints;
  }

  /**
   * Transitions of the aligned map walks from {@code from} (a step id or {@link #START}) to {@code
   * to} (a step id, {@link #CONVERSION} or {@link #DROP_OFF}). A journey's walk is its synchronised
   * steps with the skipped steps between them; it ends in conversion or drop-off by the journey's
   * outcome.
   */
  public long transitions(String from, String to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    int f = from.equals(START) ? stepIds.size() : index(from);
    int t =
        to.equals(CONVERSION)
            ? stepIds.size()
            : to.equals(DROP_OFF) ? stepIds.size() + 1 : index(to);
    return transitions[f][t];
  }

  private int index(String stepId) {
    requireNonNull(stepId, "stepId");
    int i = stepIds.indexOf(stepId);
    if (i < 0) {
      throw new IllegalArgumentException(
          "stepId must name a step of map '" + mapId + "', was '" + stepId + "'");
    }
    return i;
  }

  /**
   * The step-level Markov chain of the aligned map walks: states are the start and the steps any
   * walk visited, probabilities the observed transition shares (for what-if analysis and removal
   * effects of steps).
   */
  public MarkovChain chain() {
    MarkovChain.Builder b = MarkovChain.builder();
    List<String> from = new ArrayList<>();
    from.add(START);
    from.addAll(stepIds);
    List<String> to = new ArrayList<>(stepIds);
    to.add(CONVERSION);
    to.add(DROP_OFF);
    for (String f : from) {
      long total = 0;
      for (String t : to) {
        total += transitions(f, t);
      }
      for (String t : to) {
        long c = transitions(f, t);
        if (c > 0) {
          b.transition(f, t, (double) c / total);
        }
      }
    }
    return b.build();
  }

  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "ConformanceReport{map=%s, journeys=%d, meanFitness=%.3f, conforming=%d",
                mapId,
                journeys(),
                meanFitness(),
                conforming()));
    for (int i = 0; i < Math.min(5, deviations.size()); i++) {
      s.append("\n  ").append(deviations.get(i));
    }
    return s.append('}').toString();
  }
}
