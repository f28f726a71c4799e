package dev.cxkit.model.map;

/**
 * How badly a {@link PainPoint} hurts the customer, from a minor irritation to a lost customer.
 *
 * {@snippet class=dev.cxkit.model.map.SnippetsTest region=severity}
 */
public enum Severity {
  /** A minor irritation the customer barely remarks. */
  LOW,
  /** Noticeable friction that lowers satisfaction. */
  MEDIUM,
  /** Serious friction: repeat contacts, complaints, detractors. */
  HIGH,
  /** Failure that puts the relationship at risk (churn, escalation, public complaint). */
  CRITICAL
}
