package dev.cxkit.model.touchpoint;

/**
 * Who owns a touchpoint, after Lemon and Verhoef (2016): brand-owned, partner-owned,
 * customer-owned, and social/external touchpoints.
 *
 * <p>The company's {@link ControlLevel} derives from ownership by this rule:
 *
 * <ul>
 *   <li>{@link #BRAND_OWNED} → {@link ControlLevel#CONTROLLED}: the company designs and runs it.
 *   <li>{@link #PARTNER_OWNED} → {@link ControlLevel#INFLUENCED}: run by agencies, resellers,
 *       carriers, shaped through contracts and joint design.
 *   <li>{@link #CUSTOMER_OWNED} → {@link ControlLevel#INFLUENCED}: the customer's own actions (how
 *       they use the product, their own checklist); the company shapes them through product design
 *       and guidance but does not run them.
 *   <li>{@link #EXTERNAL_SOCIAL} → {@link ControlLevel#UNCONTROLLED}: reviews, peers, social media,
 *       press; the company can only listen and respond.
 * </ul>
 */
public enum Ownership {
  /** Designed and managed by the company: its website, stores, agents, bills. */
  BRAND_OWNED(ControlLevel.CONTROLLED),
  /** Designed or run jointly with partners: resellers, marketplaces, delivery carriers. */
  PARTNER_OWNED(ControlLevel.INFLUENCED),
  /** Owned by the customer: their own use of the product, their own decision steps. */
  CUSTOMER_OWNED(ControlLevel.INFLUENCED),
  /** Independent of company and customer: reviews, peer influence, social media, press. */
  EXTERNAL_SOCIAL(ControlLevel.UNCONTROLLED);

  private final ControlLevel controlLevel;

  Ownership(ControlLevel controlLevel) {
    this.controlLevel = controlLevel;
  }

  /** The company's control over a touchpoint of this ownership (rule in the class comment). */
  public ControlLevel controlLevel() {
    return controlLevel;
  }
}
