package dev.cxkit.metrics.survey;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.metrics.stats.IntervalMethod;
import dev.cxkit.model.survey.Scale;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/** Package-private helpers that assemble {@link Score}s consistently for every calculator. */
final class Scores {

  private Scores() {}

  static EnumSet<ScoreFlag> baseFlags(long n, double effectiveN, boolean weighted) {
    EnumSet<ScoreFlag> flags = EnumSet.noneOf(ScoreFlag.class);
    if (n == 0) {
      flags.add(ScoreFlag.EMPTY_SAMPLE);
    } else if (effectiveN < Score.SMALL_SAMPLE_SIZE) {
      flags.add(ScoreFlag.SMALL_SAMPLE);
    }
    if (weighted) {
      flags.add(ScoreFlag.WEIGHTED);
    }
    return flags;
  }

  static Score withoutInterval(
      ScoreKind kind,
      String label,
      Scale scale,
      long n,
      double effectiveN,
      OptionalDouble estimate,
      IntervalSpec spec,
      Set<ScoreFlag> flags) {
    return new Score(
        kind,
        label,
        scale,
        n,
        effectiveN,
        estimate,
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        Optional.empty(),
        spec.method(),
        spec.confidenceLevel(),
        flags);
  }

  /** A score whose interval [lower, upper] is clamped to [validMin, validMax] (flagged if so). */
  static Score withInterval(
      ScoreKind kind,
      String label,
      Scale scale,
      long n,
      double effectiveN,
      double estimate,
      double standardError,
      double centre,
      double lower,
      double upper,
      IntervalSpec spec,
      EnumSet<ScoreFlag> flags,
      double validMin,
      double validMax) {
    Interval raw = Interval.of(lower, upper, spec.confidenceLevel(), spec.method());
    Interval clamped = raw.clampedTo(validMin, validMax);
    if (!clamped.equals(raw)) {
      flags.add(ScoreFlag.CLAMPED);
    }
    return new Score(
        kind,
        label,
        scale,
        n,
        effectiveN,
        OptionalDouble.of(estimate),
        OptionalDouble.of(standardError),
        OptionalDouble.of(centre),
        Optional.of(clamped),
        spec.method(),
        spec.confidenceLevel(),
        flags);
  }

  static void checkMethod(IntervalSpec spec, String measure, IntervalMethod... allowed) {
    checkArgument(
        Arrays.asList(allowed).contains(spec.method()),
        "interval method for %s must be one of %s, was %s",
        measure,
        Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(", ")),
        spec.method());
  }
}
