package dev.cxkit.model.lifecycle;

/**
 * The three phases of the customer journey (Lemon and Verhoef 2016, "Understanding Customer
 * Experience Throughout the Customer Journey"), in order.
 */
public enum LifecyclePhase {
  /** Need recognition, search and consideration before any purchase. */
  PREPURCHASE,
  /** Choice, ordering and payment. */
  PURCHASE,
  /** Usage, consumption, service requests, retention and advocacy. */
  POSTPURCHASE
}
