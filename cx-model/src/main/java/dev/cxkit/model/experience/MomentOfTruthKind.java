package dev.cxkit.model.experience;

/** The kinds of moments of truth named in the CX literature. */
public enum MomentOfTruthKind {
  /** Online research before the shelf (Google, "Winning the Zero Moment of Truth", 2011). */
  ZERO,
  /** First encounter with the product on the shelf or page (Procter and Gamble, 2005). */
  FIRST,
  /** Experiencing the product in use (Procter and Gamble). */
  SECOND,
  /** Sharing the experience with others, which becomes someone else's zero moment (Solis). */
  ULTIMATE,
  /** Any service encounter that forms the customer's impression (Carlzon 1987; Normann). */
  SERVICE_ENCOUNTER
}
