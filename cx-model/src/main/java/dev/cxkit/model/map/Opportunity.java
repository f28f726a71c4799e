package dev.cxkit.model.map;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cxkit.model.internal.Checks;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * An improvement idea at a journey step, rated on expected customer/business impact and on the
 * effort to deliver it, each on 1 (lowest) .. 5 (highest), as in an impact/effort matrix.
 *
 * {@snippet class=dev.cxkit.model.map.SnippetsTest region=opportunity}
 */
@Value.Immutable
@JsonSerialize
public abstract class Opportunity {

  /** Lowest rating of impact and effort. */
  public static final int MIN_RATING = 1;

  /** Highest rating of impact and effort. */
  public static final int MAX_RATING = 5;

  Opportunity() {}

  /** What could be done. */
  public abstract String description();

  /** Expected impact, 1 (lowest) .. 5 (highest). */
  public abstract int impact();

  /** Effort to deliver, 1 (lowest) .. 5 (highest). */
  public abstract int effort();

  /** Returns true for high impact (4 or 5) at low effort (1 or 2): the quadrant to do first. */
  public final boolean isQuickWin() {
    return impact() >= 4 && effort() <= 2;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** An opportunity with its impact and effort ratings, each 1..5. */
  public static Opportunity of(String description, int impact, int effort) {
    return builder().description(description).impact(impact).effort(effort).build();
  }

  @Value.Check
  final void check() {
    Checks.nonBlank("opportunity.description", description());
    Checks.inRange("opportunity.impact", impact(), MIN_RATING, MAX_RATING);
    Checks.inRange("opportunity.effort", effort(), MIN_RATING, MAX_RATING);
  }

  @Override
  public final String toString() {
    return String.format(
        Locale.ROOT, "Opportunity{'%s', impact=%d, effort=%d}", description(), impact(), effort());
  }

  /** Builds an {@link Opportunity}. */
  public static final class Builder extends ImmutableOpportunity.Builder {}
}
