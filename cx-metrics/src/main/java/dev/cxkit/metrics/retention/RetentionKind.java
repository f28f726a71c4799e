package dev.cxkit.metrics.retention;

/**
 * Which customers a cohort retention cell counts as retained at age k.
 *
 * <pre>{@code
 * CohortRetentionTable.of(counts, RetentionKind.CLASSIC).retention(0, 2);   // active at age 2
 * CohortRetentionTable.of(counts, RetentionKind.ROLLING).retention(0, 2);   // active at 2 or later
 * }</pre>
 */
public enum RetentionKind {
  /** Classic (period) retention: customers active in the period at age k. */
  CLASSIC,
  /**
   * Rolling (unbounded) retention: customers active at age k or at any later observed age, i.e.
   * whose last observed activity is at age k or later. Non-increasing in age.
   */
  ROLLING
}
