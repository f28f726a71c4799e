package dev.cxkit.model.persona;

/**
 * Roles in a B2B buying centre (Webster and Wind 1972, extended with the initiator and approver of
 * later literature). One person may hold several roles.
 */
public enum BuyingRole {
  /** Recognises the need and starts the buying process. */
  INITIATOR,
  /** Will use the product or service. */
  USER,
  /** Shapes the criteria and the shortlist (technical staff, consultants). */
  INFLUENCER,
  /** Makes the final choice. */
  DECIDER,
  /** Authorises the decision or the budget. */
  APPROVER,
  /** Negotiates and places the order (procurement). */
  BUYER,
  /** Controls the flow of information to the buying centre (assistants, IT security). */
  GATEKEEPER
}
