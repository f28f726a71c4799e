package dev.cxkit.journey.funnel;

/**
 * How strictly a journey must follow the funnel's steps.
 *
 * <pre>{@code
 * Funnel.of(steps, FunnelOrdering.LOOSE, Duration.ofHours(1));
 * }</pre>
 */
public enum FunnelOrdering {
  /** Each step must be the very next event after the previous step. */
  STRICT,
  /** Steps must occur in order; other events may come between them. */
  LOOSE
}
