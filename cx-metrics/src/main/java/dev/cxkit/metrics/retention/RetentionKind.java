package dev.cxkit.metrics.retention;

/** Which customers a cohort retention cell counts as retained at age k. */
public enum RetentionKind {
  /** Classic (period) retention: customers active in the period at age k. */
  CLASSIC,
  /**
   * Rolling (unbounded) retention: customers active at age k or at any later observed age, i.e.
   * whose last observed activity is at age k or later. Non-increasing in age.
   */
  ROLLING
}
