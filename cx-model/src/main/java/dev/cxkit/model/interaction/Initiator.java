package dev.cxkit.model.interaction;

/**
 * Who started an interaction. A customer-initiated interaction is reactive for the company; a
 * company-initiated one (an outage notice, a renewal reminder) is proactive.
 */
public enum Initiator {
  /** The customer reached out; the company reacts. */
  CUSTOMER,
  /** The company reached out first. */
  COMPANY;

  /** Whether the company acted first. */
  public boolean isProactive() {
    return this == COMPANY;
  }

  /** Whether the company responded to the customer. */
  public boolean isReactive() {
    return this == CUSTOMER;
  }
}
