package dev.cxkit.metrics.survey;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One segment of a {@link SegmentScores}: its score with interval, and its test against the rest of
 * the base with the p-value adjusted over every segment of the family.
 *
 * <pre>{@code
 * SegmentScore<String> north = scores.segment("north");
 * north.score().interval();                     // the segment's own interval
 * north.versusRest().map(ScoreComparison::difference);   // segment minus rest
 * north.isSignificant(0.05);                    // on the adjusted p-value
 * }</pre>
 *
 * @param <K> the segment key type
 * @param segment the segment key
 * @param score the segment's score
 * @param versusRest the segment against every other respondent pooled (independent samples), empty
 *     when it could not be tested
 * @param adjustedPValue the comparison's p-value after the family's adjustment, present exactly
 *     when {@code versusRest} is
 * @param untestedBecause why there is no test (empty when there is one)
 */
public record SegmentScore<K>(
    K segment,
    Score score,
    Optional<ScoreComparison> versusRest,
    OptionalDouble adjustedPValue,
    Optional<String> untestedBecause) {

  /** Checks that a test comes with its adjusted p-value, and no test with a reason. */
  public SegmentScore {
    checkNotNull(segment, "segment");
    checkNotNull(score, "score");
    checkArgument(
        versusRest.isPresent() == adjustedPValue.isPresent()
            && versusRest.isPresent() != untestedBecause.isPresent(),
        "segment %s: a test needs an adjusted p-value and no reason, no test a reason, was %s, %s,"
            + " %s",
        segment,
        versusRest,
        adjustedPValue,
        untestedBecause);
  }

  /** Whether the segment differs from the rest at level {@code alpha}, on the adjusted p-value. */
  public boolean isSignificant(double alpha) {
    checkArgument(alpha > 0 && alpha < 1, "alpha must be in (0, 1), was %s", alpha);
    return adjustedPValue.isPresent() && adjustedPValue.getAsDouble() < alpha;
  }

  @Override
  public String toString() {
    String test =
        versusRest
            .map(
                c ->
                    String.format(
                        Locale.ROOT,
                        "vs rest %+.4f, p=%.4g, adjusted p=%.4g",
                        c.difference(),
                        c.pValue(),
                        adjustedPValue.getAsDouble()))
            .orElseGet(() -> "not tested: " + untestedBecause.orElseThrow());
    return segment + ": " + score + "; " + test;
  }
}
