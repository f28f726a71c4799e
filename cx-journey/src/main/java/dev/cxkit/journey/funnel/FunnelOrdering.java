package dev.cxkit.journey.funnel;

/**
 * How strictly a journey must follow the funnel's steps (PostHog's "step order": sequential,
 * strict, any order).
 *
 * <pre>{@code
 * Funnel.of(steps, FunnelOrdering.LOOSE, Duration.ofHours(1));
 * Funnel.of(steps, FunnelOrdering.ANY_ORDER, Duration.ofDays(7));
 * }</pre>
 */
public enum FunnelOrdering {
  /** Each step must be the very next event after the previous step. */
  STRICT,
  /** Steps must occur in order; other events may come between them. */
  LOOSE,
  /**
   * Steps may occur in any order inside the conversion window. Result step {@code s} (0-based)
   * counts the journeys that completed at least {@code s + 1} distinct steps; one event completes
   * every not-yet-completed step it matches, and the times of a step are those of the event that
   * completed the {@code s + 1}-th distinct step.
   */
  ANY_ORDER
}
