package dev.cxkit.metrics.stats;

/** How a confidence (or credible) interval was computed. */
public enum IntervalMethod {
  /** Normal approximation with the plug-in standard error. */
  WALD,
  /**
   * Adjusted-Wald: Wald after adding pseudo-counts (Agresti &amp; Caffo 2000; Rocks 2016 for NPS).
   */
  ADJUSTED_WALD,
  /** Wilson score interval for a proportion (Wilson 1927). */
  WILSON,
  /** Agresti–Coull interval for a proportion (Agresti &amp; Coull 1998). */
  AGRESTI_COULL,
  /**
   * Woolf's interval for an odds ratio: Wald on the log odds ratio, {@code exp(ln OR ± z SE)} with
   * {@code SE = sqrt(1/a + 1/b + 1/c + 1/d)} (Woolf 1955).
   */
  WOOLF,
  /** Student t interval for a mean. */
  T,
  /** Seeded nonparametric bootstrap, percentile interval. */
  BOOTSTRAP_PERCENTILE,
  /** Seeded nonparametric bootstrap, bias-corrected and accelerated (Efron 1987). */
  BOOTSTRAP_BCA,
  /** Bayesian credible interval under a Dirichlet posterior. */
  BAYES_DIRICHLET,
  /** Log-log (complementary log-log) transformed interval for a survival probability. */
  LOG_LOG,
  /** Normal approximation on the parameter from the observed information (maximum likelihood). */
  OBSERVED_INFORMATION,
  /**
   * Normal approximation with the robust (sandwich, Lin &amp; Wei 1989) standard error, as R's
   * {@code coxph(robust = TRUE)}.
   */
  ROBUST_SANDWICH,
  /**
   * Seeded parametric bootstrap, percentile interval: parameters drawn from the normal
   * approximation of the maximum-likelihood estimate.
   */
  PARAMETRIC_BOOTSTRAP_PERCENTILE
}
