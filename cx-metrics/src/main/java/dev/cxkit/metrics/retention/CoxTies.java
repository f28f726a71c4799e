package dev.cxkit.metrics.retention;

/**
 * How a Cox model treats churn events at the same time.
 *
 * <pre>{@code
 * CoxRegression.ties(CoxTies.BRESLOW).fit(data);
 * }</pre>
 */
public enum CoxTies {
  /**
   * Efron (1977): the l-th of d tied events sees the risk set less l/d of the dying (R's default).
   */
  EFRON,
  /** Breslow (1974): every tied event sees the whole risk set. */
  BRESLOW
}
