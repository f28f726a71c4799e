package dev.cxkit.journey.insight;

import static java.util.Objects.requireNonNull;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.conformance.ConformanceChecker;
import dev.cxkit.journey.conformance.ConformanceReport;
import dev.cxkit.journey.conformance.Deviation;
import dev.cxkit.journey.conformance.StepMatcher;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.MapDiff;
import dev.cxkit.model.map.Step;
import dev.cxkit.model.map.StepChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Evaluates a future-state map against observed journeys: the same journeys are checked against the
 * current and the future map, and each observed deviation from the current map is listed with how
 * many journeys still deviate that way from the future map and which {@link MapDiff} entries (steps
 * added, removed or changed) concern its steps or its unplanned touchpoint. A deviation is
 * <em>addressed</em> when a design change concerns it and fewer journeys deviate that way after.
 *
 * <pre>{@code
 * FutureStateCheck c = FutureStateCheck.evaluate(current, future, journeys,
 *     StepMatcher::byTouchpoint);
 * c.fitnessBefore(); c.fitnessAfter();
 * c.deviations().stream().filter(DeviationChange::addressed).forEach(System.out::println);
 * }</pre>
 */
public final class FutureStateCheck {
  private final MapDiff diff;
  private final double fitnessBefore;
  private final double fitnessAfter;
  private final List<DeviationChange> deviations;

  private FutureStateCheck(
      MapDiff diff, double fitnessBefore, double fitnessAfter, List<DeviationChange> deviations) {
    this.diff = diff;
    this.fitnessBefore = fitnessBefore;
    this.fitnessAfter = fitnessAfter;
    this.deviations = List.copyOf(deviations);
  }

  /** A matcher for a map, applied to both maps. */
  @FunctionalInterface
  public interface MatcherFactory {
    /** The matcher for {@code map}. */
    StepMatcher matcher(JourneyMap map);
  }

  /**
   * The evaluation.
   *
   * @throws IllegalArgumentException if the maps are of different journey types, or no event
   *     matches one of the maps
   */
  public static FutureStateCheck evaluate(
      JourneyMap current, JourneyMap future, Journeys journeys, MatcherFactory matchers) {
    requireNonNull(current, "current");
    requireNonNull(future, "future");
    requireNonNull(journeys, "journeys");
    requireNonNull(matchers, "matchers");
    if (!current.journeyType().equals(future.journeyType())) {
      throw new IllegalArgumentException(
          "future map '"
              + future.id()
              + "'.journeyType must equal the current map's "
              + current.journeyType().id()
              + ", was "
              + future.journeyType().id());
    }
    ConformanceReport before = ConformanceChecker.of(matchers.matcher(current)).check(journeys);
    ConformanceReport after = ConformanceChecker.of(matchers.matcher(future)).check(journeys);
    MapDiff diff = MapDiff.between(current, future);
    List<DeviationChange> out = new ArrayList<>();
    for (Deviation d : before.deviations()) {
      long a =
          after.deviations().stream()
              .filter(x -> samePattern(d, x))
              .mapToLong(Deviation::journeys)
              .sum();
      out.add(new DeviationChange(d, a, concerning(d, diff)));
    }
    return new FutureStateCheck(diff, before.meanFitness(), after.meanFitness(), out);
  }

  private static boolean samePattern(Deviation a, Deviation b) {
    return a.kind() == b.kind()
        && a.stepId().equals(b.stepId())
        && a.fromStepId().equals(b.fromStepId())
        && a.toStepId().equals(b.toStepId())
        && a.touchpointId().equals(b.touchpointId());
  }

  private static List<String> concerning(Deviation d, MapDiff diff) {
    Set<String> steps = new java.util.HashSet<>();
    d.stepId().ifPresent(steps::add);
    d.fromStepId().ifPresent(steps::add);
    d.toStepId().ifPresent(steps::add);
    List<String> out = new ArrayList<>();
    for (Step s : diff.added()) {
      boolean tp = d.touchpointId().map(t -> s.touchpointIds().contains(t)).orElse(false);
      boolean next = s.next().stream().anyMatch(steps::contains);
      if (tp || next) {
        out.add("+ " + s.id());
      }
    }
    for (Step s : diff.removed()) {
      if (steps.contains(s.id())) {
        out.add("- " + s.id());
      }
    }
    for (StepChange c : diff.changed()) {
      if (steps.contains(c.stepId())) {
        out.add("~ " + c.stepId() + " " + c.changedFields());
      }
    }
    return out;
  }

  /** The structural diff. */
  public MapDiff diff() {
    return diff;
  }

  /** Mean fitness of the journeys against the current map. */
  public double fitnessBefore() {
    return fitnessBefore;
  }

  /** Mean fitness of the journeys against the future map. */
  public double fitnessAfter() {
    return fitnessAfter;
  }

  /** Each current deviation, most frequent first, with its count after and design changes. */
  public List<DeviationChange> deviations() {
    return deviations;
  }

  /** The deviations the future map addresses. */
  public List<DeviationChange> addressed() {
    return deviations.stream().filter(DeviationChange::addressed).toList();
  }

  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "FutureStateCheck{%s -> %s, fitness %.3f -> %.3f",
                diff.beforeMap(),
                diff.afterMap(),
                fitnessBefore,
                fitnessAfter));
    deviations.stream().limit(10).forEach(d -> s.append("\n  ").append(d));
    return s.append('}').toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FutureStateCheck f
        && f.diff.equals(diff)
        && f.deviations.equals(deviations)
        && f.fitnessBefore == fitnessBefore
        && f.fitnessAfter == fitnessAfter;
  }

  @Override
  public int hashCode() {
    return Objects.hash(diff, deviations, fitnessBefore, fitnessAfter);
  }
}
