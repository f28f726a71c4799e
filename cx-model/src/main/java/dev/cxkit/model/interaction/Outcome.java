package dev.cxkit.model.interaction;

/** How an interaction ended. */
public enum Outcome {
  /** No outcome recorded or none applicable (a page view, an e-mail opened). */
  NONE,
  /** The customer converted: bought, signed, subscribed. */
  CONVERSION,
  /** The customer gave up before finishing (cart, form, call queue). */
  ABANDONED,
  /** The customer's issue was resolved. */
  RESOLVED,
  /** The customer's issue remained unresolved. */
  UNRESOLVED,
  /** The case was escalated to a higher tier or a manager. */
  ESCALATED,
  /** The customer was handed to another department or agent. */
  TRANSFERRED
}
