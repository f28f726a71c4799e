package dev.cxkit.model.map;

/**
 * How badly a {@link PainPoint} hurts the customer, from a minor irritation to a lost customer.
 *
 * <pre>{@code
 * PainPoint missed = PainPoint.of("Technician misses the window", Severity.CRITICAL);
 * boolean urgent = missed.severity().compareTo(Severity.HIGH) >= 0;   // true
 * }</pre>
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
